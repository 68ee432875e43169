// The add-in's Office shell on the in-memory fake Excel (test/addin/fakeExcel.ts): round trips and the largest
// request/response for reading a 10k / 100k-row ledger and writing the full results. Excel on the web
// rejects anything over 5 MB; round trips should grow with rows per chunk, not with rows.
// It also times the JavaScript the pane runs on the UI thread between round trips (the fake's own work inside
// context.sync stands for Excel's and is left out), and the cloning of each message to and from the
// calculation worker: no single slice may exceed 200 ms, or desktop Office may take the pane for hung.
'use strict';

const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const { performance } = require('perf_hooks');

// The shell and the fake are TypeScript outside dist-node: transpile them on require.
if (!require.extensions['.ts']) {
  require.extensions['.ts'] = (module, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    });
    module._compile(out.outputText, filename);
  };
}

exports.title = 'Add-in Office shell on the fake Excel: round trips, largest payload (limit 5 MB), longest UI-thread JS slice (target 200 ms)';

const SLICE_TARGET_MS = 200;

/** Times the JS between context.sync() calls of `work` (from its start to its end): the longest slice and the total. */
async function slices(FakeContext, work) {
  const sync = FakeContext.prototype.sync;
  let mark = performance.now();
  let longest = 0;
  let total = 0;
  const close = () => {
    const ms = performance.now() - mark;
    longest = Math.max(longest, ms);
    total += ms;
  };
  FakeContext.prototype.sync = async function timedSync() {
    close();
    try {
      return await sync.call(this);
    } finally {
      mark = performance.now();
    }
  };
  try {
    const value = await work();
    close();
    return { value, longest, total };
  } finally {
    FakeContext.prototype.sync = sync;
  }
}

/** The longest single structured clone of the messages that carry `value` to or from the worker. */
async function longestClone(sendParts, value) {
  let longest = 0;
  let messages = 0;
  const clone = (m) => {
    const t = performance.now();
    structuredClone(m);
    longest = Math.max(longest, performance.now() - t);
    messages++;
  };
  let id = 0;
  clone(await sendParts(value, clone, () => ++id));
  return { longest, messages };
}

exports.run = async ({ ledger, row, root, target }) => {
  // checked like every other target, so that a slow slice shows in the summary at the end
  const verdict = (name, ms) => target(name, ms, SLICE_TARGET_MS, { unit: ' ms', digits: 0 });
  const { FakeWorkbook, FakeContext } = require(path.join(root, 'test/addin/fakeExcel.ts'));
  const { sendParts } = require(path.join(root, 'src/ui/calc/chunked.ts'));
  const { readWorkbook } = require(path.join(root, 'src/addin/office/read.ts'));
  const { writeSheets } = require(path.join(root, 'src/addin/office/write.ts'));
  const { calculate, describeSheet } = require(path.join(root, 'src/core/index.ts'));
  const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  for (const rows of [10000, 100000]) {
    const l = await ledger({ rows });
    const fake = new FakeWorkbook();
    for (const s of l.workbookData().sheets) {
      // Excel holds dates as serial numbers
      fake.addSheet(s.name, s.rows.map((r) => (r ?? []).map((v) => (v instanceof Date ? v.getTime() / 86400000 + 25569 : v))));
    }
    const rt = fake.runtime();
    let t = performance.now();
    const read = await slices(FakeContext, () => readWorkbook(rt));
    const wb = read.value;
    const readMs = performance.now() - t;
    row(`read ${rows.toLocaleString('en')} rows (${fake.sheets.length} sheets)`, {
      'round trips': fake.roundTrips, 'largest response': mb(fake.maxResponseBytes), ms: readMs.toFixed(0),
      'JS between syncs': `${read.total.toFixed(0)} ms`, 'longest slice': verdict(`add-in ${rows / 1000}k: longest JS slice, read`, read.longest),
    });
    const toWorker = await longestClone(sendParts, { kind: 'calculate', workbook: wb, options: { today: '2026-11-21' } });
    // what the worker computes and sends back: the result, and the sheets laid out (describeSheet)
    const result = calculate(wb, { today: '2026-11-21' });
    const layouts = result.sheets.map((s) => describeSheet(s));
    const fromWorker = await longestClone(sendParts, { result, layouts });
    row('  to and from the worker', {
      messages: toWorker.messages + fromWorker.messages, 'longest clone': verdict(`add-in ${rows / 1000}k: longest worker message clone`, Math.max(toWorker.longest, fromWorker.longest)),
    });
    fake.resetCounters();
    t = performance.now();
    const written = await slices(FakeContext, () => writeSheets(rt, result.sheets, undefined, layouts));
    const cells = result.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.rows.length * b.columns.length, 0), 0);
    row(`write ${result.sheets.length} result sheets (${cells.toLocaleString('en')} cells)`, {
      'round trips': fake.roundTrips, 'largest request': mb(fake.maxRequestBytes), ms: (performance.now() - t).toFixed(0),
      'JS between syncs': `${written.total.toFixed(0)} ms`, 'longest slice': verdict(`add-in ${rows / 1000}k: longest JS slice, write`, written.longest),
    });
  }
};
