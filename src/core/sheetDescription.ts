// The whole layout of one output sheet, decided once: every shell (file writer, Office add-in, later WPS)
// only translates this description into its host's calls, so the shells cannot drift apart.
import { dayFromYmd, dayToExcelSerial } from './dates';
import { cellAddress, columnWidths as widthsOf, layoutSheet, type BlockPlacement } from './layout';
import { chartModel } from './chartData';
import { DEFAULT_ROW_POINTS, describePage, fitNotice, totalWidth, type PageDescription } from './printPage';
import type { ChartSpec, ColumnFormat, OutputCell, OutputSheet } from './types';

export type { PageDescription } from './printPage';

/** Excel number format code for each column format. */
export const FORMAT_CODES: Readonly<Record<ColumnFormat, string>> = {
  text: '@',
  int: '0',
  decimal: '0.00',
  yuan: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
};

/** Number format of one cell: strings are always text ('@'), so '=…', '001' or '2026-07' stay as typed. */
export function cellFormatCode(format: ColumnFormat, value: OutputCell): string {
  return typeof value === 'string' ? FORMAT_CODES.text : FORMAT_CODES[format];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What a shell writes into one cell: a YYYY-MM-DD text in a date column becomes an Excel date serial
 *  (so it sorts and filters as a date); anything else is written as it is. */
export function cellOutput(format: ColumnFormat, value: OutputCell): { value: OutputCell; format: string } {
  const serial = format === 'date' && typeof value === 'string' ? isoSerial(value) : null;
  if (serial !== null) return { value: serial, format: FORMAT_CODES.date };
  return { value, format: cellFormatCode(format, value) };
}

// Date columns repeat a few hundred days over up to a hundred thousand rows: parse each text once.
const SERIALS = new Map<string, number | null>();

function isoSerial(text: string): number | null {
  let serial = SERIALS.get(text);
  if (serial === undefined) {
    const m = ISO_DATE.exec(text);
    const day = m ? dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    serial = day === null ? null : dayToExcelSerial(day);
    if (SERIALS.size >= 50000) SERIALS.clear();
    SERIALS.set(text, serial);
  }
  return serial;
}

export interface BlockDescription extends BlockPlacement {
  /** 0-based column inside the block whose cell carries the row's hyperlink (校验: the 位置 column) */
  linkCol: number;
  /** Excel format code per column */
  formats: string[];
  /** horizontal alignment per column, the header's too, so a heading stands over its numbers */
  align: Array<'left' | 'right'>;
  /** long text columns wrap instead of running under the next column */
  wrap: boolean[];
  /** the table's range including its header; Excel needs one data row, so an empty table takes the blank row below */
  tableRange: string;
  /** height in points of each data row (index 0 = firstDataRow) whose wrapped text needs more than one line, 0 for
   *  the default; null when no column wraps. One number per row: the payout history has a hundred thousand rows,
   *  nearly all of them wrapped, and a Map entry each was most of laying them out. */
  rowHeights: Uint32Array | null;
}

export interface ChartDescription {
  id: ChartSpec['id'];
  title: string;
  type: 'column' | 'bar' | 'line';
  /** ranges on this sheet (A1 style, no sheet name) */
  categories: string;
  series: Array<{ name: string; values: string; data: number[] }>;
  /** the category texts, as the cells hold them (a file chart caches them for readers that do not compute) */
  categoryValues: string[];
  /** Excel number format of the values axis */
  valueFormat: string;
  /** 1-based cells of the top-left and bottom-right corners */
  from: { row: number; col: number };
  to: { row: number; col: number };
}

export interface SheetDescription {
  titleRow: number;
  noteRows: number[];
  blocks: BlockDescription[];
  /** rows frozen at the top (0 = none) */
  frozenRows: number;
  /** rows repeated on every printed page, 1-based inclusive, or null */
  printTitleRows: { first: number; last: number } | null;
  /** width in characters per column, index 0 = column A (0 = leave the default) */
  columnWidths: number[];
  charts: ChartDescription[];
  /** heights in points of the rows above the tables (title, notes); the tables' rows are in their blocks' rowHeights.
   *  Renderers do not all auto-fit: every row that needs more than one line gets a height (see customRowHeights). */
  rowHeights: Map<number, number>;
  page: PageDescription;
  /** ranges merged into one cell: the notice's title and paragraphs span the printed width */
  merges: string[];
  /** the notice's title is centred over the page; result sheets keep it at the left */
  titleAlign: 'center' | 'left';
  /** the notes wrap inside their merged cells (the notice) instead of running on to the right */
  wrapNotes: boolean;
  lastRow: number;
  lastCol: number;
}

/** A column naming the place of a problem (位置 / 单元格 / 工作表) carries the link, else the first column. */
const LINK_HEADER = /位置|单元格|工作表/;

const LINE_POINTS = 15;

/** Width of a text in Excel character units: CJK and full-width characters take two. */
export function textWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x1100) { w++; continue; }
    w += 2;
    // a surrogate pair is one (wide) character
    if (c >= 0xd800 && c <= 0xdbff) { const n = text.charCodeAt(i + 1); if (n >= 0xdc00 && n <= 0xdfff) i++; }
  }
  return w;
}

/** Heights of a block's data rows whose wrapped cells need several lines (0: one line), or null when none wraps. */
function wrappedRowHeights(block: OutputSheet['blocks'][number], wrap: readonly boolean[]): Uint32Array | null {
  const wrapped = wrap.flatMap((w, c) => (w ? [c] : []));
  if (!wrapped.length) return null;
  const perLine = wrapped.map((c) => Math.max(1, block.columns[c].width - 1));
  const rows = block.rows;
  const heights = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) { // a loop, not forEach and Math.max(...map()): a hundred thousand rows
    const row = rows[i];
    let lines = 1;
    for (let k = 0; k < wrapped.length; k++) {
      const v = row[wrapped[k]];
      const text = typeof v === 'string' ? v : String(v ?? '');
      // at most two columns a character: a text this short fits on one line without measuring it
      if (text.length * 2 > perLine[k]) lines = Math.max(lines, Math.ceil(textWidth(text) / perLine[k]));
    }
    if (lines > 1) heights[i] = lines * LINE_POINTS;
  }
  return heights;
}

/** Every row with a set height as [row, points]: the tables' rows first (top to bottom), then the title and notes. */
export function customRowHeights(d: Pick<SheetDescription, 'blocks' | 'rowHeights'>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const b of d.blocks) {
    const h = b.rowHeights;
    if (h) for (let i = 0; i < h.length; i++) if (h[i]) out.push([b.firstDataRow + i, h[i]]);
  }
  for (const entry of d.rowHeights) out.push(entry);
  return out;
}

/** The set height of a row in points, undefined for the default. */
export function rowHeightAt(d: Pick<SheetDescription, 'blocks' | 'rowHeights'>, row: number): number | undefined {
  const set = d.rowHeights.get(row);
  if (set !== undefined) return set;
  for (const b of d.blocks) {
    const i = row - b.firstDataRow;
    if (b.rowHeights && i >= 0 && i < b.rowHeights.length) return b.rowHeights[i] || undefined;
  }
  return undefined;
}

/** Heights of the notice's paragraphs, wrapped in cells as wide as the page (a little slack: fonts differ). */
function noteHeights(notes: string[], rows: number[], width: number, heights: Map<number, number>): void {
  notes.forEach((note, i) => {
    const lines = Math.ceil(textWidth(note) / Math.max(1, width * 0.9 - 2));
    heights.set(rows[i], Math.max(1, lines) * LINE_POINTS + 3);
  });
}

/** the title row's height (its font is 5 pt above the body's) */
export const TITLE_POINTS = 24;

/** text columns at least this wide (characters) hold sentences: they wrap */
const WRAP_WIDTH = 30;

export function describeSheet(sheet: OutputSheet): SheetDescription {
  const layout = layoutSheet(sheet);
  const blocks: BlockDescription[] = sheet.blocks.map((block, b) => {
    const p = layout.blocks[b];
    const last = Math.max(p.lastRow, p.headerRow + 1);
    const wrap = block.columns.map((c) => c.format === 'text' && c.width >= WRAP_WIDTH);
    return {
      ...p,
      linkCol: Math.max(0, block.columns.findIndex((c) => LINK_HEADER.test(c.header))),
      formats: block.columns.map((c) => FORMAT_CODES[c.format]),
      align: block.columns.map((c) => (c.format === 'text' ? 'left' : 'right')),
      wrap,
      tableRange: `${cellAddress(p.headerRow, p.firstCol)}:${cellAddress(last, p.lastCol)}`,
      rowHeights: wrappedRowHeights(block, wrap),
    };
  });
  const columnWidths = widthsOf(sheet);

  const charts: ChartDescription[] = [];
  sheet.charts.forEach((spec, i) => {
    const p = blocks[spec.block];
    const data = chartModel(sheet, spec);
    if (!data || !p) return;
    const column = (c: number) =>
      `${cellAddress(p.firstDataRow, p.firstCol + c)}:${cellAddress(p.firstDataRow + data.categories.length - 1, p.firstCol + c)}`;
    const { from, to } = layout.charts[i];
    charts.push({
      id: spec.id,
      title: spec.title,
      type: spec.type,
      categories: column(0),
      categoryValues: data.categories,
      series: data.series.map((s) => ({ name: s.name, values: column(s.column), data: s.values })),
      valueFormat: data.percent ? '0%' : '0',
      from,
      to,
    });
  });

  // The notice is a document (no frozen header, one page). Result sheets freeze their first table's header and
  // repeat, on printed pages, the header of the longest table (稿酬发放记录: the records, not the summary above).
  const notice = sheet.kind === 'notice';
  const header = !notice && blocks[0] ? blocks[0].headerRow : 0;
  const longest = blocks.reduce<BlockDescription | undefined>((best, b) => (!best || b.lastRow - b.headerRow > best.lastRow - best.headerRow ? b : best), undefined);
  const printTitle = !notice && longest ? longest.headerRow : 0;
  const lastRow = Math.max(layout.lastRow, ...blocks.map((b) => b.headerRow + 1));
  const rowHeights = new Map<number, number>([[layout.titleRow, TITLE_POINTS]]);
  const span = (row: number) => `${cellAddress(row, 1)}:${cellAddress(row, layout.lastCol)}`;
  const merges = notice && layout.lastCol > 1 ? [layout.titleRow, ...layout.noteRows].map(span) : [];
  if (notice) noteHeights(sheet.notes, layout.noteRows, totalWidth(columnWidths), rowHeights);
  return {
    titleRow: layout.titleRow,
    noteRows: layout.noteRows,
    blocks,
    frozenRows: header,
    printTitleRows: printTitle ? { first: printTitle, last: printTitle } : null,
    columnWidths,
    charts,
    rowHeights,
    page: describePage(sheet, columnWidths, `A1:${cellAddress(lastRow, layout.lastCol)}`, notice
      ? fitNotice(layout.sections, (r) => rowHeightAt({ blocks, rowHeights }, r) ?? DEFAULT_ROW_POINTS, columnWidths)
      : null),
    merges,
    titleAlign: notice ? 'center' : 'left',
    wrapNotes: notice,
    lastRow,
    lastCol: layout.lastCol,
  };
}
