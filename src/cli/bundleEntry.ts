// Entry of the bundled CLI (webpack.node.config.js): bin/publicity-ledger.js calls run(). A separate entry so
// that main.ts's own `require.main === module` start never fires inside the bundle.
export { run } from './main';
