// Writes one OutputSheet into a new, empty ET worksheet at the places core layoutSheet gives: a thin
// translation of the core's layout into ET calls, like src/addin/office/sheetWriter.ts does for Office.js.
import {
  cellAddress, columnLetters, layoutSheet, type BlockPlacement, type OutputBlock, type OutputSheet,
} from '../core';
import { sheetReference } from '../addin/office/address';
import { cellFormat, TEXT_FORMAT } from '../addin/office/formats';
import { chartObjects, type EtApplication, type EtListObject, type EtWorksheet } from './etModel';
import { CHUNK_CELLS } from './read';

const TABLE_STYLE = 'TableStyleMedium2';
/** XlChartType: xlColumnClustered, xlBarClustered, xlLine */
const CHART_TYPES = { column: 51, bar: 57, line: 4 } as const;
const XL_SRC_RANGE = 1;
const XL_YES = 1;
const XL_PORTRAIT = 1;
const XL_LANDSCAPE = 2;
/** chart size in points: about 8 default columns by 16 rows */
const CHART_WIDTH = 480;
const CHART_HEIGHT = 288;

export interface WrittenTable {
  table: EtListObject;
  name: string; // the name it gets once the old sheets are gone
}

export interface EtSheetWriteOptions {
  app: EtApplication;
  /** temporary table name (table names are workbook-wide while the old sheet still exists) */
  tempTableName: (blockIndex: number) => string;
  onRows?: (rows: number) => void;
  yieldToHost: () => Promise<void>;
}

function writeText(ws: EtWorksheet, row: number, text: string, bold: boolean, size?: number): void {
  const r = ws.Range(cellAddress(row, 1));
  r.NumberFormat = TEXT_FORMAT; // a note starting with '=' stays text
  r.Value2 = text;
  if (bold) r.Font.Bold = true;
  if (size) r.Font.Size = size;
}

function area(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** Number formats per column, then '@' for the text cells of numeric columns (before their values, so
 *  '001' or '=…' stay as typed). */
function writeFormats(ws: EtWorksheet, block: OutputBlock, p: BlockPlacement): void {
  if (!block.rows.length) return;
  block.columns.forEach((col, c) => {
    const format = cellFormat(col.format, 0);
    ws.Range(area(p.firstDataRow, p.firstCol + c, p.lastRow, p.firstCol + c)).NumberFormat = format;
    if (format === TEXT_FORMAT) return;
    block.rows.forEach((row, i) => {
      if (typeof row[c] === 'string') ws.Range(cellAddress(p.firstDataRow + i, p.firstCol + c)).NumberFormat = TEXT_FORMAT;
    });
  });
}

async function writeRows(ws: EtWorksheet, o: EtSheetWriteOptions, block: OutputBlock, p: BlockPlacement) {
  const cols = block.columns.length;
  const step = Math.max(1, Math.floor(CHUNK_CELLS / cols));
  for (let i = 0; i < block.rows.length; i += step) {
    const rows = block.rows.slice(i, i + step).map((row) => block.columns.map((_, c) => row[c] ?? ''));
    const top = p.firstDataRow + i;
    ws.Range(area(top, p.firstCol, top + rows.length - 1, p.lastCol)).Value2 = rows;
    o.onRows?.(rows.length);
    await o.yieldToHost();
  }
}

function writeLinks(ws: EtWorksheet, block: OutputBlock, p: BlockPlacement): void {
  (block.links ?? []).forEach((link, i) => {
    if (!link) return;
    // No TextToDisplay: the cell keeps the value already written (a number stays a number).
    const anchor = ws.Range(cellAddress(p.firstDataRow + i, p.firstCol));
    ws.Hyperlinks.Add(anchor, '', sheetReference(link.sheet, link.address), `${link.sheet}!${link.address}`);
  });
}

async function writeBlock(ws: EtWorksheet, o: EtSheetWriteOptions, block: OutputBlock, p: BlockPlacement, index: number) {
  writeText(ws, p.captionRow, block.caption, true);
  const header = ws.Range(area(p.headerRow, p.firstCol, p.headerRow, p.firstCol + block.columns.length - 1));
  header.NumberFormat = TEXT_FORMAT;
  header.Value2 = [block.columns.map((c) => c.header)];
  writeFormats(ws, block, p);
  await writeRows(ws, o, block, p);
  const table = ws.ListObjects.Add(XL_SRC_RANGE, area(p.headerRow, p.firstCol, p.lastRow, p.lastCol), undefined, XL_YES);
  table.Name = o.tempTableName(index);
  table.TableStyle = TABLE_STYLE;
  writeLinks(ws, block, p);
  return { table, name: block.tableName };
}

function writeCharts(ws: EtWorksheet, sheet: OutputSheet, blocks: BlockPlacement[]): void {
  const anchors = layoutSheet(sheet).charts;
  sheet.charts.forEach((spec, i) => {
    const block = sheet.blocks[spec.block];
    const p = blocks[spec.block];
    if (!block?.rows.length || !spec.series.length) return;
    // Series refer to the sheet by name; ET keeps the references right when the sheet is renamed at commit.
    const column = (c: number) => {
      const l = columnLetters(p.firstCol + c);
      return `=${sheetReference(ws.Name, `$${l}$${p.firstDataRow}:$${l}$${p.lastRow}`)}`;
    };
    const at = ws.Range(cellAddress(anchors[i].row, anchors[i].col));
    const chart = chartObjects(ws).Add(at.Left, at.Top, CHART_WIDTH, CHART_HEIGHT).Chart;
    chart.ChartType = CHART_TYPES[spec.type];
    for (const c of spec.series) {
      const series = chart.SeriesCollection().NewSeries();
      series.Name = block.columns[c].header;
      series.Values = column(c);
      series.XValues = column(0);
    }
    chart.HasTitle = true;
    chart.ChartTitle.Text = spec.title;
  });
}

function writePageSetup(ws: EtWorksheet, o: EtSheetWriteOptions, sheet: OutputSheet, blocks: BlockPlacement[]): void {
  const widths: number[] = [];
  for (const b of sheet.blocks) b.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
  // ET column widths are in characters, as the core gives them.
  widths.forEach((w, i) => (ws.Range(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).ColumnWidth = w));
  const page = ws.PageSetup;
  const landscape = sheet.orientation === 'landscape';
  page.Orientation = landscape ? XL_LANDSCAPE : XL_PORTRAIT;
  // Results: all columns on one page width; the notice: one page.
  page.Zoom = false;
  page.FitToPagesWide = 1;
  page.FitToPagesTall = landscape ? false : 1;
  page.CenterHeader = sheet.title;
  if (!blocks.length) return;
  const h = blocks[0].headerRow;
  page.PrintTitleRows = `$${h}:$${h}`;
  // Frozen rows belong to the window: freeze while this sheet is the active one.
  ws.Activate();
  const win = o.app.ActiveWindow;
  win.FreezePanes = false;
  win.ScrollRow = 1;
  win.SplitColumn = 0;
  win.SplitRow = h;
  win.FreezePanes = true;
}

/** Write the whole sheet; returns its tables so the caller can give them their final names at commit. */
export async function writeOutputSheet(ws: EtWorksheet, sheet: OutputSheet, o: EtSheetWriteOptions): Promise<WrittenTable[]> {
  const layout = layoutSheet(sheet);
  writeText(ws, layout.titleRow, sheet.title, true, 14);
  sheet.notes.forEach((note, i) => writeText(ws, layout.noteRows[i], note, false));
  const tables: WrittenTable[] = [];
  for (const [i, block] of sheet.blocks.entries()) tables.push(await writeBlock(ws, o, block, layout.blocks[i], i));
  writeCharts(ws, sheet, layout.blocks);
  writePageSetup(ws, o, sheet, layout.blocks);
  return tables;
}
