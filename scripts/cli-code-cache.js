#!/usr/bin/env node
// Build step after the CLI bundle (npm run build:node): one real calculation on the sample ledger, so that
// bin/loadCli.js writes V8's code cache for every function a calculation compiles. Run as a child process, as a
// user runs the CLI: the cache is only accepted under the same Node version and V8 flags that made it.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const cache = path.join(root, 'dist-node', 'bundle', 'cli.js.cache');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'publicity-ledger-cache-'));
try {
  fs.rmSync(cache, { force: true });
  const p = spawnSync(process.execPath, [
    path.join(root, 'bin', 'publicity-ledger.js'), 'calc', path.join(root, 'assets', 'sample-ledger.xlsx'),
    '--out', path.join(tmp, 'result.xlsx'), '--json', path.join(tmp, 'report.json'),
  ], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`the bundled CLI failed on the sample ledger (exit ${p.status}):\n${p.stderr}`);
  if (!fs.existsSync(cache)) throw new Error(`the bundled CLI wrote no code cache (${cache})`);
  console.log(`CLI code cache: ${(fs.statSync(cache).size / 1024).toFixed(0)} KB`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
