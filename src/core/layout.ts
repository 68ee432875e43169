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
  /** corners (1-based cells) of each chart: below its table in the notice (a printed page has no room
   *  beside the tables), to the right of the widest table elsewhere */
  charts: Array<{ from: { row: number; col: number }; to: { row: number; col: number } }>;
  lastCol: number;
  /** the last row used by a table, a note or a chart */
  lastRow: number;
}

/** rows a chart takes */
export const CHART_ROWS = 15;
const CHART_COLS = 7;

export function layoutSheet(sheet: OutputSheet): SheetLayout {
  let row = 1;
  const titleRow = row++;
  const noteRows = sheet.notes.map(() => row++);
  row++; // blank line before the first table
  const lastCol = Math.max(1, ...sheet.blocks.map((b) => b.columns.length));
  const inline = sheet.kind === 'notice';
  const charts: SheetLayout['charts'] = [];
  const blocks = sheet.blocks.map((b, index) => {
    const captionRow = row++;
    const headerRow = row++;
    const firstDataRow = row;
    row += b.rows.length;
    const placement = {
      captionRow, headerRow, firstDataRow, lastRow: headerRow + b.rows.length,
      firstCol: 1, lastCol: Math.max(1, b.columns.length),
    };
    row++; // blank line between tables
    sheet.charts.forEach((c, i) => {
      if (!inline || c.block !== index) return;
      charts[i] = { from: { row, col: 1 }, to: { row: row + CHART_ROWS, col: lastCol + 1 } };
      row += CHART_ROWS + 1;
    });
    return placement;
  });
  sheet.charts.forEach((_, i) => {
    const top = 3 + i * (CHART_ROWS + 3);
    charts[i] ??= { from: { row: top, col: lastCol + 2 }, to: { row: top + CHART_ROWS, col: lastCol + 2 + CHART_COLS } };
  });
  return { titleRow, noteRows, blocks, charts, lastCol, lastRow: row - 2 };
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

/** A1:B2 -> $A$1:$B$2, for references that must not move (chart series, print areas). */
export function absoluteA1(a1: string): string {
  return a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}
