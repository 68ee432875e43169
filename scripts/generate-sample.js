#!/usr/bin/env node
// Writes assets/sample-ledger.xlsx: the deterministic 青山县 sample ledger (about 1000 articles,
// 2025-04 to 2026-09, settings sheets and payout history). Usage: node scripts/generate-sample.js [out.xlsx]
'use strict';

const fs = require('fs');
const path = require('path');
const { buildLedger } = require('./sample');

async function main() {
  const out = process.argv[2] ?? path.join(__dirname, '..', 'assets', 'sample-ledger.xlsx');
  const ledger = buildLedger();
  const data = await ledger.xlsx();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, data);
  console.log(`已生成示例台账 ${out}：${ledger.model.articles.length} 条登记，${ledger.sheets.length} 张工作表。`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
