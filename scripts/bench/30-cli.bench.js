// The CLI end to end in a child process, as a user runs it: wall time, peak RSS and the CLI's own phase timings
// (PUBLICITY_LEDGER_TIMING), on 10k, 100k and 1M rows (Excel's row limit), beside the reference a user has today.
// Loading the CLI is timed by bin/; what the phases leave of the wall time is Node's own start, the JSON report, exiting.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

exports.title = 'CLI end to end: publicity-ledger calc (targets: 10k ≤ 0.3 s; 100k ≤ 1.5 s = read ≤ 0.6 + calculate ≤ 0.5 + write ≤ 0.4, peak ≤ 400 MB; linear to 1M)';

/** One timed child process: wall seconds, peak RSS (MB), CPU seconds in user code and in the kernel, and minor page
 *  faults (each first touch of a 4 KB page: the kernel's share grows with the memory used), from /usr/bin/time -v
 *  where present, and its stderr. */
function timed(args, env) {
  const hasTime = fs.existsSync('/usr/bin/time');
  const t = process.hrtime.bigint();
  const p = hasTime
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', env, maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', env, maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (p.status !== 0) throw new Error(`exit ${p.status}: ${p.stderr}`);
  const figure = (re) => Number(re.exec(p.stderr ?? '')?.[1] ?? NaN);
  return {
    wall, rssMB: figure(/Maximum resident set size \(kbytes\): (\d+)/) / 1024, stderr: p.stderr ?? '',
    user: figure(/User time \(seconds\): ([\d.]+)/), sys: figure(/System time \(seconds\): ([\d.]+)/),
    faults: figure(/Minor \(reclaiming a frame\) page faults: (\d+)/),
  };
}

function runOnce(root, input, out) {
  const args = [path.join(root, 'bin', 'publicity-ledger.js'), 'calc', input, '--out', out, '--json', `${out}.json`];
  const { wall, rssMB, stderr, user, sys, faults } = timed(args, { ...process.env, PUBLICITY_LEDGER_TIMING: '1' });
  const phases = {};
  for (const m of stderr.matchAll(/^\[timing\] (.+) (\d+) ms$/gm)) phases[m[1]] = Number(m[2]) / 1000;
  const calc = Object.entries(phases).filter(([k]) => k.startsWith('calculate')).reduce((s, [, v]) => s + v, 0);
  const read = phases.read ?? NaN;
  const write = phases['write xlsx'] ?? NaN;
  // bin/publicity-ledger.js: how long loading the CLI took and how (bundle and code cache, or per-module build)
  const load = /^\[timing\] load CLI (\d+) ms \((.+)\)$/m.exec(stderr);
  const loadCli = load ? Number(load[1]) / 1000 : NaN;
  return { wall, rssMB, user, sys, faults, read, calc, write, loadCli, loadedAs: load?.[2] ?? '?', rest: wall - loadCli - read - calc - write, phases };
}

const s = (x) => x.toFixed(2);

exports.run = async ({ cores, ledger, ledgerFile, row, target, repeat, runs, with1M, root, REFERENCE }) => {
  // the floor under every run: Node itself starting and exiting with nothing to do
  const bare = await repeat(runs, () => timed(['-e', '0'], process.env));
  row('node -e 0 (Node start and exit alone)', {
    'best s': s(bare.best.wall), 'median s': s(bare.median.wall),
    ...(process.env.NODE_EXTRA_CA_CERTS ? { note: 'NODE_EXTRA_CA_CERTS is set: Node loads those certificates at every start' } : {}),
  });
  const sizes = [10000, 100000, ...(with1M ? [1000000] : [])];
  const perRow = {};
  for (const rows of sizes) {
    const input = rows >= 1000000 ? ledgerFile({ rows }) : (await ledger({ rows })).path;
    const out = path.join(path.dirname(input), `result-${rows}.xlsx`);
    const { best, median, all } = await repeat(rows >= 1000000 ? 1 : runs, () => runOnce(root, input, out));
    perRow[rows] = best.wall / rows;
    const peakMB = Math.max(...all.map((r) => r.rssMB)); // the highest of the runs, not the fastest run's
    const p = best.phases;
    const label = `${rows.toLocaleString('en')} rows, whole CLI`;
    row(label, { 'best s': s(best.wall), 'median s': s(median.wall), 'peak RSS MB (highest run)': peakMB.toFixed(0) });
    // the phases of the best run (by wall time), so that they add up to its wall time
    row('  phases of the best run', {
      '= read': s(best.read),
      '+ calculate': `${s(best.calc)} (detect ${s(p['calculate: detect/normalise'] ?? NaN)}, validate ${s(p['calculate: validate'] ?? NaN)}, compute ${s(p['calculate: compute'] ?? NaN)})`,
      '+ write': s(best.write), '+ load CLI': `${s(best.loadCli)} (${best.loadedAs})`, '+ Node start, JSON, exit': s(best.rest),
    });
    // all threads together (the main thread, the read and deflate workers, zlib on the thread pool): CPU beyond the
    // wall time is work done in parallel; kernel time is mostly page faults, i.e. memory touched for the first time
    row('  CPU of the best run (all threads)', {
      'user s': s(best.user), 'kernel s': s(best.sys), 'minor page faults': Number.isNaN(best.faults) ? '?' : best.faults.toLocaleString('en'),
    });
    // That CPU spread perfectly over every core: no overlap of the phases beats it, only doing less work does
    row('  floor: that CPU on all cores', { [`(user + kernel) / ${cores} s`]: s((best.user + best.sys) / cores) });
    if (rows === 10000) row('', { '10k': target('CLI 10k rows, wall', best.wall, 0.3, { unit: ' s' }) });
    if (rows === 100000) {
      row('', { 'total': target('CLI 100k rows, wall', best.wall, 1.5, { unit: ' s' }) });
      row('', { 'read': target('CLI 100k: read', best.read, 0.6, { unit: ' s' }), 'calculate': target('CLI 100k: calculate', best.calc, 0.5, { unit: ' s' }) });
      row('', { 'write': target('CLI 100k: write', best.write, 0.4, { unit: ' s' }), 'peak': target('CLI 100k: peak RSS', peakMB, 400, { unit: ' MB', digits: 0 }) });
      row('vs the user\'s reference', {
        [`${REFERENCE.seconds} s / ${s(best.wall)} s =`]: target(`faster than the reference (${REFERENCE.seconds} s)`, REFERENCE.seconds / best.wall, 40, { unit: '×', atLeast: true, digits: 0 }),
        'median': `${(REFERENCE.seconds / median.wall).toFixed(0)}×`,
      });
      row('', { reference: REFERENCE.text });
    }
  }
  const ratio = (a, b) => (perRow[b] / perRow[a]);
  row('growth per row', {
    '10k → 100k': ratio(10000, 100000).toFixed(2),
    ...(perRow[1000000] ? { '100k → 1M': target('growth 100k → 1M (per-row wall ratio; 1.00 = linear)', ratio(100000, 1000000), 1.25) } : { '1M': 'skipped (BENCH_1M=0)' }),
  });
};
