// A cell's value from its `t` attribute and <v> text, for what needs no workbook table: the sheet scanner (maybe in
// a worker, without the shared strings or styles) and the reader's regex path share these.
import type { CellValue } from '../core/types';
import { decodeXml } from './xml';

/** Value of a `str`, `b`, `e` or `d` cell; undefined for the other types (shared strings, numbers). */
export function textTypedValue(t: string, v: string): CellValue | undefined {
  switch (t) {
    case 'str':
      return decodeXml(v);
    case 'b':
      return v === '1' || v === 'true';
    case 'e':
      return { error: decodeXml(v) };
    case 'd': {
      const d = new Date(v.length <= 10 ? `${v}T00:00:00Z` : v.endsWith('Z') ? v : `${v}Z`);
      return Number.isNaN(d.getTime()) ? decodeXml(v) : d;
    }
    default:
      return undefined;
  }
}

/** The number a <v> text holds, or the (decoded) text itself when it is not a finite number. */
export function numberOrText(v: string): number | string {
  const n = Number(v);
  return !Number.isFinite(n) || v === '' ? decodeXml(v) : n;
}
