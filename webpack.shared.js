// Pieces both builds share (webpack.config.js: Office add-in and page; webpack.wps.config.js: WPS add-in).

/** TypeScript through ts-loader as ES modules, so webpack can tree-shake Fluent UI; type checking is
 *  `npm run typecheck`'s job. `compilerOptions` adds to that (e.g. an older target). */
function typescriptModule(compilerOptions = {}) {
  return {
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: true, ...compilerOptions } },
          },
        },
      ],
    },
    optimization: { splitChunks: { chunks: 'all' } },
  };
}

module.exports = { typescriptModule };
