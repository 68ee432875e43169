// Worksheet and table XML for one result sheet: a translation of core describeSheet into SpreadsheetML,
// so the file shell writes the same layout as the add-in.
import { columnLetters, type SheetDescription } from '../core';
import type { OutputBlock, OutputSheet } from '../core/types';
import type { SharedStringAppender } from './sharedStrings';
import type { StyleKey } from './styleSheet';
import { escapeXml } from './xml';
import { XmlSink } from './xmlBytes';
import { writeRows } from './resultRows';

export { XmlSink } from './xmlBytes';
export { quoteSheet } from './resultRows';

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
    const colNames = block.columns.map((_, c) => colName(c0 + c));
    writeRows(out, block, place, colNames, xf, strings, links);
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
