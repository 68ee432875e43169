// Shared inputs of the browser tests: paths, the pinned "today", and the CLI-side numbers to compare with.
import * as fs from 'fs';
import * as path from 'path';
import { calculate, type CalcResult } from '../../src/core';
import { readXlsx } from '../../src/file';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const SAMPLE = path.join(ROOT, 'assets', 'sample-ledger.xlsx');
export const OUT = path.join(ROOT, 'test-output', 'e2e');

/** The page gets the same date through ?today= so both sides judge "future" dates alike. */
export const TODAY = '2026-11-21';

export function outPath(name: string): string {
  fs.mkdirSync(OUT, { recursive: true });
  return path.join(OUT, name);
}

/** What the CLI computes on the same bytes (core + file shell in Node). */
export async function nodeResult(file: string): Promise<CalcResult> {
  const wb = await readXlsx(new Uint8Array(fs.readFileSync(file)));
  return calculate(wb, { today: TODAY });
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Text found only in the .xlsx file shell (its error messages): tells which scripts carry it. */
const FILE_SHELL_MARK = '文件是空的';

/** Whether any of these served script paths contains the file shell. */
export function carriesFileShell(scriptPaths: string[]): boolean {
  return scriptPaths.some((p) => fs.readFileSync(path.join(DIST, p), 'utf8').includes(FILE_SHELL_MARK));
}

export function scriptsIn(requested: string[]): string[] {
  return requested.filter((p) => p.endsWith('.js')).map((p) => decodeURIComponent(p).replace(/^\/+/, ''));
}
