// The whole layout of one output sheet, decided once: every shell (file writer, Office add-in, later WPS)
// only translates this description into its host's calls, so the shells cannot drift apart.
import { dayFromYmd, dayToExcelSerial } from './dates';
import { cellAddress, layoutSheet, type BlockPlacement } from './layout';
import type { ColumnFormat, OutputCell, OutputSheet } from './types';

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
}

export interface ChartDescription {
  title: string;
  type: 'column' | 'bar' | 'line';
  /** ranges on this sheet (A1 style, no sheet name) */
  categories: string;
  series: Array<{ name: string; values: string }>;
  /** 1-based cells of the top-left and bottom-right corners */
  from: { row: number; col: number };
  to: { row: number; col: number };
}

export interface PageDescription {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  fitToWidth: number;
  /** 0 = as many pages tall as needed */
  fitToHeight: number;
  /** inches */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** centre header/footer sections in Excel header codes (a literal '&' doubled) */
  centerHeader: string;
  centerFooter: string;
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
  /** heights in points of rows whose wrapped text needs more than one line (renderers do not all auto-fit) */
  rowHeights: Map<number, number>;
  page: PageDescription;
  lastRow: number;
  lastCol: number;
}

/** A column naming the place of a problem (位置 / 单元格 / 工作表) carries the link, else the first column. */
const LINK_HEADER = /位置|单元格|工作表/;

/** Header text: '&' starts a code, so a literal one is doubled; the space ends the font-size code, which
 *  would otherwise swallow a title starting with digits (&14 2026年… not &142026年…). */
function headerText(title: string): string {
  return `&"-,Bold"&14 ${title.replace(/&/g, '&&').slice(0, 200)}`;
}

const CHART_ROWS = 15;
const LINE_POINTS = 15;

/** Width of a text in Excel character units: CJK and full-width characters take two. */
function textWidth(text: string): number {
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

/** Row heights for the rows whose wrapped cells need several lines. */
function wrappedRowHeights(sheet: OutputSheet, blocks: BlockDescription[]): Map<number, number> {
  const heights = new Map<number, number>();
  sheet.blocks.forEach((block, b) => {
    const p = blocks[b];
    const wrapped = p.wrap.flatMap((w, c) => (w ? [c] : []));
    if (!wrapped.length) return;
    const perLine = wrapped.map((c) => Math.max(1, block.columns[c].width - 1));
    block.rows.forEach((row, i) => {
      let lines = 1; // a loop, not Math.max(...map()): the payout history has a hundred thousand rows
      for (let k = 0; k < wrapped.length; k++) lines = Math.max(lines, Math.ceil(textWidth(String(row[wrapped[k]] ?? '')) / perLine[k]));
      if (lines > 1) heights.set(p.firstDataRow + i, lines * LINE_POINTS);
    });
  });
  return heights;
}
/** text columns at least this wide (characters) hold sentences: they wrap */
const WRAP_WIDTH = 30;
const CHART_COLS = 7;

export function describeSheet(sheet: OutputSheet): SheetDescription {
  const layout = layoutSheet(sheet);
  const blocks: BlockDescription[] = sheet.blocks.map((block, b) => {
    const p = layout.blocks[b];
    const last = Math.max(p.lastRow, p.headerRow + 1);
    return {
      ...p,
      linkCol: Math.max(0, block.columns.findIndex((c) => LINK_HEADER.test(c.header))),
      formats: block.columns.map((c) => FORMAT_CODES[c.format]),
      align: block.columns.map((c) => (c.format === 'text' ? 'left' : 'right')),
      wrap: block.columns.map((c) => c.format === 'text' && c.width >= WRAP_WIDTH),
      tableRange: `${cellAddress(p.headerRow, p.firstCol)}:${cellAddress(last, p.lastCol)}`,
    };
  });
  const columnWidths: number[] = [];
  for (const block of sheet.blocks) block.columns.forEach((c, i) => (columnWidths[i] = Math.max(columnWidths[i] ?? 0, c.width)));
  for (let i = 0; i < columnWidths.length; i++) columnWidths[i] ??= 0;

  const charts: ChartDescription[] = [];
  sheet.charts.forEach((spec, i) => {
    const block = sheet.blocks[spec.block];
    const p = blocks[spec.block];
    if (!block?.rows.length || !spec.series.length) return;
    const column = (c: number) =>
      `${cellAddress(p.firstDataRow, p.firstCol + c)}:${cellAddress(p.firstDataRow + block.rows.length - 1, p.firstCol + c)}`;
    const a = layout.charts[i];
    charts.push({
      title: spec.title,
      type: spec.type,
      categories: column(0),
      series: spec.series.map((c) => ({ name: block.columns[c].header, values: column(c) })),
      from: { row: a.row, col: a.col },
      to: { row: a.row + CHART_ROWS, col: a.col + CHART_COLS },
    });
  });

  // The notice is a document (no frozen header, one page). Result sheets freeze their first table's header and
  // repeat, on printed pages, the header of the longest table (稿酬发放记录: the records, not the summary above).
  const notice = sheet.kind === 'notice';
  const header = !notice && blocks[0] ? blocks[0].headerRow : 0;
  const longest = blocks.reduce<BlockDescription | undefined>((best, b) => (!best || b.lastRow - b.headerRow > best.lastRow - best.headerRow ? b : best), undefined);
  const printTitle = !notice && longest ? longest.headerRow : 0;
  const lastRow = Math.max(layout.titleRow, ...layout.noteRows, ...blocks.map((b) => Math.max(b.lastRow, b.headerRow + 1)));
  return {
    titleRow: layout.titleRow,
    noteRows: layout.noteRows,
    blocks,
    frozenRows: header,
    printTitleRows: printTitle ? { first: printTitle, last: printTitle } : null,
    columnWidths,
    charts,
    rowHeights: wrappedRowHeights(sheet, blocks),
    page: {
      paper: 'A4',
      orientation: sheet.orientation,
      fitToWidth: 1,
      fitToHeight: notice ? 1 : 0,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      centerHeader: headerText(sheet.title),
      centerFooter: '第 &P 页，共 &N 页',
    },
    lastRow,
    lastCol: layout.lastCol,
  };
}
