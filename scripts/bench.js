#!/usr/bin/env node
// Benchmark runner: runs every scripts/bench/*.bench.js in name order. Each file exports
// `async run(ctx)`; ctx.ledger({ rows }) gives a generated ledger (cached under test-output/bench/),
// ctx.row(label, figures) prints one aligned result line. Other shells add their own *.bench.js files.
// Usage: npm run bench [-- name-filter]
'use strict';

const fs = require('fs');
const path = require('path');
const { buildLedger } = require('./sample');

const ROOT = path.join(__dirname, '..');
const CACHE = path.join(ROOT, 'test-output', 'bench');
const ledgers = new Map();

/** A generated ledger of about `rows` rows (400 people for large ones): { path, bytes, model }. */
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

function row(label, figures) {
  const text = Object.entries(figures).map(([k, v]) => `${k} ${v}`).join('  ');
  console.log(`  ${label.padEnd(34)} ${text}`);
}

async function main() {
  const filter = process.argv[2] ?? '';
  const dir = path.join(__dirname, 'bench');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.bench.js') && f.includes(filter)).sort();
  const ctx = { root: ROOT, ledger, row };
  console.log(`宣传稿件统计 benchmarks — node ${process.version}, ${require('os').cpus().length} CPU(s)`);
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
  process.exitCode = failed ? 1 : 0;
}

main();
