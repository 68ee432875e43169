// Small hand-made workbooks for core tests, written the way offices write them.
import { layoutSheet, type CellValue, type OutputSheet, type SheetData, type WorkbookData } from '../../src/core';

export const TODAY = '2026-11-21';

export function sheetOf(name: string, rows: CellValue[][]): SheetData {
  return { name, rows };
}

export const LEDGER_HEADER = ['序号', '稿件标题', '作者', '单位', '刊发媒体', '媒体级别', '体裁', '刊发日期', '版面'];

/** A ledger sheet with a merged title row above the header. */
export function ledgerSheet(name: string, rows: CellValue[][], header: CellValue[] = LEDGER_HEADER): SheetData {
  return {
    name,
    rows: [['青山县人大常委会2026年宣传稿件登记台账'], header, ...rows.map((r, i) => [i + 1, ...r])],
    merges: [{ top: 0, left: 0, bottom: 0, right: header.length - 1 }],
  };
}

export function workbook(...sheets: SheetData[]): WorkbookData {
  return { sheets };
}

/** An output sheet as the shells lay it out, read back as plain cells (for round-trip tests). */
export function sheetFromOutput(out: OutputSheet, name = out.name): SheetData {
  const lay = layoutSheet(out);
  const rows: CellValue[][] = [];
  rows[lay.titleRow - 1] = [out.title];
  out.notes.forEach((n, i) => { rows[lay.noteRows[i] - 1] = [n]; });
  out.blocks.forEach((b, i) => {
    const p = lay.blocks[i];
    rows[p.captionRow - 1] = [b.caption];
    rows[p.headerRow - 1] = b.columns.map((c) => c.header);
    b.rows.forEach((r, j) => { rows[p.firstDataRow - 1 + j] = [...r]; });
  });
  for (let i = 0; i < rows.length; i++) rows[i] = rows[i] ?? [];
  return { name, rows };
}
