// Loads the CLI for bin/publicity-ledger.js. Start-up is a large share of a small run (~130 modules to resolve,
// read and compile), so the build bundles the CLI into dist-node/bundle/cli.js (webpack.node.config.js) and this
// loader compiles that one file with V8's code cache (dist-node/bundle/cli.js.cache), skipping parsing and bytecode
// generation for every function the cache knows. Falls back to the per-module build in dist-node/cli when the
// bundle is missing or older than it (e.g. after a bare `tsc -p tsconfig.node.json`), so a stale bundle never runs.
'use strict';

const fs = require('fs');
const Module = require('module');
const path = require('path');
const vm = require('vm');

/** first line of the bundle (webpack's BannerPlugin): the build id the code cache belongs to */
const BUILD_ID = /^\/\*! publicity-ledger CLI build (\w+) \*\//;

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** The cached code for build `id`, or undefined (none, or made for another build). */
function readCache(file, id) {
  let data;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const header = Buffer.from(`${id}\n`);
  return data.subarray(0, header.length).equals(header) ? data.subarray(header.length) : undefined;
}

/** Writes the cache beside the bundle (best effort: an installation may be read-only). */
function writeCache(file, id, script) {
  const tmp = `${file}.${process.pid}.tmp`;
  let fd;
  try {
    // opened before the cache is made: where the folder is read-only, no run pays for making one
    fd = fs.openSync(tmp, 'w');
  } catch {
    return; // no cache: every run compiles from source, as without the bundle's cache
  }
  try {
    fs.writeSync(fd, Buffer.concat([Buffer.from(`${id}\n`), script.createCachedData()]));
    fs.closeSync(fd);
    fs.renameSync(tmp, file); // atomic: a parallel run reads the old cache or the new one, never half of it
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

/** Runs the bundle as a CommonJS module compiled through vm.Script (the only way to hand V8 a code cache on Node 20). */
function loadBundle(bundle) {
  const source = fs.readFileSync(bundle, 'utf8');
  const id = BUILD_ID.exec(source)?.[1];
  const cacheFile = `${bundle}.cache`;
  const cachedData = id ? readCache(cacheFile, id) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
  const cacheUsable = cachedData !== undefined && !script.cachedDataRejected;
  return {
    cli: module.exports,
    how: `bundle, code cache ${cachedData === undefined ? 'none' : cacheUsable ? 'accepted' : 'rejected'}`,
    // after a full calculation the script has compiled its whole hot path: that is the cache worth keeping
    afterCalc: () => {
      if (id && !cacheUsable) writeCache(cacheFile, id, script);
    },
  };
}

/** The CLI module (with `run`) from `dist` (the dist-node folder), how it was loaded (for the timing output), and
 *  what to do after a successful calculation. */
function loadCli(dist) {
  const bundle = path.join(dist, 'bundle', 'cli.js');
  const main = path.join(dist, 'cli', 'main.js');
  const bundled = mtime(bundle);
  if (bundled >= 0 && bundled >= mtime(main)) return loadBundle(bundle);
  return { cli: require(main), how: 'per-module build', afterCalc: () => {} };
}

module.exports = { loadCli };
