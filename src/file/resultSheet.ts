// Worksheet and table XML for one result sheet: a translation of core describeSheet into SpreadsheetML,
// so the file shell writes the same layout as the add-in.
import { cellOutput, columnLetters, type SheetDescription } from '../core';
import type { OutputBlock, OutputSheet } from '../core/types';
import type { SharedStringAppender } from './sharedStrings';
import type { StyleKey } from './styleSheet';
import { escapeXml } from './xml';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface TablePartSpec {
  /** block index in the sheet */
  block: number;
  ref: string;
  headers: string[];
}

export interface BuiltSheet {
  /** the worksheet part, UTF-8 (empty when the sink passed to buildResultSheet consumed it) */
  data: Uint8Array;
  tables: TablePartSpec[];
  /** the rows to repeat on every printed page, if any */
  printTitleRows?: { first: number; last: number };
  /** the range to print (A1, no sheet name), if not the whole sheet */
  printArea?: string;
}

/** Table column names must be unique and non-empty; the header cells must hold the same text. */
export function tableHeaders(block: OutputBlock): string[] {
  const seen = new Set<string>();
  return block.columns.map((c, i) => {
    const base = c.header.replace(/[\r\n]+/g, ' ').trim() || `列${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** 'Sheet' -> "'Sheet'" for a reference (single quotes doubled). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Collects XML text and encodes it in small pieces: result sheets can have 100k+ rows, and one giant
 * string (joined, then encoded) costs seconds of garbage collection.
 */
export class XmlSink {
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private buf = '';

  /** @param consume takes each encoded chunk as it is made (then bytes() returns only what is left: nothing) */
  constructor(private readonly consume?: (chunk: Uint8Array) => void) {}

  push(s: string): void {
    this.buf += s;
    if (this.buf.length > 32768) this.flush();
  }

  private flush(): void {
    if (this.buf) {
      const chunk = this.encoder.encode(this.buf);
      if (this.consume) this.consume(chunk);
      else this.chunks.push(chunk);
    }
    this.buf = '';
  }

  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }
}

/** The worksheet part of `sheet` laid out as `layout` (core describeSheet) says; `drawingRid` is the
 *  relationship id of its charts' drawing part, when it has charts. */
export function buildResultSheet(
  sheet: OutputSheet,
  layout: SheetDescription,
  xf: Record<StyleKey, number>,
  strings: SharedStringAppender,
  tableRids: string[],
  drawingRid?: string,
  out = new XmlSink(),
): BuiltSheet {
  const letters: string[] = [];
  const colName = (c: number) => letters[c] ?? (letters[c] = columnLetters(c));
  const links: string[] = [];
  const tables: TablePartSpec[] = sheet.blocks.map((block, b) => ({ block: b, headers: tableHeaders(block), ref: layout.blocks[b].tableRange }));

  const sst = (text: string, style: number, ref: string) =>
    `<c r="${ref}"${style ? ` s="${style}"` : ''} t="s"><v>${strings.index(text)}</v></c>`;
  const cols = layout.columnWidths
    .map((w, i) => (w ? `<col min="${i + 1}" max="${i + 1}" width="${Math.min(255, w + 0.71).toFixed(2)}" customWidth="1"/>` : ''))
    .join('');
  const f = layout.frozenRows;
  const freeze = f
    ? `<pane ySplit="${f}" topLeftCell="A${f + 1}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="A${f + 1}" sqref="A${f + 1}"/>`
    : '';
  const page = layout.page;
  const m = page.margins;

  out.push(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      `<sheetPr><pageSetUpPr fitToPage="${page.scale === null ? 1 : 0}"/></sheetPr>` +
      `<dimension ref="A1:${columnLetters(layout.lastCol)}${layout.lastRow}"/>` +
      `<sheetViews><sheetView${page.showGridlines ? '' : ' showGridLines="0"'} workbookViewId="0">${freeze}</sheetView></sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      (cols ? `<cols>${cols}</cols>` : '') +
      '<sheetData>',
  );
  const row = (r: number, cells: string, height?: number) =>
    out.push(`<row r="${r}"${height ? ` ht="${height}" customHeight="1"` : ''}>${cells}</row>`);

  row(layout.titleRow, sst(sheet.title, layout.titleAlign === 'center' ? xf.titleCenter : xf.title, `A${layout.titleRow}`), layout.rowHeights.get(layout.titleRow));
  sheet.notes.forEach((note, i) => {
    const r = layout.noteRows[i];
    if (note) row(r, sst(note, layout.wrapNotes ? xf.noteWrap : xf.note, `A${r}`), layout.rowHeights.get(r));
  });
  sheet.blocks.forEach((block, b) => {
    const place = layout.blocks[b];
    const c0 = place.firstCol;
    if (block.caption) row(place.captionRow, sst(block.caption, xf.caption, `${colName(c0)}${place.captionRow}`));
    const headerStyle = (c: number) => (place.align[c] === 'right' ? xf.headerRight : xf.header);
    row(place.headerRow, tables[b].headers.map((h, c) => sst(h, headerStyle(c), `${colName(c0 + c)}${place.headerRow}`)).join(''));
    const linkCol = place.linkCol;
    const formats = block.columns.map((c) => c.format);
    const colNames = formats.map((_, c) => colName(c0 + c));
    // the constant text around each cell's reference and value, per column (a result sheet can have
    // a hundred thousand rows): `<c r="` + column + row + tail + value + `</v></c>`
    const sAttr = (style: number) => (style ? ` s="${style}"` : '');
    const emptyCell = formats.map(() => `" s="${xf.text}"/>`);
    const textTail = formats.map((_, c) => `"${sAttr(place.wrap[c] ? xf.wrap : xf.text)} t="s"><v>`);
    const numberTail = formats.map((fmt) => `"${sAttr(xf[fmt])}><v>`);
    const linkTail = `"${sAttr(xf.link)} t="s"><v>`;
    for (let i = 0; i < block.rows.length; i++) {
      const values = block.rows[i];
      const r = place.firstDataRow + i;
      const link = block.links?.[i];
      let cells = '';
      for (let c = 0; c < formats.length; c++) {
        const v = values[c] ?? null;
        const head = `<c r="${colNames[c]}${r}`;
        if (v === null || v === '') { cells += head + emptyCell[c]; continue; } // keeps the border
        if (link && c === linkCol && typeof v === 'string') { cells += `${head}${linkTail}${strings.index(v)}</v></c>`; continue; }
        const value = typeof v === 'number' ? v : cellOutput(formats[c], v).value;
        if (typeof value === 'string') cells += `${head}${textTail[c]}${strings.index(value)}</v></c>`; // strings are text ('@') in every column
        else if (Number.isFinite(value)) cells += `${head}${numberTail[c]}${value}</v></c>`;
      }
      if (link) {
        const target = `${quoteSheet(link.sheet)}!${link.address}`;
        links.push(`<hyperlink ref="${colNames[linkCol]}${r}" location="${escapeXml(target)}" display="${escapeXml(`${link.sheet}!${link.address}`)}"/>`);
      }
      row(r, cells, layout.rowHeights.get(r));
    }
  });

  out.push(
    '</sheetData>' +
      (layout.merges.length ? `<mergeCells count="${layout.merges.length}">${layout.merges.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>` : '') +
      (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
      `<printOptions${page.centerHorizontally ? ' horizontalCentered="1"' : ''} gridLines="0"/>` +
      `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
      `<pageSetup paperSize="9"${page.scale === null ? '' : ` scale="${page.scale}"`} orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="${page.fitToHeight}"/>` +
      `<headerFooter>${page.centerHeader ? `<oddHeader>${escapeXml(`&C${page.centerHeader}`)}</oddHeader>` : ''}` +
      `<oddFooter>${escapeXml(`&C${page.centerFooter}`)}</oddFooter></headerFooter>` +
      (page.rowBreaks.length
        ? `<rowBreaks count="${page.rowBreaks.length}" manualBreakCount="${page.rowBreaks.length}">` +
          `${page.rowBreaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join('')}</rowBreaks>`
        : '') +
      (drawingRid ? `<drawing r:id="${drawingRid}"/>` : '') +
      (tableRids.length
        ? `<tableParts count="${tableRids.length}">${tableRids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`
        : '') +
      '</worksheet>',
  );
  return { data: out.bytes(), tables, printTitleRows: layout.printTitleRows ?? undefined, printArea: page.printArea ?? undefined };
}

/** A table part (ListObject) over one block. */
export function tableXml(id: number, name: string, spec: TablePartSpec): string {
  const cols = spec.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${NS_MAIN}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${spec.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${spec.ref}"/>` +
    `<tableColumns count="${spec.headers.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    '</table>'
  );
}

/** The very hidden marker sheet: one column of sheet names. */
export function markerSheetXml(rows: string[][], strings: SharedStringAppender): string {
  const data = rows
    .map((r, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${strings.index(r[0] ?? '')}</v></c></row>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetData>${data}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}
