// Where each part of an output sheet goes, so that every shell writes the same cells.
import type { OutputSheet } from './types';

export interface BlockPlacement {
  captionRow: number; // 1-based Excel rows
  headerRow: number;
  firstDataRow: number;
  lastRow: number; // == headerRow when the table has no data rows
  firstCol: number; // 1-based
  lastCol: number;
}

export interface SheetLayout {
  titleRow: number;
  noteRows: number[];
  blocks: BlockPlacement[];
  /** top-left cell (1-based) for each chart, to the right of the widest table */
  charts: Array<{ row: number; col: number }>;
  lastCol: number;
}

export function layoutSheet(sheet: OutputSheet): SheetLayout {
  let row = 1;
  const titleRow = row++;
  const noteRows = sheet.notes.map(() => row++);
  row++; // blank line before the first table
  let lastCol = 1;
  const blocks = sheet.blocks.map((b) => {
    const captionRow = row++;
    const headerRow = row++;
    const firstDataRow = row;
    row += b.rows.length;
    const placement = {
      captionRow, headerRow, firstDataRow, lastRow: headerRow + b.rows.length,
      firstCol: 1, lastCol: Math.max(1, b.columns.length),
    };
    lastCol = Math.max(lastCol, placement.lastCol);
    row++; // blank line between tables
    return placement;
  });
  const charts = sheet.charts.map((_, i) => ({ row: 3 + i * 18, col: lastCol + 2 }));
  return { titleRow, noteRows, blocks, charts, lastCol };
}

/** 1-based column number -> letters (1 -> A, 27 -> AA). */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}
