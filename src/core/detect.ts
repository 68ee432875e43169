// Ledger detection: which sheets (or Excel tables) are article ledgers, where their header row is, and which
// column holds which field. The user's override (remembered in the workbook) wins.
import type { Detection, LedgerField, LedgerSource, MappingOverride, SheetData, WorkbookData } from './types';
import { findHeaderRow, mapHeaderRow, type SynonymTable } from './headers';
import { isSettingsSheetName } from './settingsSheets';
import { MARKER_SHEET, PAYOUT_SHEET, ownedSheetNames } from './sheetPlan';
import { cellText } from './text';

export const LEDGER_SYNONYMS: SynonymTable<LedgerField> = {
  title: ['标题', '稿件标题', '题目', '文章标题', '稿件名称', '新闻标题', '篇名', '稿件题目', '作品标题', '作品名称'],
  authors: ['作者', '撰稿人', '通讯员', '署名', '作者姓名', '作者（通讯员）', '撰稿'],
  unit: ['单位', '所在单位', '报送单位', '委室', '部门', '所属单位', '作者单位', '供稿单位'],
  outlet: ['媒体', '刊发媒体', '发表媒体', '媒体名称', '刊物', '载体', '采用媒体', '来源', '刊登媒体', '发布媒体', '刊发平台'],
  level: ['级别', '媒体级别', '层级', '媒体等级', '媒体分级', '等级', '刊发类别'],
  date: ['发表日期', '刊发日期', '刊发时间', '发表时间', '见报日期', '采用日期', '发布日期', '日期', '刊登日期', '播出日期'],
  genre: ['体裁', '类型', '稿件类型', '类别', '稿件体裁'],
  position: ['版面', '位置', '是否头条', '版次', '刊发位置'],
  words: ['字数', '篇幅字数', '篇幅'],
  status: ['状态', '是否采用', '采用情况', '采用状态'],
  id: ['稿件编号', '编号'],
};

export const REQUIRED_FIELDS: readonly LedgerField[] = ['title', 'authors', 'outlet', 'date'];
const RESULT_SHEET = /^(排名|稿酬|任务进度|校验|通报)-/;

function isProductOrSettingsSheet(name: string, owned: Set<string>): boolean {
  return name === MARKER_SHEET || name === PAYOUT_SHEET || owned.has(name) || RESULT_SHEET.test(name) || isSettingsSheetName(name);
}

function lastDataRow(sheet: SheetData, from: number, to: number, cols: number[]): number {
  for (let r = Math.min(to, sheet.rows.length - 1); r >= from; r--) {
    const row = sheet.rows[r];
    if (row && cols.some((c) => cellText(row[c]) !== '')) return r;
  }
  return from - 1;
}

function makeSource(sheet: SheetData, headerRow: number, columns: LedgerSource['columns'], firstCol: number, lastCol: number,
  table?: { name: string; bottom: number }, top?: number): LedgerSource {
  const missingRequired = REQUIRED_FIELDS.filter((f) => !columns[f]);
  const cols = Object.values(columns).map((m) => m!.index);
  const last = lastDataRow(sheet, headerRow + 1, table ? table.bottom : sheet.rows.length - 1, cols);
  return {
    sheet: sheet.name, ...(table ? { table: table.name } : {}), headerRow: headerRow + 1,
    ...(top === undefined ? {} : { headerRows: [top + 1, headerRow + 1] as [number, number] }), lastRow: Math.max(last + 1, headerRow + 1),
    firstCol, lastCol, columns, missingRequired,
    sure: missingRequired.length === 0 && REQUIRED_FIELDS.every((f) => columns[f]!.confidence !== 'partial'),
  };
}

function detectSheet(sheet: SheetData): LedgerSource[] {
  if (sheet.tables?.length) {
    return sheet.tables.map((t) => makeSource(sheet, t.top,
      mapHeaderRow(sheet.rows[t.top] ?? [], LEDGER_SYNONYMS, t.left, t.right), t.left, t.right, t));
  }
  const header = findHeaderRow(sheet.rows, LEDGER_SYNONYMS, REQUIRED_FIELDS, { twoLevel: true });
  if (!header) return [];
  const width = Math.max(sheet.rows[header.row]?.length ?? 1, header.top === undefined ? 0 : sheet.rows[header.top]?.length ?? 0);
  return [makeSource(sheet, header.row, header.columns, 0, width - 1, undefined, header.top)];
}

export function detectLedger(wb: WorkbookData, mapping?: MappingOverride): Detection {
  const owned = ownedSheetNames(wb);
  const sources: LedgerSource[] = [];
  const candidates: LedgerSource[] = [];
  for (const sheet of wb.sheets) {
    const manual = mapping?.sheets.find((m) => m.sheet === sheet.name);
    if (manual) {
      const header = sheet.rows[manual.headerRow - 1] ?? [];
      const columns: LedgerSource['columns'] = {};
      for (const [f, index] of Object.entries(manual.columns) as [LedgerField, number][]) {
        columns[f] = { index, header: cellText(header[index]), confidence: 'manual' };
      }
      const src = makeSource(sheet, manual.headerRow - 1, columns, 0, Math.max(0, header.length - 1));
      (src.missingRequired.length ? candidates : sources).push({ ...src, sure: src.missingRequired.length === 0 });
      continue;
    }
    if (isProductOrSettingsSheet(sheet.name, owned)) continue;
    for (const src of detectSheet(sheet)) {
      const requiredFound = REQUIRED_FIELDS.length - src.missingRequired.length;
      if (src.missingRequired.length === 0) sources.push(src);
      else if (requiredFound >= 2) candidates.push(src);
    }
  }
  return { sources, candidates };
}
