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
