// Build of the Excel add-in (taskpane.html, commands.html) and the standalone page (index.html), in the shape
// of Microsoft's Office add-in task-pane template (yo office). Production: `npm run build -- --env url=https://server/path/`
// rewrites the manifest's https://localhost:3000/ to that address; no certificates are needed for it.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { typescriptModule } = require('./webpack.shared');

const urlDev = 'https://localhost:3000/';
/** gzipped initial JS the add-in's pane may load (Office asks for a pane that opens fast) */
const TASKPANE_BUDGET_BYTES = 300 * 1024;
/** modules that belong to the file shell only and must never reach the add-in's pane */
const FILE_ONLY = /node_modules[\\/](exceljs|jszip|@xmldom)[\\/]|src[\\/]file[\\/]/;

async function getHttpsOptions() {
  // Only the dev server needs a trusted localhost certificate; office-addin-dev-certs creates and installs it.
  const devCerts = require('office-addin-dev-certs');
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

function deploymentUrl(env, dev) {
  if (dev || !env.url) return urlDev;
  const url = env.url.endsWith('/') ? env.url : `${env.url}/`;
  if (!/^https:\/\//.test(url)) throw new Error(`--env url must be an https:// address (Office requires HTTPS): ${env.url}`);
  return url;
}

/** After each build: gzipped size of every entry's initial JS; the add-in pane must stay within budget and
 *  must not contain the file shell (ExcelJS/JSZip/src/file). */
class InitialSizePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('InitialSizePlugin', (compilation) => {
      const lines = [];
      for (const [name, entry] of compilation.entrypoints) {
        const files = entry.getFiles().filter((f) => f.endsWith('.js'));
        // read back from disk: after emit webpack keeps only the sizes of assets
        const out = compilation.outputOptions.path;
        const bytes = files.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(out, f))).length, 0);
        lines.push(`  ${name.padEnd(10)} ${(bytes / 1024).toFixed(1).padStart(7)} KB gzipped  (${files.join(', ')})`);
        if (name === 'taskpane') {
          if (bytes > TASKPANE_BUDGET_BYTES) {
            compilation.errors.push(new Error(`taskpane initial JS is ${(bytes / 1024).toFixed(1)} KB gzipped, over the ${TASKPANE_BUDGET_BYTES / 1024} KB budget`));
          }
          for (const chunk of entry.chunks) {
            for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              if (m.resource && FILE_ONLY.test(m.resource)) {
                compilation.errors.push(new Error(`taskpane bundle must not include ${path.relative(__dirname, m.resource)}`));
              }
            }
          }
        }
      }
      console.log(`Initial JS per entry:\n${lines.join('\n')}`);
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const url = deploymentUrl(env, dev);
  if (!dev && !env.url) console.warn('No --env url=https://…/ given: dist/manifest.xml keeps https://localhost:3000/.');
  const config = {
    devtool: 'source-map',
    entry: {
      taskpane: './src/addin/taskpane/index.tsx',
      commands: './src/addin/commands/commands.ts',
      web: './src/web/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    ...typescriptModule(),
    performance: { hints: false }, // InitialSizePlugin enforces the budget that matters (gzipped)
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/addin/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/addin/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/web/index.html', chunks: ['web'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'src/wps/deploy/wps-install.html', to: 'wps-install.html' }, // linked from the standalone page
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform(content) {
              if (url === urlDev) return content;
              const origin = new URL(url).origin;
              return content.toString().replaceAll(urlDev, url).replaceAll(urlDev.slice(0, -1), origin);
            },
          },
          // office.js served from this deployment (intranets without internet); never bundled.
          { from: 'node_modules/@microsoft/office-js/dist', to: 'office-js', info: { minimized: true } }, // already minified: skip Terser
        ],
      }),
      new InitialSizePlugin(),
    ],
  };
  if (env.WEBPACK_SERVE) {
    // Only the dev server needs certificates; a production build never asks for them.
    config.devServer = {
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await getHttpsOptions() },
      port: process.env.npm_package_config_dev_server_port || 3000,
    };
  }
  return config;
};
