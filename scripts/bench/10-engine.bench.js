// Core engine alone (calculate) on generated 10k and 100k-row ledgers, as read by the file shell.
'use strict';

const { performance } = require('perf_hooks');
const zlib = require('zlib');
const { calculate } = require('../../dist-node/core');
const { readXlsx } = require('../../dist-node/file');

exports.title = 'Engine: core calculate() (target < 1 s for 100k rows, near-linear growth)';

exports.run = async ({ ledger, row }) => {
  const perRow = [];
  for (const rows of [10000, 100000]) {
    const l = await ledger({ rows });
    const wb = await readXlsx(l.bytes, { inflateRaw: (d) => zlib.inflateRawSync(d) });
    const total = wb.sheets.reduce((n, s) => n + s.rows.length, 0);
    calculate(wb, { today: '2026-11-21' }); // warm-up (JIT)
    const times = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      calculate(wb, { today: '2026-11-21' });
      times.push(performance.now() - t);
    }
    const best = Math.min(...times);
    perRow.push(best / rows);
    row(`${rows.toLocaleString('en')} ledger rows`, {
      'best ms': best.toFixed(0), 'median ms': times.sort((a, b) => a - b)[1].toFixed(0),
      'µs/row': ((best / rows) * 1000).toFixed(1), 'sheet rows read': total,
    });
  }
  // The payout history of a 100k-article ledger is itself ~100k records; show the ledger alone as well.
  const l = await ledger({ rows: 100000 });
  const wb = await readXlsx(l.bytes, { inflateRaw: (d) => zlib.inflateRawSync(d) });
  const ledgerOnly = { sheets: wb.sheets.filter((s) => s.name !== '稿酬发放记录') };
  calculate(ledgerOnly, { today: '2026-11-21' });
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    calculate(ledgerOnly, { today: '2026-11-21' });
    times.push(performance.now() - t);
  }
  row('100,000 rows, no payout history', { 'best ms': Math.min(...times).toFixed(0), 'median ms': times.sort((a, b) => a - b)[1].toFixed(0) });
  row('growth 10k → 100k', { 'per-row cost ratio': (perRow[1] / perRow[0]).toFixed(2), '(1.00 = linear)': '' });
};
