// Excel number formats for the core's column formats (same meaning as the file shell's).
import type { ColumnFormat, OutputCell } from '../../core';

export const TEXT_FORMAT = '@';

const FORMATS: Record<ColumnFormat, string> = {
  text: TEXT_FORMAT,
  int: '0',
  decimal: '0.00',
  yuan: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
};

/** Number format for one cell: strings are always text ('@'), so '=…', '001' or '2026-07' stay as typed. */
export function cellFormat(format: ColumnFormat, value: OutputCell): string {
  return typeof value === 'string' ? TEXT_FORMAT : FORMATS[format];
}

/** Excel column width in points from a width in characters (about 7 px per character plus padding). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}
