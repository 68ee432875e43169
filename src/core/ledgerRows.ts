// Raw rows of the detected ledger sources: merged cells filled in, blank and 合计/小计 rows told apart.
import type { CellValue, Detection, LedgerField, LedgerSource, SheetData, WorkbookData } from './types';
import { cellText } from './text';
import { columnLetters } from './layout';

export type RowKind = 'data' | 'blank' | 'total';

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

/** One ledger row; a class rather than closures because there may be a hundred thousand of them. */
export class RawRow {
  constructor(
    readonly sheet: string,
    readonly row: number, // Excel row
    private readonly cells: readonly CellValue[],
    private readonly src: LedgerSource,
    private readonly merged: Map<number, CellValue>,
  ) {}

  get(field: LedgerField): CellValue {
    const m = this.src.columns[field];
    if (!m) return undefined;
    const v = this.cells[m.index];
    return (v === null || v === undefined) && this.merged.size ? this.merged.get((this.row - 1) * 16384 + m.index) : v;
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

  kind(fields: readonly LedgerField[]): RowKind {
    let blank = true;
    for (const f of fields) {
      const v = this.get(f);
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

const NO_CELLS: CellValue[] = [];

/** Every row between each source's header and its last data row, with its kind (a callback, not a generator:
 *  a hundred thousand iterator results are measurable garbage). */
export function forEachLedgerRow(wb: WorkbookData, detection: Detection, visit: (raw: RawRow, kind: RowKind) => void): void {
  for (const src of detection.sources) {
    const sheet = wb.sheets.find((s) => s.name === src.sheet)!;
    const merged = mergedValues(sheet);
    const fields = Object.keys(src.columns) as LedgerField[];
    for (let r = src.headerRow; r < src.lastRow; r++) {
      const raw = new RawRow(sheet.name, r + 1, sheet.rows[r] ?? NO_CELLS, src, merged);
      visit(raw, raw.kind(fields));
    }
  }
}
