// Raw rows of the detected ledger sources: merged cells filled in, blank and 合计/小计 rows told apart.
import type { CellValue, Detection, LedgerField, SheetData, WorkbookData } from './types';
import { cellText } from './text';
import { columnLetters } from './layout';

export interface RawRow {
  sheet: string;
  row: number; // Excel row
  get(field: LedgerField): CellValue;
  column(field: LedgerField): string; // column letters ('' when the field is not mapped)
  header(field: LedgerField): string;
  has(field: LedgerField): boolean;
}

export type RowKind = 'data' | 'blank' | 'total';

const TOTAL_ROW = /^(本[月季年期]|全年|全部|总)?(合计|小计|总计|累计)/;

function mergedValues(sheet: SheetData): Map<number, CellValue> {
  const map = new Map<number, CellValue>();
  for (const m of sheet.merges ?? []) {
    const v = sheet.rows[m.top]?.[m.left];
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) map.set(r * 16384 + c, v);
  }
  return map;
}

/** Every row between each source's header and its last data row, with its kind. */
export function* ledgerRows(wb: WorkbookData, detection: Detection): Generator<{ raw: RawRow; kind: RowKind }> {
  for (const src of detection.sources) {
    const sheet = wb.sheets.find((s) => s.name === src.sheet)!;
    const merged = mergedValues(sheet);
    const fields = Object.keys(src.columns) as LedgerField[];
    const index = {} as Record<LedgerField, number>;
    for (const f of fields) index[f] = src.columns[f]!.index;
    for (let r = src.headerRow; r < src.lastRow; r++) {
      const cells = sheet.rows[r] ?? [];
      const value = (c: number): CellValue => {
        const v = cells[c];
        return (v === null || v === undefined) && merged.size ? merged.get(r * 16384 + c) : v;
      };
      const raw: RawRow = {
        sheet: sheet.name,
        row: r + 1,
        get: (f) => (f in index ? value(index[f]) : undefined),
        column: (f) => (f in index ? columnLetters(index[f] + 1) : ''),
        header: (f) => src.columns[f]?.header ?? '',
        has: (f) => f in index,
      };
      yield { raw, kind: rowKind(fields.map((f) => cellText(value(index[f]))), cellText(cells[src.firstCol])) };
    }
  }
}

function rowKind(texts: string[], firstCell: string): RowKind {
  if (texts.every((t) => t === '')) return 'blank';
  if (TOTAL_ROW.test(firstCell.replace(/\s/g, '')) || texts.some((t) => TOTAL_ROW.test(t.replace(/\s/g, '')) && t.replace(/\s/g, '').length <= 6)) return 'total';
  return 'data';
}
