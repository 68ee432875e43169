// `publicity-ledger calc`: read the ledger workbook, compute the period, write the result workbook and
// optionally the JSON report (the contract in SPEC.md). Exit 0 on success even with validation problems.
import { promises as fs } from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { performance } from 'perf_hooks';
import { promisify } from 'util';
import { calculate, EmptyLedgerError, MARKER_SHEET, requireArticles, NoLedgerError, OutputTooLargeError, PeriodError, SettingsError, type WorkbookData } from '../core';
import { FileReadError, readXlsx, workbookBytes, writeResults } from '../file';
import { crc32 } from '../file/zip';
import { HELP, parseArgs, UsageError, type CalcArgs } from './args';
import { inflateOptions } from './nodeZlib';
import { workerSheetScanner } from './workerScan';
import { summary } from './summary';
import { workerDeflateRawPiece } from './deflateWorker';
import { releaseGarbage } from './releaseGarbage';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Local date as YYYY-MM-DD (the office's calendar day, not UTC). */
export function localToday(now = new Date()): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p2(now.getMonth() + 1)}-${p2(now.getDate())}`;
}

export function defaultOutPath(input: string, period: string): string {
  const ext = path.extname(input);
  // a macro-enabled workbook keeps its macros (copied untouched) and so must keep the .xlsm extension
  const outExt = ext.toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
  return path.join(path.dirname(input), `${path.basename(input, ext)}-${period}${outExt}`);
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    const data = await fs.readFile(file);
    // a plain Uint8Array over the file's own memory, not a copy of it (11 MB at 100k rows): Uint8Array's slice()
    // copies where a Buffer's would share
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileReadError(`找不到文件“${file}”。`, 'not-xlsx');
    if (code === 'EISDIR') throw new FileReadError(`“${file}”是一个文件夹，不是 .xlsx 文件。`, 'not-xlsx');
    throw new FileReadError(`无法读取文件“${file}”（${(e as Error).message}）。`, 'not-xlsx');
  }
}

// Native zlib on the thread pool, so that (de)compression overlaps with parsing and building sheets;
// level 1 keeps the result file small enough while writing 100k rows in a fraction of a second.
const inflateRaw = promisify(zlib.inflateRaw);
const deflateRaw = promisify(zlib.deflateRaw);
// (a small part, most of the few dozen written, at once: a thread-pool job cost the main thread more to set up)
const deflateFast = async (d: Uint8Array) => (d.length < 64 * 1024 ? zlib.deflateRawSync(d, { level: 1 }) : deflateRaw(d, { level: 1 }));
const nodeCrc32 = typeof (zlib as { crc32?: unknown }).crc32 === 'function'
  ? (d: Uint8Array, prev?: number) => (zlib as unknown as { crc32: (d: Uint8Array, v?: number) => number }).crc32(d, prev)
  : undefined;
// big sheets go piece by piece to a worker thread while the rest is built (see deflateWorker.ts)
const deflateRawPiece = workerDeflateRawPiece(deflateFast, nodeCrc32 ?? crc32);
const NODE_ZIP = {
  inflateRaw: (d: Uint8Array, max?: number) => inflateRaw(d, inflateOptions(max)),
  deflateRaw: deflateFast,
  deflateRawPiece,
  ...(nodeCrc32 ? { crc32: nodeCrc32 } : {}),
};

/** A ledger this long gives result sheets of more than one deflate piece: the thread will be needed. */
const PRESTART_ROWS = 5000;

/** Phase timings on stderr when PUBLICITY_LEDGER_TIMING is set (used by the benchmarks). */
function phaseTimer(): (phase: string) => void {
  let last = performance.now();
  const on = !!process.env.PUBLICITY_LEDGER_TIMING;
  return (phase) => {
    const now = performance.now();
    if (on) process.stderr.write(`[timing] ${phase} ${(now - last).toFixed(0)} ms\n`);
    last = now;
  };
}

/** Once calculated, the sheets' cells are no longer needed: writing copies the original's parts and reads only the
 *  marker sheet's list of our sheets. Letting them go is a quarter of the live heap kept through writing (26 of
 *  66 MB at 100k rows), and so less memory to fault in and to mark. */
function forgetRows(wb: WorkbookData): void {
  for (const sheet of wb.sheets) if (sheet.name !== MARKER_SHEET) sheet.rows = [];
}

async function calc(args: CalcArgs, log: (s: string) => void): Promise<number> {
  const lap = phaseTimer();
  // Sheets are scanned in a worker thread, started here while the file is read (PUBLICITY_LEDGER_READ_WORKERS=n:
  // n workers; 0: in this thread, which is as fast only when other processes keep both cores busy).
  const setting = process.env.PUBLICITY_LEDGER_READ_WORKERS;
  const workers = setting === undefined || setting === '' ? 1 : Number(setting) || 0;
  const scanSheets = workers > 0 ? workerSheetScanner(workers) : undefined;
  // a CSV ledger is wrapped into a one-sheet .xlsx: the result file is that workbook plus the result sheets
  const original = workbookBytes(await readInput(args.input), args.input);
  const wb = await readXlsx(original, { ...NODE_ZIP, scanSheets });
  lap('read');
  // the engine's progress reports split the calculation into its phases for the timing output
  const onProgress = (stage: string, fraction: number) => {
    if (stage === 'checking' && fraction === 0) lap('calculate: detect/normalise');
    if (stage === 'checking' && fraction === 1) lap('calculate: validate');
  };
  const result = requireArticles(calculate(wb, { period: args.period, today: localToday(), onProgress }));
  lap('calculate: compute');
  const out = args.out ?? defaultOutPath(args.input, result.report.period);
  // the deflate thread boots on the second core while this one collects garbage, instead of at the first sheet
  if (wb.sheets.some((sh) => sh.rows.length >= PRESTART_ROWS)) deflateRawPiece.prestart();
  forgetRows(wb);
  releaseGarbage(); // before the peak of writing, see releaseGarbage.ts
  const { data, written } = await writeResults(original, wb, result.sheets, NODE_ZIP);
  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await fs.writeFile(out, data);
  lap('write xlsx');
  if (args.json) {
    await fs.mkdir(path.dirname(path.resolve(args.json)), { recursive: true });
    await fs.writeFile(args.json, `${JSON.stringify(result.report, null, 2)}\n`, 'utf8');
    lap('write json');
  }
  if (args.notice) {
    await fs.mkdir(path.dirname(path.resolve(args.notice)), { recursive: true });
    // loaded only when asked for: the Word writer (docx) and chart rendering cost a fifth of a second at start-up
    const [{ noticeDocx }, { nodeNoticeChartImages }] = await Promise.all([import('../notice/wordNotice'), import('../notice/nodeChartImages')]);
    const notice = result.sheets.find((s) => s.kind === 'notice');
    await fs.writeFile(args.notice, await noticeDocx(result.notice, await nodeNoticeChartImages(notice)));
    lap('write notice');
  }
  log(summary(result, out, written));
  if (args.json) log(`JSON 报告已写入：${args.json}`);
  if (args.notice) log(`通报（Word）已写入：${args.notice}`);
  return EXIT.ok;
}

/** Runs the CLI; returns the exit code (never calls process.exit, so it is testable in-process). */
export async function run(argv: string[], log = console.log, fail = console.error): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      log(HELP);
      return EXIT.ok;
    }
    if (args.command === 'version') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      log(require('../../package.json').version);
      return EXIT.ok;
    }
    return await calc(args, log);
  } catch (e) {
    if (e instanceof UsageError) {
      fail(`${e.message}\n\n${HELP}`);
      return EXIT.usage;
    }
    if (e instanceof FileReadError || e instanceof NoLedgerError || e instanceof EmptyLedgerError || e instanceof SettingsError || e instanceof PeriodError
      || e instanceof OutputTooLargeError) {
      fail(`错误：${e.message}`);
      return EXIT.failed;
    }
    fail(`意外错误（请把以下信息发给维护人员）：${(e as Error).stack ?? String(e)}`);
    return EXIT.failed;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
