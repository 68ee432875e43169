// Child process of workerRead.test.ts: reads each file with the compiled reader twice, in this thread and through
// the CLI's worker threads, and prints one JSON line per file: whether the WorkbookData (and the shared strings the
// writer reuses) are deep-equal, or the two error messages. Usage: node compareReaders.js <dist> <file>...
'use strict';
const fs = require('fs');
const util = require('util');
const threads = require('worker_threads');

const [dist, ...files] = process.argv.slice(2);
// count the workers and their replies, to tell the worker path really ran
let workers = 0;
let replies = 0;
const RealWorker = threads.Worker;
threads.Worker = class extends RealWorker {
  constructor(...args) {
    super(...args);
    workers++;
    this.on('message', () => replies++);
  }
};
const known = new Map();
const ks = require(`${dist}/file/knownStrings`);
const remember = ks.rememberStrings;
ks.rememberStrings = (wb, k) => {
  known.set(wb, k);
  remember(wb, k);
};
const { readXlsx } = require(`${dist}/file`);
const { workerSheetScanner } = require(`${dist}/cli/workerScan`);

const attempt = (p) => p.then((wb) => ({ wb }), (e) => ({ error: `${e.name}: ${e.message}` }));

(async () => {
  for (const file of files) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const here = await attempt(readXlsx(bytes));
    const before = replies;
    const there = await attempt(readXlsx(bytes, { scanSheets: workerSheetScanner(2, undefined, { inThreadBelow: 0 }) }));
    const line = { file, sheets: here.wb?.sheets.length ?? 0, scannedInWorkers: replies - before };
    // the parts the main thread scans in its own turns while it waits for workers: here no workers, all parts
    const own = await attempt(readXlsx(bytes, { scanSheets: workerSheetScanner(0, undefined, { ownShare: 1 }) }));
    if (here.wb && own.wb) line.sameOwnScan = util.isDeepStrictEqual(here.wb, own.wb);
    else if (here.error || own.error) line.ownScanError = own.error;
    if (here.wb && there.wb) {
      line.same = util.isDeepStrictEqual(here.wb, there.wb);
      line.sameKnownStrings = util.isDeepStrictEqual(known.get(here.wb), known.get(there.wb)) && known.has(here.wb);
      line.cells = here.wb.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
    } else line.errors = [here.error, there.error];
    console.log(JSON.stringify(line));
  }
  console.log(JSON.stringify({ workers }));
})();
