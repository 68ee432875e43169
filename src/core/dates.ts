// Date parsing for ledger cells. Every form in SPEC.md is accepted; anything else is rejected, never guessed.
import type { CellValue } from './types';
import { boundedMemo, cleanText } from './text';

/** Days since 1970-01-01 (UTC); the unit of every date in the core. */
export type DayNumber = number;

export const MS_PER_DAY = 86400000;
/** Excel serial 25569 = 1970-01-01 (serial 0 = 1899-12-30) in the 1900 date system, which counts the
 *  non-existent 1900-02-29. The one place the epoch lives; the file reader and writer import it. */
export const EXCEL_EPOCH_OFFSET = 25569;

export function dayFromYmd(y: number, m: number, d: number): DayNumber | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round(t / MS_PER_DAY);
}

export function ymdFromDay(day: DayNumber): { y: number; m: number; d: number } {
  const dt = new Date(day * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

// A ledger spans a few hundred distinct days but formats them once per row and record.
const dayText: (day: DayNumber) => string = boundedMemo((day: DayNumber) => {
  const { y, m, d } = ymdFromDay(day);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
});
let lastDay = NaN;
let lastDayText = '';

/** YYYY-MM-DD. Rows sorted by day ask for the same day many times in a row: that one is answered without a lookup. */
export function formatDay(day: DayNumber): string {
  if (day !== lastDay) { lastDayText = dayText(day); lastDay = day; }
  return lastDayText;
}

/** Excel serial (1900 system) → day; serial 60 (the fictitious 1900-02-29) and non-positive serials are invalid. */
export function dayFromExcelSerial(serial: number): DayNumber | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466 || Math.floor(serial) === 60) return null;
  const whole = Math.floor(serial);
  return whole < 60 ? whole - EXCEL_EPOCH_OFFSET + 1 : whole - EXCEL_EPOCH_OFFSET;
}

export function dayToExcelSerial(day: DayNumber): number {
  return day + EXCEL_EPOCH_OFFSET;
}

const TEXT_FORMS: RegExp[] = [
  /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/, // 2026-3-5, 2026/03/05, 2026.3.5
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/, // 2026年3月5日
  /^(\d{4})(\d{2})(\d{2})$/, // 20260305
];

/** Parse a date cell; null when it is not one of the accepted forms or not a real calendar date. */
export function parseDateCell(v: CellValue): DayNumber | null {
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isNaN(t) ? null : Math.floor(t / MS_PER_DAY);
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 19000101 && v <= 99991231) return parseDateText(String(v));
    return dayFromExcelSerial(v);
  }
  if (typeof v === 'string') return parseDateText(v);
  return null;
}

// Typed dates repeat a few hundred days over a ledger and its payout history: each text is parsed once.
export const parseDateText: (raw: string) => DayNumber | null = boundedMemo(parseDateTextOnce);

function parseDateTextOnce(raw: string): DayNumber | null {
  const s = cleanText(raw); // full-width digits and separators become half-width here
  for (const re of TEXT_FORMS) {
    const m = re.exec(s);
    if (m) return dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

/** 'YYYY-MM-DD' → day (for `today`); throws on anything else. */
export function dayFromIso(iso: string): DayNumber {
  const d = parseDateText(iso);
  if (d === null) throw new Error(`无效日期：${iso}`);
  return d;
}
