// Settings sheets are found by name (tolerant of spaces and full-width forms) and read by header like the ledger.
import type { CellValue, Issue, SheetData, WorkbookData } from './types';
import { findHeaderRow, type SynonymTable } from './headers';
import { cellText, cleanText, compactKey } from './text';
import { columnLetters } from './layout';

export const SETTINGS_SHEETS = { rules: '统计规则', roster: '通讯员名单', directory: '媒体目录', targets: '任务目标' } as const;

export function findSettingsSheet(wb: WorkbookData, name: string): SheetData | undefined {
  const key = compactKey(name);
  return wb.sheets.find((s) => compactKey(s.name) === key) ?? wb.sheets.find((s) => compactKey(s.name).includes(key));
}

export function isSettingsSheetName(name: string): boolean {
  const k = compactKey(name);
  return Object.values(SETTINGS_SHEETS).some((n) => k.includes(compactKey(n)));
}

export interface SettingsRow<F extends string> {
  row: number; // Excel row
  cells: Partial<Record<F, CellValue>>;
  text: Partial<Record<F, string>>;
  col: Partial<Record<F, string>>; // column letters, for messages (shared by all rows)
}

/** Rows of a settings table under its header; blank rows skipped. Throws nothing: missing header → []. */
export function readSettingsTable<F extends string>(
  sheet: SheetData, synonyms: SynonymTable<F>, required: readonly NoInfer<F>[], problems: Issue[], maxScan = 30,
): SettingsRow<F>[] {
  const out: SettingsRow<F>[] = [];
  eachSettingsRow(sheet, synonyms, required, problems, maxScan, (r) => out.push(r));
  return out;
}

/** The columns of a settings table: field → column index and letters, and the first row under the header;
 *  undefined (with the problem reported) when the header or a required column is missing. */
export interface SettingsColumns<F extends string> {
  fields: F[];
  indexes: number[];
  col: Partial<Record<F, string>>;
  firstRow: number; // 0-based index into sheet.rows
}

export function settingsColumns<F extends string>(
  sheet: SheetData, synonyms: SynonymTable<F>, required: readonly NoInfer<F>[], problems: Issue[], maxScan: number,
): SettingsColumns<F> | undefined {
  const header = findHeaderRow(sheet.rows, synonyms, required, { maxScan });
  const missing = header ? required.filter((f) => !header.columns[f]) : required;
  if (!header || missing.length) {
    problems.push(settingsProblem(sheet.name, (header?.row ?? 0) + 1, '',
      `找不到表头列“${missing.map((f) => synonyms[f][0]).join('、')}”`, 'SETTINGS_HEADER'));
    return undefined;
  }
  const fields = Object.keys(header.columns) as F[];
  const indexes = fields.map((f) => header.columns[f]!.index);
  const col: Partial<Record<F, string>> = {};
  fields.forEach((f, k) => { col[f] = columnLetters(indexes[k] + 1); });
  return { fields, indexes, col, firstRow: header.row + 1 };
}

/** Whether a settings row has any text in the table's columns (blank rows are skipped). */
export function isBlankSettingsRow(rowCells: readonly CellValue[] | undefined, indexes: readonly number[]): boolean {
  if (!rowCells) return true;
  for (const i of indexes) if (cellText(rowCells[i])) return false;
  return true;
}

/** The same rows one by one. */
export function eachSettingsRow<F extends string>(
  sheet: SheetData, synonyms: SynonymTable<F>, required: readonly NoInfer<F>[], problems: Issue[], maxScan: number,
  visit: (row: SettingsRow<F>) => void,
): void {
  const table = settingsColumns(sheet, synonyms, required, problems, maxScan);
  if (!table) return;
  const { fields, indexes, col } = table;
  for (let r = table.firstRow; r < sheet.rows.length; r++) {
    const rowCells = sheet.rows[r] ?? [];
    const cells: Partial<Record<F, CellValue>> = {};
    const text: Partial<Record<F, string>> = {};
    let any = false;
    for (let k = 0; k < fields.length; k++) {
      const v = rowCells[indexes[k]];
      const t = cellText(v);
      cells[fields[k]] = v;
      text[fields[k]] = t;
      if (t) any = true;
    }
    if (any) visit({ row: r + 1, cells, text, col });
  }
}

export function settingsProblem(sheet: string, row: number, column: string, message: string, code: string, value?: string): Issue {
  return { sheet, row, column, severity: 'error', code, message, ...(value !== undefined ? { value } : {}) };
}

/** A number in a settings cell: plain numbers, '60%', '￥200', '200元'; null when not a number. */
export function settingsNumber(v: CellValue): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const s = cleanText(cellText(v)).replace(/[,，\s元￥¥倍×xX*]/g, '');
  if (!s) return null;
  const pct = /^(-?\d+(?:\.\d+)?)%$/.exec(s);
  if (pct) return Number(pct[1]) / 100;
  return /^-?\d+(?:\.\d+)?$/.test(s) ? Number(s) : null;
}
