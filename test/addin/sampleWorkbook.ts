// The sample ledger as the spreadsheet hosts hold it, shared by the Office and WPS end-to-end tests.
import * as fs from 'fs';
import { TextDecoder as NodeTextDecoder } from 'util';
import * as path from 'path';
import * as zlib from 'zlib';
import type { CellValue, Report, WorkbookData } from '../../src/core';

/** What Excel holds for a cell the file shell read: dates as serial numbers, errors as their text. */
export function excelValue(v: CellValue): unknown {
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  if (v && typeof v === 'object' && 'error' in v) return v.error;
  return v;
}

/** Excel hands dates to the add-in as serial numbers, so an issue quoting a date cell quotes the serial
 *  (46611) where the file shell quotes 2027-08-12. Same cell, same finding; compare them as dates. */
export function sameDates(report: Report): Report {
  const iso = (serial: number) => new Date((serial - 25_569) * 86_400_000).toISOString().slice(0, 10);
  return {
    ...report,
    issues: report.issues.map((i) => (/DATE/.test(i.code) && i.value && /^\d{5}$/.test(i.value) ? { ...i, value: iso(Number(i.value)) } : i)),
  };
}

export async function sampleFromFile(): Promise<WorkbookData> {
  // jsdom has no TextDecoder, which the file shell's zip reader needs at load time.
  (globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= NodeTextDecoder;
  const { readXlsx } = await import('../../src/file');
  const bytes = new Uint8Array(fs.readFileSync(path.join(__dirname, '../../assets/sample-ledger.xlsx')));
  return readXlsx(bytes, { inflateRaw: (d: Uint8Array) => zlib.inflateRawSync(d) });
}

/** jsdom has no ResizeObserver, which the pane's Fluent UI components use. */
export function installResizeObserver(): void {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
