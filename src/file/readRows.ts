// Rows of a sheet as the core sees them (rows[r][c], gaps padded), built from the scanner's operation log or by
// the reader's regex path for prefixed markup. The log's shared-string indices and number styles are resolved here,
// against the workbook's tables.
import type { CellValue } from '../core/types';
import { EXCEL_EPOCH_OFFSET, MS_PER_DAY } from '../core/dates';
import { NO_COL, OP, type SheetScan } from './sheetScan';

export interface SheetContext {
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

/** Excel serial -> Date whose UTC date/time is the cell's date/time (the core reads UTC fields). */
export function serialToDate(serial: number, date1904 = false): Date {
  const s = date1904 ? serial + 1462 : serial;
  return new Date(Math.round((s - EXCEL_EPOCH_OFFSET) * MS_PER_DAY));
}

/** Collects cells into rows[r][c] (Excel row r+1, column c+1), padding gaps with empty rows and nulls. */
export class RowCollector {
  readonly rows: CellValue[][] = [];
  private row: CellValue[] = [];
  private index = -1;
  private next = 0; // column of a cell written without a reference

  /** A <row> whose r attribute is `index` + 1; without one (undefined) it follows the previous row. `width`, when
   *  known, is the length the row's cells will give it: a new row is allocated that long (nulls) at once. */
  start(index: number | undefined, width = 0): void {
    this.index = index !== undefined ? index : this.index + 1;
    while (this.rows.length < this.index) this.rows.push([]);
    this.row = this.rows[this.index] ?? (this.rows[this.index] = width > 0 ? new Array<CellValue>(width).fill(null) : []);
    this.next = 0;
  }

  /** A cell at column `col`, or after the previous cell when the reference is missing. */
  put(col: number | undefined, value: CellValue): void {
    if (this.index < 0) this.start(0);
    const c = col ?? this.next;
    this.next = c + 1;
    if (value === null || value === '') return;
    while (this.row.length < c) this.row.push(null);
    this.row[c] = value;
  }

  result(): CellValue[][] {
    for (let k = 0; k < this.rows.length; k++) if (!this.rows[k]) this.rows[k] = [];
    return this.rows;
  }
}

/**
 * The length RowCollector.put gives a new row from the cells logged after operation `k` up to the next row (`v`:
 * index of the first of their OP.value values): one past the last column that gets a value. Rows then need no
 * growing, and hold no spare capacity (a 100k-row ledger's rows are a good part of the reader's memory).
 */
function rowWidth(scan: SheetScan, k: number, v: number, strings: string[]): number {
  const { count, meta, cols, nums, values } = scan;
  let width = 0;
  let next = 0;
  for (let j = k + 1; j < count; j++) {
    const kind = meta[j] & 7;
    if (kind === OP.row || kind === OP.nextRow) break;
    const c = cols[j] === NO_COL ? next : cols[j];
    next = c + 1;
    let stored = kind === OP.number;
    if (kind === OP.shared) stored = (strings[nums[j]] ?? '') !== '';
    else if (kind === OP.value) {
      const value = values[v++];
      stored = value !== null && value !== '';
    }
    if (stored && c >= width) width = c + 1;
  }
  return width;
}

/** The rows a scan logged, with shared strings and date styles looked up in `ctx`. */
export function replaySheet(scan: SheetScan, ctx: SheetContext): CellValue[][] {
  const out = new RowCollector();
  const { count, meta, cols, nums, values } = scan;
  const { strings, dateStyles, date1904 } = ctx;
  // A sheet's date cells repeat a few hundred days: one Date per serial (nothing mutates a cell's Date), instead of
  // one object per cell that would live as long as the workbook (a 100k-row ledger with its history has 200k).
  const dates = new Map<number, Date>();
  const dateOf = (serial: number) => {
    let d = dates.get(serial);
    if (d === undefined) dates.set(serial, (d = serialToDate(serial, date1904)));
    return d;
  };
  let v = 0;
  for (let k = 0; k < count; k++) {
    const m = meta[k];
    const kind = m & 7;
    if (kind === OP.row) out.start(nums[k], rowWidth(scan, k, v, strings));
    else if (kind === OP.nextRow) out.start(undefined, rowWidth(scan, k, v, strings));
    else {
      const col = cols[k] === NO_COL ? undefined : cols[k];
      if (kind === OP.shared) out.put(col, strings[nums[k]] ?? '');
      else if (kind === OP.number) {
        const style = (m >>> 3) - 1;
        out.put(col, style >= 0 && dateStyles[style] ? dateOf(nums[k]) : nums[k]);
      } else out.put(col, kind === OP.value ? values[v++] : null);
    }
  }
  return out.result();
}
