// The bundled CLI (webpack.node.config.js, loaded by bin/loadCli.js): the same results as the sources, its V8
// code cache written, accepted, and replaced when it belongs to another build or V8 rejects it, and the
// per-module build used whenever the bundle is missing or older than it. Built into test-output/ so that it never
// races the other CLI tests, which compile dist-node.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-output', 'cli-bundle');
const APP = path.join(OUT, 'app'); // bin/ beside a dist-node of its own, as in an installed package
const BUNDLE = path.join(APP, 'dist-node', 'bundle', 'cli.js');
const CACHE = `${BUNDLE}.cache`;
const MAIN = path.join(APP, 'dist-node', 'cli', 'main.js');
const SAMPLE = path.join(ROOT, 'assets', 'sample-ledger.xlsx');

function cli(...args: string[]) {
  const p = spawnSync(process.execPath, [path.join(APP, 'bin', 'publicity-ledger.js'), ...args], {
    encoding: 'utf8', cwd: OUT, env: { ...process.env, PUBLICITY_LEDGER_TIMING: '1' },
  });
  return { code: p.status, out: p.stdout, err: p.stderr, loadedAs: /^\[timing\] load CLI \d+ ms \((.+)\)$/m.exec(p.stderr)?.[1] };
}

const calcArgs = (name: string) => ['calc', SAMPLE, '--period', '2026Q3', '--out', path.join(OUT, `${name}.xlsx`), '--json', path.join(OUT, `${name}.json`)];
const bytes = (name: string) => fs.readFileSync(path.join(OUT, name));
const buildId = () => /^\/\*! publicity-ledger CLI build (\w+) \*\//.exec(fs.readFileSync(BUNDLE, 'utf8'))![1];

/** Every part of a .docx but its timestamps (docProps/core.xml holds the time of writing). */
async function docxParts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (name !== 'docProps/core.xml' && !zip.files[name].dir) parts[name] = await zip.files[name].async('base64');
  }
  return parts;
}

beforeAll(() => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(path.join(APP, 'bin'), { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, 'bin'))) fs.copyFileSync(path.join(ROOT, 'bin', f), path.join(APP, 'bin', f));
  const webpack = spawnSync(process.execPath, [
    require.resolve('webpack-cli/bin/cli.js'), '--config', 'webpack.node.config.js', '--env', `out=${path.relative(ROOT, path.dirname(BUNDLE))}`,
  ], { cwd: ROOT, encoding: 'utf8' });
  if (!fs.existsSync(BUNDLE)) throw new Error(`bundle build failed: ${webpack.stdout}${webpack.stderr}`);
}, 300000);

it('writes the same workbook, report and notice as the sources, and then its code cache', async () => {
  const bundled = cli(...calcArgs('bundled'), '--notice', path.join(OUT, 'bundled.docx'));
  expect(bundled.err).not.toContain('意外错误');
  expect(bundled.code).toBe(0);
  expect(bundled.loadedAs).toBe('bundle, code cache none');
  expect(bundled.out).toContain('通报（Word）已写入');
  const sources = await run([...calcArgs('sources'), '--notice', path.join(OUT, 'sources.docx')], () => {}, () => {});
  expect(sources).toBe(0);
  expect(bytes('bundled.xlsx').equals(bytes('sources.xlsx'))).toBe(true);
  expect(bytes('bundled.json').equals(bytes('sources.json'))).toBe(true);
  // the notice comes from chunks loaded on demand (docx, React, the charts through the native resvg)
  const notice = await docxParts(path.join(OUT, 'bundled.docx'));
  expect(Object.keys(notice)).toContain('word/document.xml');
  expect(notice).toEqual(await docxParts(path.join(OUT, 'sources.docx')));
  // the cache is tied to this build
  expect(fs.readFileSync(CACHE).subarray(0, buildId().length + 1).toString()).toBe(`${buildId()}\n`);
});

it('uses its code cache, and replaces one that belongs to another build or that V8 rejects', () => {
  const cache = fs.readFileSync(CACHE);
  const accepted = cli(...calcArgs('cached'));
  expect(accepted.code).toBe(0);
  expect(accepted.loadedAs).toBe('bundle, code cache accepted');
  expect(fs.readFileSync(CACHE).equals(cache)).toBe(true); // a good cache is left alone
  expect(bytes('cached.xlsx').equals(bytes('sources.xlsx'))).toBe(true);

  // a cache from another build: V8 checks only the length of the source, so the loader must not offer it
  fs.writeFileSync(CACHE, Buffer.concat([Buffer.from('0123456789abcdef0123\n'), cache.subarray(buildId().length + 1)]));
  const otherBuild = cli(...calcArgs('other-build'));
  expect(otherBuild.loadedAs).toBe('bundle, code cache none');
  expect(fs.readFileSync(CACHE).subarray(0, buildId().length).toString()).toBe(buildId());

  // this build's id over data V8 cannot use (as after a Node upgrade): rejected, results unchanged, rewritten
  const garbage = Buffer.concat([Buffer.from(`${buildId()}\n`), Buffer.alloc(4096, 7)]);
  fs.writeFileSync(CACHE, garbage);
  const rejected = cli(...calcArgs('rejected'));
  expect(rejected.code).toBe(0);
  expect(rejected.loadedAs).toBe('bundle, code cache rejected');
  expect(bytes('rejected.xlsx').equals(bytes('sources.xlsx'))).toBe(true);
  expect(fs.readFileSync(CACHE).equals(garbage)).toBe(false);
  expect(cli(...calcArgs('again')).loadedAs).toBe('bundle, code cache accepted');

  // only a full calculation writes a cache: help compiles too little of the CLI to be worth keeping
  fs.rmSync(CACHE);
  expect(cli('--help').code).toBe(0);
  expect(fs.existsSync(CACHE)).toBe(false);
});

it('falls back to the per-module build when the bundle is missing or older, and says when there is neither', () => {
  fs.mkdirSync(path.dirname(MAIN), { recursive: true });
  fs.writeFileSync(MAIN, "exports.run = async (argv) => { console.log('per-module ' + argv.join(' ')); return 0; };\n");
  const bundleTime = fs.statSync(BUNDLE).mtime;
  // newer per-module build (a bare `tsc -p tsconfig.node.json` after the bundle): the bundle is stale
  fs.utimesSync(MAIN, bundleTime, new Date(bundleTime.getTime() + 60000));
  const stale = cli('--help');
  expect(stale.loadedAs).toBe('per-module build');
  expect(stale.out).toContain('per-module --help');
  // older per-module build: the bundle is current
  fs.utimesSync(MAIN, bundleTime, new Date(bundleTime.getTime() - 60000));
  const current = cli('--help');
  expect(current.loadedAs).toMatch(/^bundle/);
  expect(current.out).toContain('用法 Usage');
  // no bundle at all
  fs.renameSync(BUNDLE, `${BUNDLE}.away`);
  expect(cli('--help').loadedAs).toBe('per-module build');
  // nothing built
  fs.rmSync(MAIN);
  const none = cli('--help');
  expect(none.code).toBe(1);
  expect(none.err).toContain('尚未编译');
  fs.renameSync(`${BUNDLE}.away`, BUNDLE);
});
