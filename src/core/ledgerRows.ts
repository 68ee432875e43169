// Raw rows of the detected ledger sources: merged cells filled in, blank and 合计/小计 rows told apart.
import type { CellValue, Detection, LedgerField, LedgerSource, SheetData, WorkbookData } from './types';
import { cellAt, cellText } from './text';
import { columnLetters } from './layout';

export type RowKind = 'data' | 'blank' | 'total';

const NO_CELLS: CellValue[] = [];

const TOTAL_ROW = /^(本[月季年期]|全年|全部|总)?(合计|小计|总计|累计)/;
// First characters TOTAL_ROW can match: other cells are told apart without building their spaceless text.
const TOTAL_START = new Set([...'本全总合小累'].map((c) => c.charCodeAt(0)));

/** A first character that makes a text neither blank after tidying nor a 合计/小计 label: printable ASCII or a
 *  CJK ideograph other than TOTAL_START (most cells of a row are told apart by this alone). */
function plainStart(c: number): boolean {
  return (c > 32 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff && !TOTAL_START.has(c));
}

/** A 合计/小计 label (spaces inside ignored); `t` is display text, so it does not start with a space. */
function isTotalLabel(t: string): boolean {
  return TOTAL_START.has(t.charCodeAt(0)) && TOTAL_ROW.test(t.replace(/\s/g, ''));
}

/** One ledger row. forEachLedgerRow moves one object along a source's rows (a hundred thousand short-lived
 *  objects were measurable GC work): a visitor copies what it keeps and never keeps the row itself. */
export class RawRow {
  row = 0; // Excel row
  private cells: readonly CellValue[] = NO_CELLS;
  /** cell index of every mapped field, for kind() */
  private readonly fieldCells: number[];

  constructor(
    readonly sheet: string,
    private readonly src: LedgerSource,
    private readonly merged: Map<number, CellValue>,
  ) {
    this.fieldCells = Object.values(src.columns).flatMap((m) => (m ? [m.index] : []));
  }

  /** Point at another row of the same source. */
  moveTo(row: number, cells: readonly CellValue[]): void {
    this.row = row;
    this.cells = cells;
  }

  get(field: LedgerField): CellValue {
    const m = this.src.columns[field];
    return m ? this.cell(m.index) : undefined;
  }

  private cell(index: number): CellValue {
    const v = cellAt(this.cells, index); // 3% of the reads here are past a short row's end
    return (v === null || v === undefined) && this.merged.size ? this.merged.get((this.row - 1) * 16384 + index) : v;
  }

  /** Column letters of a field ('' when the field is not mapped). */
  column(field: LedgerField): string {
    const m = this.src.columns[field];
    return m ? columnLetters(m.index + 1) : '';
  }

  header(field: LedgerField): string {
    return this.src.columns[field]?.header ?? '';
  }

  has(field: LedgerField): boolean {
    return this.src.columns[field] !== undefined;
  }

  kind(): RowKind {
    let blank = true;
    for (const index of this.fieldCells) {
      const v = this.cell(index);
      if (v === null || v === undefined || v === '') continue;
      // Only short texts can be 合计/小计 labels or blank-looking; long ones are plain data.
      if (typeof v === 'string' && v.length <= 12 && !plainStart(v.charCodeAt(0))) {
        const t = cellText(v);
        if (t === '') continue;
        if (isTotalLabel(t)) return 'total';
      }
      blank = false;
    }
    if (blank) return 'blank';
    const first = this.cells[this.src.firstCol];
    return typeof first === 'string' && first.length <= 12 && isTotalLabel(cellText(first)) ? 'total' : 'data';
  }
}

function mergedValues(sheet: SheetData): Map<number, CellValue> {
  const map = new Map<number, CellValue>();
  for (const m of sheet.merges ?? []) {
    const v = sheet.rows[m.top]?.[m.left];
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) map.set(r * 16384 + c, v);
  }
  return map;
}

/** Every row between each source's header and its last data row, with its kind (a callback, not a generator:
 *  a hundred thousand iterator results are measurable garbage); `raw` is the same object on every call. */
export function forEachLedgerRow(wb: WorkbookData, detection: Detection, visit: (raw: RawRow, kind: RowKind) => void): void {
  for (const src of detection.sources) {
    const sheet = wb.sheets.find((s) => s.name === src.sheet)!;
    const raw = new RawRow(sheet.name, src, mergedValues(sheet));
    for (let r = src.headerRow; r < src.lastRow; r++) {
      raw.moveTo(r + 1, sheet.rows[r] ?? NO_CELLS);
      visit(raw, raw.kind());
    }
  }
}
