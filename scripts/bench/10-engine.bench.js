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
  row('growth 10k → 100k', { 'per-row cost ratio': (perRow[1] / perRow[0]).toFixed(2), '(1.00 = linear)': '' });
};
