// Build of the WPS 表格 加载项 (`npm run build:wps`): the add-in folder that WPS loads (index.html with the
// ribbon callbacks, ribbon.xml, taskpane.html with the shared pane, icons, a package.json for `wpsjs debug`)
// plus the files that tell WPS where it is, for intranets without internet:
//   dist-wps/<name>_<version>/   the add-in
//   dist-wps/jsplugins.xml       for a local web server named in oem.ini (JSPluginsServer), online mode
//   dist-wps/publish.xml         for a copy in the user's jsaddons folder, no server (install.sh / install.bat)
// `--env wpsUrl=http://server/path/` is where dist-wps/ will be served (only jsplugins.xml uses it).
const fs = require('fs');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const pkg = require('./package.json');
const { typescriptModule } = require('./webpack.shared');

const NAME = pkg.name;
const VERSION = pkg.version;
const FOLDER = `${NAME}_${VERSION}`;
const DEFAULT_URL = 'http://127.0.0.1:8080/';

function xmlAttr(s) {
  return String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The manifests as Kingsoft's wpsjs writes them (jsplugins.xml for servers, publish.xml for jsaddons). */
function manifests(url) {
  const online = `<jspluginonline name="${NAME}" type="et" url="${xmlAttr(url + FOLDER)}/"/>`;
  const local = `<jsplugin name="${NAME}" type="et" url="${FOLDER}" version="${VERSION}" enable="enable_dev" install="null"/>`;
  const doc = (entry) => `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${entry}\n</jsplugins>\n`;
  return { 'jsplugins.xml': doc(online), 'publish.xml': doc(local), publishEntry: local };
}

/** Writes the manifests and install scripts beside the add-in folder (outside webpack's output folder). */
class WpsManifestPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('WpsManifestPlugin', (compilation) => {
      const out = compilation.outputOptions.path;
      const root = path.dirname(out);
      const m = manifests(this.url);
      fs.writeFileSync(path.join(root, 'jsplugins.xml'), m['jsplugins.xml']);
      fs.writeFileSync(path.join(root, 'publish.xml'), m['publish.xml']);
      fs.copyFileSync(path.join(__dirname, 'src/wps/deploy/wps-install.html'), path.join(root, '安装说明.html'));
      // package.json of the add-in folder: what `wpsjs debug` reads (name, version, addonType)
      const addinPkg = { name: NAME, version: VERSION, addonType: 'et', description: pkg.description };
      fs.writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(addinPkg, null, 2)}\n`);
      for (const script of ['install.sh', 'install.bat']) {
        const text = fs
          .readFileSync(path.join(__dirname, 'src/wps/deploy', script), 'utf8')
          .replaceAll('__ADDIN_FOLDER__', FOLDER)
          .replaceAll('__ADDIN_NAME__', NAME)
          .replaceAll('__PUBLISH_ENTRY__', m.publishEntry);
        fs.writeFileSync(path.join(root, script), script.endsWith('.bat') ? text.replace(/\r?\n/g, '\r\n') : text, { mode: 0o755 });
      }
    });
  }
}

module.exports = (env = {}) => {
  const url = env.wpsUrl ? (env.wpsUrl.endsWith('/') ? env.wpsUrl : `${env.wpsUrl}/`) : DEFAULT_URL;
  if (!/^https?:\/\//.test(url)) throw new Error(`--env wpsUrl must be an http:// or https:// address: ${env.wpsUrl}`);
  if (!env.wpsUrl) console.warn(`No --env wpsUrl=http://…/ given: dist-wps/jsplugins.xml points at ${DEFAULT_URL}.`);
  return {
    mode: 'production',
    devtool: 'source-map',
    entry: {
      ribbon: './src/wps/ribbon.ts',
      taskpane: './src/wps/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist-wps', FOLDER),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    // ES2017 for our code: the Chromium inside older WPS builds predates optional chaining.
    ...typescriptModule({ target: 'es2017' }),
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/wps/index.html', chunks: ['ribbon'] }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/wps/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
        ],
      }),
      new WpsManifestPlugin(url),
    ],
  };
};
