// Writes one OutputSheet into a (new, empty) worksheet at the places core layoutSheet gives, so that the
// add-in and the file shell produce the same cells.
import { cellAddress, layoutSheet, type CellLink, type OutputBlock, type OutputCell, type OutputSheet } from '../../core';
import type { BlockPlacement } from '../../core';
import { sheetReference } from './address';
import type { WriteBatcher } from './batcher';
import { cellFormat, TEXT_FORMAT, widthInPoints } from './formats';
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
async function writeRows(ws: Excel.Worksheet, o: SheetWriteOptions, block: OutputBlock, p: BlockPlacement) {
  const cols = block.columns.length;
  const rowValues = (row: OutputCell[]) => block.columns.map((_, c) => row[c] ?? '');
  const rowFormats = (row: OutputCell[]) => block.columns.map((col, c) => cellFormat(col.format, row[c] ?? null));
  let i = 0;
  while (i < block.rows.length) {
    const values: (string | number)[][] = [];
    const formats: string[][] = [];
    let bytes = 0;
    while (i < block.rows.length && (values.length + 1) * cols <= CELL_LIMIT) {
      const v = rowValues(block.rows[i]);
      const f = rowFormats(block.rows[i]);
      const b = jsonBytes(v) + jsonBytes(f);
      if (values.length && bytes + b > CHUNK_BYTES) break;
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

async function writeLinks(ws: Excel.Worksheet, o: SheetWriteOptions, block: OutputBlock, p: BlockPlacement) {
  const links = block.links ?? [];
  for (let i = 0; i < links.length; i++) {
    const link: CellLink | null = links[i];
    if (!link) continue;
    const text = String(block.rows[i]?.[0] ?? link.address);
    await o.batcher.reserve(OP_BYTES + jsonBytes(text) + jsonBytes(link));
    ws.getRange(cellAddress(p.firstDataRow + i, p.firstCol)).hyperlink = {
      documentReference: sheetReference(link.sheet, link.address),
      textToDisplay: text,
      screenTip: `${link.sheet}!${link.address}`,
    };
  }
}

async function writeBlock(ws: Excel.Worksheet, o: SheetWriteOptions, block: OutputBlock, p: BlockPlacement, index: number) {
  await writeText(ws, o, p.captionRow, block.caption);
  const headers = block.columns.map((c) => c.header);
  await o.batcher.reserve(OP_BYTES + jsonBytes(headers) * 2);
  const header = ws.getRangeByIndexes(p.headerRow - 1, p.firstCol - 1, 1, headers.length);
  header.numberFormat = [headers.map(() => TEXT_FORMAT)];
  header.values = [headers];
  await writeRows(ws, o, block, p);
  await o.batcher.reserve(OP_BYTES);
  const range = `${cellAddress(p.headerRow, p.firstCol)}:${cellAddress(p.lastRow, p.lastCol)}`;
  const table = ws.tables.add(range, true);
  table.name = o.tempTableName(index);
  table.style = TABLE_STYLE;
  await writeLinks(ws, o, block, p);
  return { table, name: block.tableName };
}

async function writeCharts(ws: Excel.Worksheet, o: SheetWriteOptions, sheet: OutputSheet, blocks: BlockPlacement[]) {
  const anchors = layoutSheet(sheet).charts;
  for (const [i, spec] of sheet.charts.entries()) {
    const block = sheet.blocks[spec.block];
    const p = blocks[spec.block];
    if (!block?.rows.length || !spec.series.length) continue;
    await o.batcher.reserve(OP_BYTES * (2 + spec.series.length));
    const column = (c: number) => ws.getRangeByIndexes(p.firstDataRow - 1, p.firstCol - 1 + c, block.rows.length, 1);
    const categories = column(0);
    const chart = ws.charts.add(CHART_TYPES[spec.type], column(spec.series[0]), 'Columns');
    chart.title.text = spec.title;
    spec.series.forEach((c, k) => {
      const series = k === 0 ? chart.series.getItemAt(0) : chart.series.add(block.columns[c].header);
      if (k > 0) series.setValues(column(c));
      series.name = block.columns[c].header;
      series.setXAxisValues(categories);
    });
    const a = anchors[i];
    chart.setPosition(cellAddress(a.row, a.col), cellAddress(a.row + 15, a.col + 7));
  }
}

async function writePageSetup(ws: Excel.Worksheet, o: SheetWriteOptions, sheet: OutputSheet, blocks: BlockPlacement[]) {
  await o.batcher.reserve(OP_BYTES * 4);
  const widths: number[] = [];
  for (const b of sheet.blocks) b.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
  widths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthInPoints(w)));
  const layout = ws.pageLayout;
  layout.orientation = sheet.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // Results: all columns on one page width; the notice: one page.
  layout.zoom = sheet.orientation === 'landscape' ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { horizontalFitToPages: 1, verticalFitToPages: 1 };
  layout.headersFooters.defaultForAllPages.centerHeader = sheet.title;
  if (blocks.length) {
    const h = blocks[0].headerRow;
    ws.freezePanes.freezeRows(h);
    layout.setPrintTitleRows(`$${h}:$${h}`);
  }
}

/** Write the whole sheet; returns its tables so the caller can give them their final names at commit. */
export async function writeOutputSheet(ws: Excel.Worksheet, sheet: OutputSheet, o: SheetWriteOptions): Promise<WrittenTable[]> {
  const layout = layoutSheet(sheet);
  await writeText(ws, o, layout.titleRow, sheet.title, 14);
  for (const [i, note] of sheet.notes.entries()) {
    await o.batcher.reserve(OP_BYTES + jsonBytes(note));
    const r = ws.getRange(cellAddress(layout.noteRows[i], 1));
    r.numberFormat = [[TEXT_FORMAT]];
    r.values = [[note]];
  }
  const tables: WrittenTable[] = [];
  for (const [i, block] of sheet.blocks.entries()) tables.push(await writeBlock(ws, o, block, layout.blocks[i], i));
  await writeCharts(ws, o, sheet, layout.blocks);
  await writePageSetup(ws, o, sheet, layout.blocks);
  return tables;
}
