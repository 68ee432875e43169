#!/usr/bin/env node
// CLI entry: the compiled TypeScript lives in dist-node (built by `npm run build:node` / on `npm ci`), bundled into
// one file with a code cache where the build made one (see loadCli.js).
'use strict';

const { performance } = require('perf_hooks');
const path = require('path');
const { loadCli } = require('./loadCli');

let loaded;
try {
  const start = performance.now();
  loaded = loadCli(path.join(__dirname, '..', 'dist-node'));
  // Node's own start before this script is in neither figure: it is the floor under every run
  if (process.env.PUBLICITY_LEDGER_TIMING) process.stderr.write(`[timing] load CLI ${(performance.now() - start).toFixed(0)} ms (${loaded.how})\n`);
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('dist-node')) {
    console.error('尚未编译：请先运行 npm run build:node。 (Not built yet: run `npm run build:node` first.)');
    process.exit(1);
  }
  throw e;
}
const argv = process.argv.slice(2);
loaded.cli.run(argv).then((code) => {
  process.exitCode = code;
  if (code === 0 && argv[0] === 'calc') loaded.afterCalc();
});
