#!/usr/bin/env node
// CLI entry: the compiled TypeScript lives in dist-node (built by `npm run build:node` / on `npm ci`).
'use strict';

let cli;
try {
  cli = require('../dist-node/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('dist-node')) {
    console.error('尚未编译：请先运行 npm run build:node。 (Not built yet: run `npm run build:node` first.)');
    process.exit(1);
  }
  throw e;
}
cli.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
