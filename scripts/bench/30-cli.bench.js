// The CLI end to end on 100k rows in a child process: wall time and peak RSS, against the
// ~50 s the office's SUMIFS/COUNTIFS workbook needs to recalculate.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

exports.title = 'CLI end to end: publicity-ledger calc on 100k rows (target ≤ 5 s, peak RSS < 2 GB; SUMIFS workbook ≈ 50 s)';

function runOnce(root, input, out) {
  const args = [path.join(root, 'bin', 'publicity-ledger.js'), 'calc', input, '--out', out, '--json', `${out}.json`];
  const hasTime = fs.existsSync('/usr/bin/time');
  const t = Date.now();
  const p = hasTime
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const wall = (Date.now() - t) / 1000;
  if (p.status !== 0) throw new Error(`exit ${p.status}: ${p.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(p.stderr ?? '');
  return { wall, rssMB: rss ? Number(rss[1]) / 1024 : NaN };
}

exports.run = async ({ ledger, row, root }) => {
  for (const rows of [10000, 100000]) {
    const l = await ledger({ rows });
    const out = path.join(path.dirname(l.path), `result-${rows}.xlsx`);
    const runs = [runOnce(root, l.path, out), runOnce(root, l.path, out)];
    const best = runs.reduce((a, b) => (a.wall <= b.wall ? a : b));
    row(`${rows.toLocaleString('en')} rows, whole CLI`, {
      'wall s': best.wall.toFixed(2), 'peak RSS MB': best.rssMB.toFixed(0),
      ...(rows === 100000 ? { 'vs SUMIFS 50 s': `${(50 / best.wall).toFixed(0)}× faster`, target: best.wall <= 5 ? 'met' : 'NOT met' } : {}),
    });
  }
};
