// Builds dist/ once before the browser tests, unless it is newer than every source file
// (so `npm run build` followed by the tests does not build twice). E2E_NO_BUILD=1 skips the check.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

function builtAt(): number {
  const marks = ['index.html', 'taskpane.html'].map((f) => path.join(DIST, f));
  return marks.every((f) => fs.existsSync(f)) ? Math.min(...marks.map((f) => fs.statSync(f).mtimeMs)) : 0;
}

function buildWpsIfMissing(cli: string): void {
  // npm test builds dist-wps/ before jest; a lone `npm run test:e2e` builds it here once.
  if (fs.existsSync(path.join(ROOT, 'dist-wps'))) return;
  const r = spawnSync(process.execPath, [cli, '--config', 'webpack.wps.config.js'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`WPS build failed (exit ${r.status ?? r.signal})`);
}

export default function globalSetup(): void {
  if (process.env.E2E_NO_BUILD === '1') return;
  buildWpsIfMissing(path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'));
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'src')),
    newestMtime(path.join(ROOT, 'webpack.config.js')),
    newestMtime(path.join(ROOT, 'package-lock.json')),
  );
  if (builtAt() > sources) return;
  const cli = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const r = spawnSync(process.execPath, [cli, '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`webpack build failed (exit ${r.status ?? r.signal})`);
}
