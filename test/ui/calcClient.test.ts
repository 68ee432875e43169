// The worker client against the real worker script, run in-process behind a Worker-shaped object whose
// messages are structured-cloned like a browser's (so class prototypes are lost on the way, as there).
import * as fs from 'fs';
import * as path from 'path';
import { calculate, describeSheet, EmptyLedgerError, requireArticles, type WorkbookData } from '../../src/core';
import { readXlsx } from '../../src/file';
import { CHUNK_ITEMS } from '../../src/ui/calc/chunked';
import { InlineCalcClient, WorkerCalcClient } from '../../src/ui/calc/client';
import { CancelledError } from '../../src/ui/calc/errors';
import type { CalcStage } from '../../src/ui/calc/protocol';
import { ledgerRows } from '../addin/fixtures';
import { ledgerSheet, workbook } from '../core/fixtures';

const TODAY = '2026-11-21';

/** Longest array anywhere in a message (what one postMessage clones in one go). */
function longestArray(v: unknown): number {
  if (Array.isArray(v)) return Math.max(v.length, ...v.map(longestArray));
  if (v && typeof v === 'object' && !(v instanceof Date) && !ArrayBuffer.isView(v)) return Math.max(0, ...Object.values(v).map(longestArray));
  return 0;
}

class InProcessWorker {
  static spawned: InProcessWorker[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  terminated = false;
  /** every message each way, as sent */
  sent: unknown[] = [];
  received: unknown[] = [];
  private readonly scope: { postMessage(m: unknown): void; onmessage: ((e: { data: unknown }) => void) | null };

  constructor() {
    InProcessWorker.spawned.push(this);
    this.scope = {
      postMessage: (m) => {
        const copy = structuredClone(m);
        this.received.push(structuredClone(m)); // the receiver may grow what it got (parts)
        setTimeout(() => !this.terminated && this.onmessage?.({ data: copy }));
      },
      onmessage: null,
    };
    (globalThis as { self?: unknown }).self = this.scope;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh worker module per worker
    jest.isolateModules(() => require('../../src/ui/calc/calc.worker'));
  }

  postMessage(m: unknown): void {
    const copy = structuredClone(m);
    this.sent.push(structuredClone(m));
    setTimeout(() => !this.terminated && this.scope.onmessage?.({ data: copy }));
  }

  terminate(): void {
    this.terminated = true;
  }
}

const spawn = () => new InProcessWorker() as unknown as Worker;
const ledger = (n: number): WorkbookData => ({ sheets: [{ name: '台账', rows: ledgerRows(n) }] });
const big = () => ledger(12_000);

beforeEach(() => {
  InProcessWorker.spawned = [];
});

test('calculates in the worker what the core calculates in-thread, sending long arrays in parts both ways', async () => {
  const wb = big();
  const client = new WorkerCalcClient(spawn);
  const stages: CalcStage[] = [];
  const { result, layouts } = await client.run(
    { kind: 'calculate', workbook: wb, options: { today: TODAY }, describe: true }, (s) => stages.push(s),
  ).promise;
  const expected = requireArticles(calculate(wb, { today: TODAY }));
  expect(result).toEqual(expected);
  // laid out in the worker as the Office and WPS writers would on the UI thread
  expect(layouts).toEqual(expected.sheets.map((s) => describeSheet(s)));
  const [worker] = InProcessWorker.spawned;
  // 12k ledger rows went as several parts, no message carried an array longer than a part
  expect(worker.sent.filter((m) => (m as { type: string }).type === 'part').length).toBeGreaterThanOrEqual(3);
  for (const m of [...worker.sent, ...worker.received]) expect(longestArray(m)).toBeLessThanOrEqual(CHUNK_ITEMS);
  expect(stages[0]).toBe('check');
  expect(stages).toContain('compute');
  expect(stages.indexOf('compute')).toBeGreaterThan(stages.lastIndexOf('check'));
});

test('a workbook the worker already holds is not sent again', async () => {
  const wb = big();
  const client = new WorkerCalcClient(spawn);
  await client.run({ kind: 'calculate', workbook: wb, options: { today: TODAY } }).promise;
  const [worker] = InProcessWorker.spawned;
  const sentNow = () => worker.sent.filter((m) => (m as { type: string }).type !== 'ack').length; // acks: results taken in
  const partsBefore = sentNow();
  const again = await client.run({ kind: 'calculate', workbook: wb, options: { today: TODAY, period: '2026Q3' } }).promise;
  expect(again.result.period.label).toBe('2026Q3');
  expect(again.layouts).toBeUndefined(); // not asked for
  expect(sentNow()).toBe(partsBefore + 1); // the job alone
});

test("the core's errors keep their class across the thread boundary", async () => {
  const client = new WorkerCalcClient(spawn);
  const empty = workbook(ledgerSheet('台账', []));
  const error = await client.run({ kind: 'calculate', workbook: empty, options: { today: TODAY } }).promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(EmptyLedgerError);
  expect((error as EmptyLedgerError).detail).toContain('“台账”只有表头');
});

test('cancel rejects at once, terminates the worker, and the next job gets a fresh one', async () => {
  const client = new WorkerCalcClient(spawn);
  const task = client.run({ kind: 'calculate', workbook: big(), options: { today: TODAY } });
  task.cancel();
  await expect(task.promise).rejects.toBeInstanceOf(CancelledError);
  expect(InProcessWorker.spawned[0].terminated).toBe(true);
  const small = ledger(20);
  const result = await client.run({ kind: 'calculate', workbook: small, options: { today: TODAY } }).promise;
  expect(result.result.report).toEqual(calculate(small, { today: TODAY }).report);
  expect(InProcessWorker.spawned).toHaveLength(2);
});

test('where no worker can start, the same jobs run in-thread', async () => {
  const client = new WorkerCalcClient(() => {
    throw new Error('Refused to create a worker: Content Security Policy');
  });
  const wb = ledger(20);
  const { result } = await client.run({ kind: 'calculate', workbook: wb, options: { today: TODAY } }).promise;
  expect(result).toEqual(requireArticles(calculate(wb, { today: TODAY })));
});

test('the in-thread fallback yields between phases and stops at the next one when cancelled', async () => {
  const client = new InlineCalcClient();
  const stages: CalcStage[] = [];
  const task = client.run({ kind: 'calculate', workbook: big(), options: { today: TODAY } }, (s) => stages.push(s));
  task.cancel();
  await expect(task.promise).rejects.toBeInstanceOf(CancelledError);
  await new Promise((r) => setTimeout(r, 10));
  expect(stages).toEqual([]); // it never got to checking
});

test("the page's flow: the worker parses the file, calculates and writes, and nothing it holds is sent back to it", async () => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(__dirname, '../../assets/sample-ledger.xlsx')));
  const client = new WorkerCalcClient(spawn);
  const wb = await client.run({ kind: 'readXlsx', data: bytes }).promise;
  expect(wb).toEqual(await readXlsx(bytes));
  const { result } = await client.run({ kind: 'calculate', workbook: wb, options: { today: TODAY } }).promise;
  const [worker] = InProcessWorker.spawned;
  const before = worker.sent.length;
  const out = await client.run({ kind: 'writeXlsx', original: bytes, workbook: wb, outputs: result.sheets }).promise;
  const job = worker.sent.slice(before).filter((m) => (m as { type: string }).type !== 'ack') as Array<{ type: string; job?: { workbook: unknown; outputs: unknown } }>;
  expect(job.map((m) => m.type)).toEqual(['job']); // no parts: workbook and result sheets go by reference
  expect(job[0].job).toMatchObject({ workbook: { heldRef: expect.any(Number) }, outputs: { heldRef: expect.any(Number) } });
  expect(out.written.map((w) => w.intended)).toEqual(result.sheets.map((s) => s.name));
  const written = await readXlsx(out.data);
  for (const s of result.sheets) expect(written.sheets.map((x) => x.name)).toContain(s.name);
});

test('when the worker has let a workbook go, the client sends it again', async () => {
  const client = new WorkerCalcClient(spawn);
  const books = [ledger(20), ledger(21), ledger(22)];
  for (const wb of books) await client.run({ kind: 'calculate', workbook: wb, options: { today: TODAY } }).promise;
  // the worker keeps the latest two workbooks; the first is asked for by reference, refused, and resent
  const { result } = await client.run({ kind: 'calculate', workbook: books[0], options: { today: TODAY } }).promise;
  expect(result.report).toEqual(calculate(books[0], { today: TODAY }).report);
  const sentJobs = InProcessWorker.spawned[0].sent.filter((m) => (m as { type: string }).type === 'job') as Array<{ job: { workbook: unknown } }>;
  expect(sentJobs.slice(-2).map((m) => 'heldRef' in (m.job.workbook as object))).toEqual([true, false]);
});
