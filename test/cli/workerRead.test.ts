// The CLI reads worksheets in worker threads and, while it waits, in its main thread (src/cli/workerScan.ts); the
// browser, the add-in and the tests read them in one thread. Both paths must give the same WorkbookData: values, merges, tables, hidden flags and the
// shared strings the writer reuses, and the same error for a damaged sheet. Checked on the compiled code (a worker
// runs JavaScript files), in a child process so that all values come from one realm.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-output', 'worker-read');
const DIST = path.join(OUT, 'dist');
const SAMPLE = path.join(ROOT, 'assets', 'sample-ledger.xlsx');
const PRODUCERS = path.join(ROOT, 'test', 'fixtures', 'producers');

interface Line { file: string; sheets: number; scannedInWorkers: number; sameOwnScan?: boolean; ownScanError?: string; same?: boolean; sameKnownStrings?: boolean; cells?: number; errors?: string[] }

/** The sample with its first worksheet part replaced by `edit(xml)`. */
async function edited(name: string, edit: (xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  zip.file('xl/worksheets/sheet1.xml', edit(await zip.file('xl/worksheets/sheet1.xml')!.async('string')));
  const file = path.join(OUT, name);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return file;
}

let lines: Line[] = [];
let workers = 0;

beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  // its own output folder: cli.test.ts compiles into dist-node at the same time
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.node.json'), '--outDir', DIST], { encoding: 'utf8' });
  if (!fs.existsSync(path.join(DIST, 'cli', 'sheetWorker.js'))) throw new Error(`build failed: ${tsc.stdout}`);
  const { buildLedger } = require('../../scripts/sample') as { buildLedger(o: object): { xlsx(): Promise<Buffer> } };
  const generated = path.join(OUT, 'generated-ledger.xlsx');
  fs.writeFileSync(generated, await buildLedger({ articles: 3000, people: 60, seed: 11 }).xlsx());
  const files = [
    SAMPLE, generated, ...fs.readdirSync(PRODUCERS).map((f) => path.join(PRODUCERS, f)),
    await edited('cut.xlsx', (xml) => xml.slice(0, Math.floor(xml.length / 2))),
    await edited('open-value.xlsx', (xml) => xml.replace(/<\/v>(?![\s\S]*<\/v>)/, '')),
    // inline strings, formulas' cached strings, booleans, errors, cells without references, a gap of rows
    await edited('unusual-cells.xlsx', (xml) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/,
      '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>内联 &amp; 文本</t></is></c><c t="str"><f>A1</f><v>x&lt;y</v></c>'
      + '<c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c r="G2"><v>-12.50</v></c><c r="H2" t="d"><v>2026-07-01</v></c></row>'
      + '<row r="9"><c r="A9" s="1"/><c><v>1e3</v></c></row></sheetData>')),
  ];
  const p = spawnSync(process.execPath, [path.join(__dirname, 'compareReaders.js'), DIST, ...files], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(p.stderr);
  const all = p.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line & { workers?: number });
  workers = all.pop()?.workers ?? 0;
  lines = all;
}, 240000);

it('reads every sound workbook the same in worker threads as in one thread', () => {
  const sound = lines.filter((l) => !l.errors);
  expect(sound.map((l) => path.basename(l.file))).toEqual(expect.arrayContaining(['sample-ledger.xlsx', 'generated-ledger.xlsx', 'excel.xlsx', 'openxmlsdk.xlsx', 'unusual-cells.xlsx']));
  for (const l of sound) {
    expect({ file: l.file, same: l.same, sameKnownStrings: l.sameKnownStrings }).toEqual({ file: l.file, same: true, sameKnownStrings: true });
    expect(l.scannedInWorkers).toBeGreaterThan(0); // the worker path really ran
    // the parts the main thread scans itself while it waits for workers (here: all of them, no workers) read the same
    expect({ file: l.file, sameOwnScan: l.sameOwnScan }).toEqual({ file: l.file, sameOwnScan: true });
  }
  expect(lines.find((l) => l.file.endsWith('generated-ledger.xlsx'))!.cells).toBeGreaterThan(30000);
  expect(workers).toBeGreaterThan(0);
});

it('refuses a damaged sheet with the same message in worker threads as in one thread', () => {
  const damaged = lines.filter((l) => l.errors);
  expect(damaged.map((l) => path.basename(l.file)).sort()).toEqual(['cut.xlsx', 'open-value.xlsx']);
  for (const l of damaged) {
    expect(l.errors![0]).toMatch(/^FileReadError: 工作表“.+”已损坏/);
    expect(l.errors![1]).toBe(l.errors![0]);
    expect(l.ownScanError).toBe(l.errors![0]);
  }
});
