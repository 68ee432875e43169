#!/usr/bin/env node
// Benchmark runner: runs every scripts/bench/*.bench.js in name order. Each file exports
// `async run(ctx)`; ctx.ledger({ rows }) gives a generated ledger (cached under test-output/bench/),
// ctx.row(label, figures) prints one aligned result line, ctx.target(...) checks a figure against its target
// (printed with ✓/✗ and repeated in the summary at the end). Other shells add their own *.bench.js files.
// Usage: npm run bench [-- name-filter]   (BENCH_1M=0 skips the 1,000,000-row runs; BENCH_RUNS=n repeats)
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { buildLedger } = require('./sample');

const ROOT = path.join(__dirname, '..');
const CACHE = path.join(ROOT, 'test-output', 'bench');
const ledgers = new Map();

/** The user's reference today: the office's SUMIFS/COUNTIFS workbook recalculating the same quarter in
 *  LibreOffice, reported at about 50–70 s. A reference figure, not measured here; 50 s is the conservative end. */
const REFERENCE = { seconds: 50, text: 'SUMIFS/COUNTIFS workbook in LibreOffice, ~50–70 s reported (reference, not measured here)' };

const runs = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
const with1M = process.env.BENCH_1M !== '0';
/** Cores this process may use (what the CLI runs can spread their CPU over). */
const cores = os.availableParallelism();

/** A generated ledger of about `rows` rows (400 people for large ones): { path, bytes, model, workbookData }. */
async function ledger({ rows, people = rows >= 5000 ? 400 : 60, seed = 7 }) {
  const key = `${rows}-${people}-${seed}`;
  if (!ledgers.has(key)) {
    ledgers.set(key, (async () => {
      fs.mkdirSync(CACHE, { recursive: true });
      const file = path.join(CACHE, `ledger-${key}.xlsx`);
      const built = buildLedger({ articles: rows, people, seed });
      if (!fs.existsSync(file)) fs.writeFileSync(file, await built.xlsx());
      return { path: file, bytes: new Uint8Array(fs.readFileSync(file)), model: built.model, workbookData: built.workbookData };
    })());
  }
  return ledgers.get(key);
}

/** The path of a generated ledger file only (no model in this process): for the 1M-row ledger, whose model and
 *  ExcelJS rendering need gigabytes, generated once in a child process and cached. */
function ledgerFile({ rows, people = 400, seed = 7 }) {
  const file = path.join(CACHE, `ledger-${rows}-${people}-${seed}.xlsx`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(CACHE, { recursive: true });
    console.log(`  (generating ${rows.toLocaleString('en')}-row ledger once, a few minutes…)`);
    const script = `require(${JSON.stringify(path.join(__dirname, 'sample'))}).buildLedger({ articles: ${rows}, people: ${people}, seed: ${seed} })`
      + `.xlsx().then((b) => require('fs').writeFileSync(${JSON.stringify(file)}, b))`;
    const p = spawnSync(process.execPath, ['--max-old-space-size=12000', '-e', script], { stdio: 'inherit' });
    if (p.status !== 0) throw new Error(`generating the ${rows}-row ledger failed`);
  }
  return file;
}

function row(label, figures) {
  const text = Object.entries(figures).map(([k, v]) => `${k} ${v}`).join('  ');
  console.log(`  ${label.padEnd(34)} ${text}`);
}

const checks = [];

/** `value` against its target (≤ limit, or ≥ limit with atLeast); returns e.g. '1.23 s ✓ (≤ 1.5 s)'. */
function target(name, value, limit, { unit = '', atLeast = false, digits = 2 } = {}) {
  const ok = atLeast ? value >= limit : value <= limit;
  const text = `${value.toFixed(digits)}${unit} ${ok ? '✓' : '✗'} (target ${atLeast ? '≥' : '≤'} ${limit}${unit})`;
  checks.push({ name, text, ok });
  return text;
}

/** Best and median of `n` runs of fn (which returns a number, or an object with a `.ms`/`.wall` figure). */
async function repeat(n, fn) {
  const all = [];
  for (let i = 0; i < n; i++) all.push(await fn(i));
  const key = (x) => (typeof x === 'number' ? x : x.wall ?? x.ms);
  const sorted = [...all].sort((a, b) => key(a) - key(b));
  return { best: sorted[0], median: sorted[Math.floor((sorted.length - 1) / 2)], all };
}

async function main() {
  const filter = process.argv[2] ?? '';
  const dir = path.join(__dirname, 'bench');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.bench.js') && f.includes(filter)).sort();
  const ctx = { root: ROOT, cores, ledger, ledgerFile, row, target, repeat, runs, with1M, REFERENCE };
  console.log(`宣传稿件统计 benchmarks — node ${process.version}, ${cores} CPU(s), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`  (timings are the best and the median of ${runs} runs; other work on the machine slows the median)`);
  let failed = false;
  for (const f of files) {
    const mod = require(path.join(dir, f));
    console.log(`\n# ${mod.title ?? f}`);
    try {
      await mod.run(ctx);
    } catch (e) {
      failed = true;
      console.error(`  FAILED: ${e.stack ?? e}`);
    }
  }
  if (checks.length) {
    console.log(`\n# Targets (issue 8): ${checks.filter((c) => c.ok).length} of ${checks.length} met`);
    for (const c of checks) console.log(`  ${c.ok ? '✓' : '✗'} ${c.name.padEnd(44)} ${c.text}`);
  }
  process.exitCode = failed ? 1 : 0;
}

main();
