// A1-address helpers for the Office shell (Office.js reports addresses as 'Sheet'!A1:C9).
import type { CellRect } from '../../core';

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'Sheet1'!B3:D9 (or B3, or B:B is not supported) -> 0-based rectangle. */
export function parseRangeAddress(address: string): CellRect {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [a, b = a] = local.split(':');
  const cell = (s: string) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`bad cell address ${s}`);
    return { row: Number(m[2]) - 1, col: colNumber(m[1]) - 1 };
  };
  const p = cell(a);
  const q = cell(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** Reference to a cell in another sheet for a hyperlink or formula: 'It''s'!C5 */
export function sheetReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
