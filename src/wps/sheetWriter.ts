// Writes one OutputSheet into a new, empty ET worksheet: a thin translation of core describeSheet into ET
// calls, like src/addin/office/sheetWriter.ts does for Office.js and src/file/resultSheet.ts for the file.
import { absoluteA1, cellAddress, cellOutput, columnLetters, customRowHeights, describeSheet, MARGIN_SIDES, marginPoints, type OutputBlock, type OutputSheet } from '../core';
import type { BlockDescription, SheetDescription } from '../core';
import { sheetReference } from '../addin/office/address';
import { TEXT_FORMAT } from '../addin/office/formats';
import { chartObjects, type EtApplication, type EtListObject, type EtRange, type EtWorksheet } from './etModel';
import { CHUNK_CELLS } from './read';

const TABLE_STYLE = 'TableStyleMedium2';
/** XlChartType: xlColumnClustered, xlBarClustered, xlLine */
const CHART_TYPES = { column: 51, bar: 57, line: 4 } as const;
const XL_SRC_RANGE = 1;
const XL_YES = 1;
const XL_PORTRAIT = 1;
const XL_LANDSCAPE = 2;
const XL_PAPER_A4 = 9;
const XL_CONTINUOUS = 1;
const XL_HALIGN_RIGHT = -4152;
const XL_HALIGN_CENTER = -4108;
const XL_VALIGN_TOP = -4160;
/** left -> Left: ET names page properties in Pascal case. */
function capitalize<S extends string>(s: S): Capitalize<S> {
  return (s.charAt(0).toUpperCase() + s.slice(1)) as Capitalize<S>;
}

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
  /** describeSheet(sheet), when the worker has computed it already */
  layout?: SheetDescription;
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

/** Rows in chunks, each cell's format (from the core) before its value so '001' or '=…' stay as typed. */
async function writeRows(ws: EtWorksheet, o: EtSheetWriteOptions, block: OutputBlock, p: BlockDescription) {
  const cols = block.columns.length;
  const step = Math.max(1, Math.floor(CHUNK_CELLS / cols));
  for (let i = 0; i < block.rows.length; i += step) {
    const rows = block.rows.slice(i, i + step).map((row) => block.columns.map((col, c) => cellOutput(col.format, row[c] ?? null)));
    const top = p.firstDataRow + i;
    // one format per column where the chunk agrees, single cells where it does not (text in a number column)
    for (let c = 0; c < cols; c++) {
      const column = ws.Range(area(top, p.firstCol + c, top + rows.length - 1, p.firstCol + c));
      column.NumberFormat = p.formats[c];
      rows.forEach((r, k) => {
        if (r[c].format !== p.formats[c]) ws.Range(cellAddress(top + k, p.firstCol + c)).NumberFormat = r[c].format;
      });
    }
    ws.Range(area(top, p.firstCol, top + rows.length - 1, p.lastCol)).Value2 = rows.map((r) => r.map((x) => x.value ?? ''));
    o.onRows?.(rows.length);
    await o.yieldToHost();
  }
}

function writeLinks(ws: EtWorksheet, block: OutputBlock, p: BlockDescription): void {
  (block.links ?? []).forEach((link, i) => {
    if (!link) return;
    // No TextToDisplay: the cell keeps the value already written (a number stays a number).
    const anchor = ws.Range(cellAddress(p.firstDataRow + i, p.firstCol + p.linkCol));
    ws.Hyperlinks.Add(anchor, '', sheetReference(link.sheet, link.address), `${link.sheet}!${link.address}`);
  });
}

/** Thin borders, headings aligned with their numbers, long text wrapped (as the description says). */
function writeTableFormat(ws: EtWorksheet, p: BlockDescription): void {
  ws.Range(p.tableRange).Borders.LineStyle = XL_CONTINUOUS;
  const last = Math.max(p.lastRow, p.firstDataRow);
  p.align.forEach((a, c) => {
    if (a === 'right') ws.Range(cellAddress(p.headerRow, p.firstCol + c)).HorizontalAlignment = XL_HALIGN_RIGHT;
    if (p.wrap[c]) ws.Range(area(p.firstDataRow, p.firstCol + c, last, p.firstCol + c)).WrapText = true;
  });
}

async function writeBlock(ws: EtWorksheet, o: EtSheetWriteOptions, block: OutputBlock, p: BlockDescription, index: number) {
  writeText(ws, p.captionRow, block.caption, true);
  const header = ws.Range(area(p.headerRow, p.firstCol, p.headerRow, p.lastCol));
  header.NumberFormat = TEXT_FORMAT;
  header.Value2 = [block.columns.map((c) => c.header)];
  await writeRows(ws, o, block, p);
  const table = ws.ListObjects.Add(XL_SRC_RANGE, p.tableRange, undefined, XL_YES);
  table.Name = o.tempTableName(index);
  table.TableStyle = TABLE_STYLE;
  writeTableFormat(ws, p);
  writeLinks(ws, block, p);
  return { table, name: block.tableName };
}

function writeCharts(ws: EtWorksheet, charts: SheetDescription['charts']): void {
  // Series refer to the sheet by name; ET keeps the references right when the sheet is renamed at commit.
  const ref = (a1: string) => `=${sheetReference(ws.Name, absoluteA1(a1))}`;
  for (const spec of charts) {
    const from: EtRange = ws.Range(cellAddress(spec.from.row, spec.from.col));
    const to: EtRange = ws.Range(cellAddress(spec.to.row, spec.to.col));
    const chart = chartObjects(ws).Add(from.Left, from.Top, to.Left - from.Left, to.Top - from.Top).Chart;
    chart.ChartType = CHART_TYPES[spec.type];
    for (const s of spec.series) {
      const series = chart.SeriesCollection().NewSeries();
      series.Name = s.name;
      series.Values = ref(s.values);
      series.XValues = ref(spec.categories);
    }
    chart.HasTitle = true;
    chart.ChartTitle.Text = spec.title;
  }
}

/** The notice's title centred and its paragraphs wrapped, each in cells merged across the page. */
function writeMerges(ws: EtWorksheet, d: SheetDescription): void {
  for (const area of d.merges) ws.Range(area).Merge(false);
  if (d.titleAlign === 'center') ws.Range(cellAddress(d.titleRow, 1)).HorizontalAlignment = XL_HALIGN_CENTER;
  if (!d.wrapNotes) return;
  for (const row of d.noteRows) {
    const cell = ws.Range(cellAddress(row, 1));
    cell.WrapText = true;
    cell.VerticalAlignment = XL_VALIGN_TOP;
  }
}

function writePageSetup(ws: EtWorksheet, o: EtSheetWriteOptions, d: SheetDescription): void {
  // ET column widths are in characters, as the core gives them.
  d.columnWidths.forEach((w, i) => {
    if (w) ws.Range(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).ColumnWidth = w;
  });
  for (const [row, height] of customRowHeights(d)) ws.Range(cellAddress(row, 1)).RowHeight = height;
  const page = ws.PageSetup;
  const p = d.page;
  page.PaperSize = XL_PAPER_A4;
  page.Orientation = p.orientation === 'landscape' ? XL_LANDSCAPE : XL_PORTRAIT;
  if (p.scale === null) {
    page.Zoom = false;
    page.FitToPagesWide = p.fitToWidth;
    page.FitToPagesTall = p.fitToHeight || false; // 0 in the description = as many pages as needed
  } else page.Zoom = p.scale;
  page.CenterHorizontally = p.centerHorizontally;
  page.PrintGridlines = false;
  if (p.printArea) page.PrintArea = absoluteA1(p.printArea);
  for (const row of p.rowBreaks) ws.HPageBreaks.Add(ws.Range(cellAddress(row, 1)));
  for (const side of MARGIN_SIDES) page[`${capitalize(side)}Margin` as const] = marginPoints(p, side);
  page.CenterHeader = p.centerHeader;
  page.CenterFooter = p.centerFooter;
  if (d.printTitleRows) page.PrintTitleRows = `$${d.printTitleRows.first}:$${d.printTitleRows.last}`;
  if (!d.frozenRows && p.showGridlines) return;
  // Frozen rows and gridlines belong to the window: set them while this sheet is the active one.
  ws.Activate();
  const win = o.app.ActiveWindow;
  win.DisplayGridlines = p.showGridlines;
  if (!d.frozenRows) return;
  win.FreezePanes = false;
  win.ScrollRow = 1;
  win.SplitColumn = 0;
  win.SplitRow = d.frozenRows;
  win.FreezePanes = true;
}

/** Write the whole sheet; returns its tables so the caller can give them their final names at commit. */
export async function writeOutputSheet(ws: EtWorksheet, sheet: OutputSheet, o: EtSheetWriteOptions): Promise<WrittenTable[]> {
  const d = o.layout ?? describeSheet(sheet);
  writeText(ws, d.titleRow, sheet.title, true, 14);
  sheet.notes.forEach((note, i) => writeText(ws, d.noteRows[i], note, false));
  writeMerges(ws, d);
  const tables: WrittenTable[] = [];
  for (const [i, block] of sheet.blocks.entries()) tables.push(await writeBlock(ws, o, block, d.blocks[i], i));
  writeCharts(ws, d.charts);
  writePageSetup(ws, o, d);
  return tables;
}
