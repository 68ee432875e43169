// File shell (src/file) on the 100k-row ledger, in-process with Node's zlib: reading split into unzip (inflate)
// and parse, writing into build sheets and zip (deflate), so the figures say where time goes. zlib runs
// synchronously here so that its share can be measured; the CLI runs it on zlib's threads, overlapped with parsing
// and building, so its read and write are shorter than these sums (see the CLI figures below).
'use strict';

const { performance } = require('perf_hooks');
const zlib = require('zlib');
const { calculate } = require('../../dist-node/core');
const { readXlsx, writeResults } = require('../../dist-node/file');

exports.title = 'File shell: readXlsx / writeResults on 100k rows, by phase (Node zlib, synchronous to measure it)';

const ms = (x) => x.toFixed(0);

/** Node zlib (synchronous, so that its time can be told apart), with the time spent in it added up. */
function meteredZlib() {
  const spent = { inflate: 0, deflate: 0 };
  const timed = (key, fn) => (...args) => {
    const t = performance.now();
    const out = fn(...args);
    spent[key] += performance.now() - t;
    return out;
  };
  return {
    spent,
    inflateRaw: timed('inflate', (d) => zlib.inflateRawSync(d)),
    deflateRaw: timed('deflate', (d) => zlib.deflateRawSync(d, { level: 1 })),
    // a piece comes back with the CRC-32 of its own bytes (DeflateRawPiece in src/file/zip.ts)
    deflateRawPiece: timed('deflate', (d, last) => ({
      data: zlib.deflateRawSync(d, { level: 1, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }),
      crc: zlib.crc32(d),
    })),
    crc32: zlib.crc32,
  };
}

exports.run = async ({ ledger, row, repeat, runs }) => {
  const l = await ledger({ rows: 100000 });
  const read = await repeat(runs, async () => {
    const z = meteredZlib();
    const t = performance.now();
    const wb = await readXlsx(l.bytes, z);
    const total = performance.now() - t;
    return { ms: total, unzip: z.spent.inflate, parse: total - z.spent.inflate, wb };
  });
  const wb = read.best.wb;
  const result = calculate(wb, { today: '2026-11-21' });
  const write = await repeat(runs, async () => {
    const z = meteredZlib();
    const t = performance.now();
    const out = await writeResults(l.bytes, wb, result.sheets, z);
    const total = performance.now() - t;
    return { ms: total, zip: z.spent.deflate, unzip: z.spent.inflate, build: total - z.spent.deflate - z.spent.inflate, out };
  });
  const outRows = result.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.rows.length, 0), 0);
  row('read 100k-row ledger', {
    'best ms': ms(read.best.ms), 'median ms': ms(read.median.ms), '= unzip': ms(read.best.unzip), '+ parse': ms(read.best.parse),
    'input MB': (l.bytes.length / 1e6).toFixed(1),
  });
  row('write result sheets', {
    'best ms': ms(write.best.ms), 'median ms': ms(write.median.ms), '= build sheets': ms(write.best.build), '+ zip': ms(write.best.zip),
    '+ unzip original parts': ms(write.best.unzip), 'result rows': outRows, 'output MB': (write.best.out.data.length / 1e6).toFixed(1),
  });
  // the browser path: platform DecompressionStream / CompressionStream, no Node zlib
  let t = performance.now();
  const wb2 = await readXlsx(l.bytes);
  const read2 = performance.now() - t;
  t = performance.now();
  await writeResults(l.bytes, wb2, result.sheets);
  row('read / write, web streams (browser path)', { 'read ms': ms(read2), 'write ms': ms(performance.now() - t) });
};
