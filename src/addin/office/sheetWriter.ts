// Writes one OutputSheet into a (new, empty) worksheet: a translation of core describeSheet into Office.js
// calls, so that the add-in and the file shell produce the same layout.
import { cellAddress, cellOutput, customRowHeights, describeSheet, MARGIN_SIDES, marginPoints, type CellLink, type OutputBlock, type OutputCell, type OutputSheet } from '../../core';
import type { BlockDescription, SheetDescription } from '../../core';
import { sheetReference } from './address';
import type { WriteBatcher } from './batcher';
import { TEXT_FORMAT, widthInPoints } from './formats';
import { CELL_LIMIT, jsonBytes, PAYLOAD_BUDGET_BYTES } from './payload';

/** Bytes of a small operation (a format, a name, a hyperlink) in the request. */
const OP_BYTES = 200;
/** A values chunk takes at most half a batch, leaving room for the formats and small operations around it. */
const CHUNK_BYTES = PAYLOAD_BUDGET_BYTES / 2;
const TABLE_STYLE = 'TableStyleMedium2';
const CHART_TYPES = { column: 'ColumnClustered', bar: 'BarClustered', line: 'Line' } as const;

export interface WrittenTable {
  table: Excel.Table;
  name: string; // the name it must get once the old sheets are gone
}

export interface SheetWriteOptions {
  batcher: WriteBatcher;
  /** temporary table name (tables need workbook-unique names while the old sheet still exists) */
  tempTableName: (blockIndex: number) => string;
  onRows?: (rows: number) => void;
  /** describeSheet(sheet), when the worker has computed it already */
  layout?: SheetDescription;
}

async function writeText(ws: Excel.Worksheet, o: SheetWriteOptions, row: number, text: string, size?: number) {
  await o.batcher.reserve(OP_BYTES + jsonBytes(text));
  const r = ws.getRange(cellAddress(row, 1));
  r.numberFormat = [[TEXT_FORMAT]];
  r.values = [[text]];
  r.format.font.bold = true;
  if (size) r.format.font.size = size;
}

/** Data rows in chunks of at most CHUNK_BYTES (values + formats) and CELL_LIMIT cells. */
async function writeRows(ws: Excel.Worksheet, o: SheetWriteOptions, block: OutputBlock, p: BlockDescription) {
  const cols = block.columns.length;
  const cells = (row: OutputCell[]) => block.columns.map((col, c) => cellOutput(col.format, row[c] ?? null));
  let i = 0;
  while (i < block.rows.length) {
    const values: (string | number)[][] = [];
    const formats: string[][] = [];
    let bytes = 0;
    while (i < block.rows.length && (values.length + 1) * cols <= CELL_LIMIT) {
      const out = cells(block.rows[i]);
      const v = out.map((x) => x.value ?? '');
      const f = out.map((x) => x.format);
      const b = jsonBytes(v) + jsonBytes(f);
      if (values.length && (bytes + b > CHUNK_BYTES || o.batcher.sliceSpent())) break;
      values.push(v);
      formats.push(f);
      bytes += b;
      i++;
    }
    await o.batcher.reserve(bytes + OP_BYTES);
    const range = ws.getRangeByIndexes(p.firstDataRow - 1 + i - values.length, p.firstCol - 1, values.length, cols);
    range.numberFormat = formats; // before values: a '@' cell keeps '=…' as text
    range.values = values;
    o.onRows?.(values.length);
  }
}

async function writeLinks(ws: Excel.Worksheet, o: SheetWriteOptions, block: OutputBlock, p: BlockDescription) {
  const links = block.links ?? [];
  for (let i = 0; i < links.length; i++) {
    const link: CellLink | null = links[i];
    if (!link) continue;
    const text = String(block.rows[i]?.[p.linkCol] ?? link.address);
    await o.batcher.reserve(OP_BYTES + jsonBytes(text) + jsonBytes(link));
    ws.getRange(cellAddress(p.firstDataRow + i, p.firstCol + p.linkCol)).hyperlink = {
      documentReference: sheetReference(link.sheet, link.address),
      textToDisplay: text,
      screenTip: `${link.sheet}!${link.address}`,
    };
  }
}

const BORDERS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** Thin borders, headings aligned with their numbers, long text wrapped (as the description says). */
async function writeTableFormat(ws: Excel.Worksheet, o: SheetWriteOptions, p: BlockDescription) {
  await o.batcher.reserve(OP_BYTES * (BORDERS.length + p.align.length * 2));
  const table = ws.getRange(p.tableRange);
  for (const edge of BORDERS) table.format.borders.getItem(edge).style = 'Continuous';
  const rows = Math.max(1, p.lastRow - p.headerRow);
  p.align.forEach((a, c) => {
    if (a === 'right') ws.getRangeByIndexes(p.headerRow - 1, p.firstCol - 1 + c, 1, 1).format.horizontalAlignment = 'Right';
    if (p.wrap[c]) ws.getRangeByIndexes(p.firstDataRow - 1, p.firstCol - 1 + c, rows, 1).format.wrapText = true;
  });
}

async function writeBlock(ws: Excel.Worksheet, o: SheetWriteOptions, block: OutputBlock, p: BlockDescription, index: number) {
  await writeText(ws, o, p.captionRow, block.caption);
  const headers = block.columns.map((c) => c.header);
  await o.batcher.reserve(OP_BYTES + jsonBytes(headers) * 2);
  const header = ws.getRangeByIndexes(p.headerRow - 1, p.firstCol - 1, 1, headers.length);
  header.numberFormat = [headers.map(() => TEXT_FORMAT)];
  header.values = [headers];
  await writeRows(ws, o, block, p);
  await o.batcher.reserve(OP_BYTES);
  await writeTableFormat(ws, o, p);
  const table = ws.tables.add(p.tableRange, true);
  table.name = o.tempTableName(index);
  table.style = TABLE_STYLE;
  await writeLinks(ws, o, block, p);
  return { table, name: block.tableName };
}

async function writeCharts(ws: Excel.Worksheet, o: SheetWriteOptions, charts: SheetDescription['charts']) {
  for (const spec of charts) {
    await o.batcher.reserve(OP_BYTES * (2 + spec.series.length));
    const chart = ws.charts.add(CHART_TYPES[spec.type], ws.getRange(spec.series[0].values), 'Columns');
    chart.title.text = spec.title;
    spec.series.forEach((s, k) => {
      const series = k === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      if (k > 0) series.setValues(ws.getRange(s.values));
      series.name = s.name;
      series.setXAxisValues(ws.getRange(spec.categories));
    });
    chart.setPosition(cellAddress(spec.from.row, spec.from.col), cellAddress(spec.to.row, spec.to.col));
  }
}

/** The notice's title centred and its paragraphs wrapped, each in cells merged across the page. */
async function writeMerges(ws: Excel.Worksheet, o: SheetWriteOptions, d: SheetDescription) {
  await o.batcher.reserve(OP_BYTES * (2 + d.merges.length * 3));
  for (const area of d.merges) ws.getRange(area).merge(false);
  if (d.titleAlign === 'center') ws.getRange(cellAddress(d.titleRow, 1)).format.horizontalAlignment = 'Center';
  if (!d.wrapNotes) return;
  for (const row of d.noteRows) {
    const cell = ws.getRange(cellAddress(row, 1)).format;
    cell.wrapText = true;
    cell.verticalAlignment = 'Top';
  }
}


async function writePageSetup(ws: Excel.Worksheet, o: SheetWriteOptions, d: SheetDescription) {
  await o.batcher.reserve(OP_BYTES * (12 + d.columnWidths.length + d.page.rowBreaks.length));
  d.columnWidths.forEach((w, i) => {
    if (w) ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthInPoints(w);
  });
  const layout = ws.pageLayout;
  const page = d.page;
  layout.paperSize = 'A4';
  layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.zoom = page.scale === null ? { horizontalFitToPages: page.fitToWidth, verticalFitToPages: page.fitToHeight } : { scale: page.scale };
  layout.centerHorizontally = page.centerHorizontally;
  layout.printGridlines = false;
  if (!page.showGridlines) ws.showGridlines = false;
  if (page.printArea) layout.setPrintArea(page.printArea);
  for (const row of page.rowBreaks) ws.horizontalPageBreaks.add(cellAddress(row, 1));
  for (const side of MARGIN_SIDES) layout[`${side}Margin` as const] = marginPoints(page, side);
  layout.headersFooters.defaultForAllPages.centerHeader = page.centerHeader;
  layout.headersFooters.defaultForAllPages.centerFooter = page.centerFooter;
  for (const [row, height] of customRowHeights(d)) {
    await o.batcher.reserve(OP_BYTES);
    ws.getRangeByIndexes(row - 1, 0, 1, 1).format.rowHeight = height;
  }
  if (d.frozenRows) ws.freezePanes.freezeRows(d.frozenRows);
  if (d.printTitleRows) layout.setPrintTitleRows(`$${d.printTitleRows.first}:$${d.printTitleRows.last}`);
}

/** Write the whole sheet; returns its tables so the caller can give them their final names at commit. */
export async function writeOutputSheet(ws: Excel.Worksheet, sheet: OutputSheet, o: SheetWriteOptions): Promise<WrittenTable[]> {
  const layout = o.layout ?? describeSheet(sheet);
  await writeText(ws, o, layout.titleRow, sheet.title, 14);
  for (const [i, note] of sheet.notes.entries()) {
    await o.batcher.reserve(OP_BYTES + jsonBytes(note));
    const r = ws.getRange(cellAddress(layout.noteRows[i], 1));
    r.numberFormat = [[TEXT_FORMAT]];
    r.values = [[note]];
  }
  await writeMerges(ws, o, layout);
  const tables: WrittenTable[] = [];
  for (const [i, block] of sheet.blocks.entries()) tables.push(await writeBlock(ws, o, block, layout.blocks[i], i));
  await writeCharts(ws, o, layout.charts);
  await writePageSetup(ws, o, layout);
  return tables;
}
