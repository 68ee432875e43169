// The CLI as one file (dist-node/bundle/cli.js): Node loads one script instead of ~130 modules, and bin/ can keep
// V8's code cache for it (scripts/cli-code-cache.js). The Word notice (docx, React, charts) stays in chunks loaded
// only for --notice; resvg is native and JSZip is never used by the CLI, so both stay in node_modules.
// `npm run build:node` runs this after tsc; dist-node/{core,file,cli} stay for the benches and the fallback.
const path = require('path');
const webpack = require('webpack');
const { typescriptModule } = require('./webpack.shared');

module.exports = (env = {}) => ({
  mode: 'production',
  target: 'node20',
  devtool: false,
  entry: { cli: './src/cli/bundleEntry.ts' },
  output: {
    path: path.resolve(__dirname, env.out ?? 'dist-node/bundle'),
    filename: '[name].js',
    chunkFilename: 'chunk-[id].js',
    library: { type: 'commonjs2' },
    clean: true,
  },
  ...typescriptModule(),
  externals: { '@resvg/resvg-js': 'commonjs @resvg/resvg-js', jszip: 'commonjs jszip' },
  externalsPresets: { node: true },
  node: { __dirname: false, __filename: false },
  optimization: {
    // readable stack traces in the "意外错误" message; scope hoisting (concatenation) still applies
    minimize: false,
    // process.env.NODE_ENV stays what it is at run time, as in the unbundled CLI
    nodeEnv: false,
    splitChunks: false,
  },
  performance: { hints: false },
  stats: 'errors-warnings',
  // the build id ties the code cache to this exact bundle (V8 itself checks only the source length)
  plugins: [
    new webpack.BannerPlugin({ banner: 'publicity-ledger CLI build [fullhash]' }),
    // xmldom's own `require('./entities')` only: the stand-in requires the real module by its full name
    new webpack.NormalModuleReplacementPlugin(/^\.\/entities$/, (resource) => {
      if (/[\\/]@xmldom[\\/]xmldom[\\/]lib$/.test(resource.context)) resource.request = path.resolve(__dirname, 'scripts/bundle/xmldomEntities.js');
    }),
  ],
});
