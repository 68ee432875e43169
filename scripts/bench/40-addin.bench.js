// The add-in's Office shell on the in-memory fake Excel (test/addin/fakeExcel.ts): round trips and the largest
// request/response for reading a 10k / 100k-row ledger and writing the full results. Excel on the web
// rejects anything over 5 MB; round trips should grow with rows per chunk, not with rows.
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

exports.title = 'Add-in Office shell on the fake Excel: round trips and largest payload (limit 5 MB per request/response)';

exports.run = async ({ ledger, row, root }) => {
  const { FakeWorkbook } = require(path.join(root, 'test/addin/fakeExcel.ts'));
  const { readWorkbook } = require(path.join(root, 'src/addin/office/read.ts'));
  const { writeSheets } = require(path.join(root, 'src/addin/office/write.ts'));
  const { calculate } = require(path.join(root, 'src/core/index.ts'));
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
    const wb = await readWorkbook(rt);
    const readMs = performance.now() - t;
    row(`read ${rows.toLocaleString('en')} rows (${fake.sheets.length} sheets)`, {
      'round trips': fake.roundTrips, 'largest response': mb(fake.maxResponseBytes), ms: readMs.toFixed(0),
    });
    const result = calculate(wb, { today: '2026-11-21' });
    fake.resetCounters();
    t = performance.now();
    await writeSheets(rt, result.sheets);
    const cells = result.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.rows.length * b.columns.length, 0), 0);
    row(`write ${result.sheets.length} result sheets (${cells.toLocaleString('en')} cells)`, {
      'round trips': fake.roundTrips, 'largest request': mb(fake.maxRequestBytes), ms: (performance.now() - t).toFixed(0),
    });
  }
};
