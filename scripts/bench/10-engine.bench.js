// Core engine alone (calculate) on generated 10k and 100k-row ledgers, as read by the file shell, split into
// its phases by the engine's own progress reports: settings + ledger detection (normalise), validation of every
// row, then computing (credits, stipends against the payout history, rankings, quotas, result sheets).
'use strict';

const { performance } = require('perf_hooks');
const zlib = require('zlib');
const { calculate } = require('../../dist-node/core');
const { readXlsx } = require('../../dist-node/file');

exports.title = 'Engine: core calculate() by phase (target ≤ 0.5 s for 100k rows with a 100k-record payout history)';

const ms = (x) => x.toFixed(0);

/** One timed calculate() with its phases: detect/normalise, validate, compute. */
function timedCalculate(wb) {
  const marks = [];
  const t0 = performance.now();
  calculate(wb, {
    today: '2026-11-21',
    onProgress: (stage, fraction) => {
      if (stage === 'checking' && (fraction === 0 || fraction === 1)) marks.push(performance.now());
    },
  });
  const end = performance.now();
  const [checked = t0, validated = checked] = marks;
  return { ms: end - t0, detect: checked - t0, validate: validated - checked, compute: end - validated };
}

exports.run = async ({ ledger, row, target, repeat, runs }) => {
  const perRow = [];
  for (const rows of [10000, 100000]) {
    const l = await ledger({ rows });
    const wb = await readXlsx(l.bytes, { inflateRaw: (d) => zlib.inflateRawSync(d) });
    const history = wb.sheets.find((s) => s.name === '稿酬发放记录')?.rows.length ?? 0;
    timedCalculate(wb); // warm-up (JIT)
    const { best, median } = await repeat(runs, () => timedCalculate(wb));
    perRow.push(best.ms / rows);
    row(`${rows.toLocaleString('en')} ledger rows`, {
      'best ms': ms(best.ms), 'median ms': ms(median.ms),
      '= detect/normalise': ms(best.detect), '+ validate': ms(best.validate), '+ compute': ms(best.compute),
      'payout history rows': history,
    });
    if (rows === 100000) row('', { 'calculate 100k (warm)': target('engine calculate, 100k rows (warm JIT)', best.ms / 1000, 0.5, { unit: ' s' }) });
  }
  row('growth 10k → 100k', { 'per-row cost ratio': (perRow[1] / perRow[0]).toFixed(2), '(1.00 = linear)': '' });
};
