// Reads every worksheet of the active workbook as plain values for the core, a block of rows at a time
// (Range.Value2 of at most CHUNK_CELLS cells), giving the pane a chance to repaint between blocks.
import { cellAddress, type SheetData, type TableInfo, type WorkbookData, type CellValue } from '../core';
import { CancelledError } from '../ui/calc/errors';
import type { HostProgress } from '../ui/host';
import { fillGaps, placeChunk } from '../addin/office/read';
import { sheetAt, SHEET_VISIBLE, type EtRange, type EtWorksheet } from './etModel';
import { activeWorkbook, type WpsRuntime } from './runtime';

/** Cells per Value2 call: large enough to be fast, small enough that WPS stays responsive. */
export const CHUNK_CELLS = 50_000;

interface Extent {
  top: number; // 0-based
  left: number;
  rows: number;
  cols: number;
}

function extentOf(r: EtRange): Extent {
  return { top: r.Row - 1, left: r.Column - 1, rows: r.Rows.Count, cols: r.Columns.Count };
}

/** Value2 of a single cell is a scalar, of a block a 2-D array. */
export function asGrid(v: unknown): unknown[][] {
  return Array.isArray(v) ? (v as unknown[][]) : [[v]];
}

export function rangeAddress(e: Extent): string {
  return `${cellAddress(e.top + 1, e.left + 1)}:${cellAddress(e.top + e.rows, e.left + e.cols)}`;
}

function tablesOf(ws: EtWorksheet): TableInfo[] {
  const out: TableInfo[] = [];
  for (let i = 1; i <= ws.ListObjects.Count; i++) {
    const t = ws.ListObjects.Item(i);
    const e = extentOf(t.Range);
    out.push({ name: t.Name, top: e.top, left: e.left, bottom: e.top + e.rows - 1, right: e.left + e.cols - 1 });
  }
  return out;
}

export async function readWorkbook(rt: WpsRuntime, onProgress?: HostProgress, signal?: AbortSignal): Promise<WorkbookData> {
  const wb = activeWorkbook(rt);
  const sheets = Array.from({ length: wb.Worksheets.Count }, (_, i) => sheetAt(wb, i + 1));
  const extents = sheets.map((ws) => extentOf(ws.UsedRange));
  const total = Math.max(1, extents.reduce((n, e) => n + e.rows * e.cols, 0));
  let done = 0;
  const data: SheetData[] = [];
  for (const [i, ws] of sheets.entries()) {
    const e = extents[i];
    const rows: CellValue[][] = [];
    const step = Math.max(1, Math.floor(CHUNK_CELLS / e.cols));
    for (let r = 0; r < e.rows; r += step) {
      if (signal?.aborted) throw new CancelledError(); // 取消 between chunks; nothing was changed
      const chunk = { sheet: i, top: e.top + r, left: e.left, rows: Math.min(step, e.rows - r), cols: e.cols };
      placeChunk(rows, chunk, asGrid(ws.Range(rangeAddress(chunk)).Value2));
      done += chunk.rows * chunk.cols;
      onProgress?.(Math.min(1, done / total));
      await rt.yieldToHost();
    }
    const sheet: SheetData = { name: ws.Name, rows: fillGaps(trimEmpty(rows)) };
    if (ws.Visible !== SHEET_VISIBLE) sheet.hidden = true;
    const tables = tablesOf(ws);
    if (tables.length) sheet.tables = tables;
    data.push(sheet);
  }
  return { sheets: data };
}

/** An empty sheet's used range is A1 holding nothing: give the core no rows rather than one empty row. */
function trimEmpty(rows: CellValue[][]): CellValue[][] {
  return rows.length === 1 && rows[0].every((v) => v === null) ? [] : rows;
}
