// File shell (src/file) on the 100k-row ledger: read .xlsx, write the result sheets, in-process.
'use strict';

const { performance } = require('perf_hooks');
const zlib = require('zlib');
const { calculate } = require('../../dist-node/core');
const { readXlsx, writeResults } = require('../../dist-node/file');

exports.title = 'File shell: readXlsx / writeResults on 100k rows (Node zlib, as the CLI)';

const NODE = { inflateRaw: (d) => zlib.inflateRawSync(d), deflateRaw: (d) => zlib.deflateRawSync(d, { level: 1 }), crc32: zlib.crc32 };

exports.run = async ({ ledger, row }) => {
  const l = await ledger({ rows: 100000 });
  let t = performance.now();
  const wb = await readXlsx(l.bytes, NODE);
  const read = performance.now() - t;
  const result = calculate(wb, { today: '2026-11-21' });
  t = performance.now();
  const out = await writeResults(l.bytes, wb, result.sheets, NODE);
  const write = performance.now() - t;
  const outRows = result.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.rows.length, 0), 0);
  row('read 100k-row ledger', { ms: read.toFixed(0), 'input MB': (l.bytes.length / 1e6).toFixed(1) });
  row('write result sheets', { ms: write.toFixed(0), 'result rows': outRows, 'output MB': (out.data.length / 1e6).toFixed(1) });
  // the browser path: platform DecompressionStream / CompressionStream, no Node zlib
  t = performance.now();
  const wb2 = await readXlsx(l.bytes);
  const read2 = performance.now() - t;
  t = performance.now();
  await writeResults(l.bytes, wb2, result.sheets);
  row('read / write, web streams (browser path)', { 'read ms': read2.toFixed(0), 'write ms': (performance.now() - t).toFixed(0) });
};
