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
  /** rows that print together: the title with the notes, then each table with its charts */
  sections: Array<{ first: number; last: number }>;
}

/** rows a chart takes */
export const CHART_ROWS = 15;
const CHART_COLS = 7;
/** a notice chart goes beside its table when the columns right of the table are at least this share of the width */
const BESIDE_SHARE = 0.4;

type Corners = SheetLayout['charts'][number];

/**
 * Rows top to bottom: title, notes, a blank line, then each table (caption, header, rows) and a blank line.
 * The notice keeps each chart with its table, beside a narrow table or below a wide one, and records those
 * sections so that its printed pages break between them, never through a table or a chart.
 */
export function layoutSheet(sheet: OutputSheet): SheetLayout {
  let row = 1;
  const titleRow = row++;
  const noteRows = sheet.notes.map(() => row++);
  const sections: SheetLayout['sections'] = [{ first: titleRow, last: row - 1 }];
  row++; // blank line before the first table
  const widths = columnWidths(sheet);
  const lastCol = Math.max(1, widths.length);
  const widthFrom = (col: number) => widths.slice(col - 1).reduce((a, b) => a + b, 0);
  const inline = sheet.kind === 'notice';
  const charts: Corners[] = [];
  const blocks = sheet.blocks.map((b, index) => {
    const captionRow = row;
    const headerRow = captionRow + 1;
    const placement = {
      captionRow, headerRow, firstDataRow: headerRow + 1, lastRow: headerRow + b.rows.length,
      firstCol: 1, lastCol: Math.max(1, b.columns.length),
    };
    let end = Math.max(placement.lastRow, headerRow + 1); // an empty table keeps one blank data row
    for (const [i, c] of sheet.charts.entries()) {
      if (!inline || c.block !== index) continue;
      if (placement.lastCol < lastCol && widthFrom(placement.lastCol + 1) >= BESIDE_SHARE * widthFrom(1)) {
        charts[i] = { from: { row: captionRow, col: placement.lastCol + 1 }, to: { row: captionRow + CHART_ROWS, col: lastCol + 1 } };
        end = Math.max(end, captionRow + CHART_ROWS - 1);
      } else {
        charts[i] = { from: { row: end + 2, col: 1 }, to: { row: end + 2 + CHART_ROWS, col: lastCol + 1 } };
        end += 1 + CHART_ROWS;
      }
    }
    sections.push({ first: captionRow, last: end });
    row = end + 2; // blank line between tables
    return placement;
  });
  sheet.charts.forEach((_, i) => {
    const top = 3 + i * (CHART_ROWS + 3);
    charts[i] ??= { from: { row: top, col: lastCol + 2 }, to: { row: top + CHART_ROWS, col: lastCol + 2 + CHART_COLS } };
  });
  return { titleRow, noteRows, blocks, charts, lastCol, lastRow: row - 2, sections };
}

/** Width in characters per column (index 0 = column A): the widest of the tables' columns there. */
export function columnWidths(sheet: OutputSheet): number[] {
  const widths: number[] = [];
  for (const block of sheet.blocks) block.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
  return Array.from(widths, (w) => w ?? 0);
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
