// Worksheet and table XML for one result sheet, placed exactly where core layoutSheet says, so the
// file shell writes the same cells as the add-in.
import { cellAddress, columnLetters, layoutSheet } from '../core';
import type { ColumnFormat, OutputBlock, OutputCell, OutputSheet } from '../core/types';
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
  /** worksheet XML with `{{TABLE_RID_n}}` placeholders filled by the caller via `tableRids` */
  xml: (tableRids: string[]) => string;
  tables: TablePartSpec[];
  /** the header row to repeat on every printed page, if any */
  printTitleRow?: number;
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateSerial(s: string): number | null {
  const m = DATE_TEXT.exec(s);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000 + 25569;
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

/** Header/footer text: '&' starts a code there, so a literal one is doubled; max 255 characters. */
function headerText(title: string): string {
  return `&C&"-,Bold"&14${title.replace(/&/g, '&&').slice(0, 200)}`;
}

export function buildResultSheet(
  sheet: OutputSheet,
  xf: Record<StyleKey, number>,
  strings: SharedStringAppender,
): BuiltSheet {
  const layout = layoutSheet(sheet);
  const rows: string[] = [];
  const links: string[] = [];
  let maxRow = 1;
  let maxCol = layout.lastCol;

  const str = (row: number, col: number, text: string, style: number) =>
    `<c r="${cellAddress(row, col)}"${style ? ` s="${style}"` : ''} t="s"><v>${strings.index(text)}</v></c>`;
  const cell = (row: number, col: number, value: OutputCell, format: ColumnFormat): string => {
    if (value === null || value === undefined || value === '') return '';
    const style = xf[format];
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return '';
      return `<c r="${cellAddress(row, col)}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
    }
    const serial = format === 'date' ? dateSerial(value) : null;
    if (serial !== null) return `<c r="${cellAddress(row, col)}" s="${style}"><v>${serial}</v></c>`;
    return str(row, col, String(value), format === 'text' ? 0 : style);
  };
  const addRow = (r: number, cells: string, height?: number) => {
    maxRow = Math.max(maxRow, r);
    rows.push(`<row r="${r}"${height ? ` ht="${height}" customHeight="1"` : ''}>${cells}</row>`);
  };

  addRow(layout.titleRow, str(layout.titleRow, 1, sheet.title, xf.title), 24);
  sheet.notes.forEach((note, i) => {
    const r = layout.noteRows[i];
    if (note) addRow(r, str(r, 1, note, 0));
  });

  const tables: TablePartSpec[] = [];
  sheet.blocks.forEach((block, b) => {
    const place = layout.blocks[b];
    if (block.caption) addRow(place.captionRow, str(place.captionRow, place.firstCol, block.caption, xf.caption));
    const headers = tableHeaders(block);
    addRow(place.headerRow, headers.map((h, c) => str(place.headerRow, place.firstCol + c, h, xf.header)).join(''));
    const linkCol = Math.max(0, block.columns.findIndex((c) => /位置|单元格/.test(c.header)));
    block.rows.forEach((values, i) => {
      const r = place.firstDataRow + i;
      const link = block.links?.[i];
      let cells = '';
      block.columns.forEach((col, c) => {
        if (link && c === linkCol && values[c] !== null && values[c] !== '') {
          cells += str(r, place.firstCol + c, String(values[c]), xf.link);
        } else cells += cell(r, place.firstCol + c, values[c] ?? null, col.format);
      });
      if (link) {
        const target = `${quoteSheet(link.sheet)}!${link.address}`;
        links.push(`<hyperlink ref="${cellAddress(r, place.firstCol + linkCol)}" location="${escapeXml(target)}" display="${escapeXml(`${link.sheet}!${link.address}`)}"/>`);
      }
      addRow(r, cells);
    });
    // Excel needs at least one data row in a table: an empty table takes the blank line below it.
    const last = Math.max(place.lastRow, place.headerRow + 1);
    maxRow = Math.max(maxRow, last);
    maxCol = Math.max(maxCol, place.lastCol);
    tables.push({ block: b, headers, ref: `${cellAddress(place.headerRow, place.firstCol)}:${cellAddress(last, place.lastCol)}` });
  });

  // Column widths: the widest any block asks for, per column.
  const widths: number[] = [];
  for (const block of sheet.blocks) block.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
  const cols = widths
    .map((w, i) => (w ? `<col min="${i + 1}" max="${i + 1}" width="${Math.min(255, w + 0.71).toFixed(2)}" customWidth="1"/>` : ''))
    .join('');

  const notice = sheet.kind === 'notice';
  const first = layout.blocks[0];
  const freeze = !notice && first
    ? `<pane ySplit="${first.headerRow}" topLeftCell="A${first.headerRow + 1}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="A${first.headerRow + 1}" sqref="A${first.headerRow + 1}"/>`
    : '';
  const fitHeight = notice ? 1 : 0;

  const xml = (tableRids: string[]) =>
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${columnLetters(maxCol)}${maxRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${freeze}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${sheet.orientation}" fitToWidth="1" fitToHeight="${fitHeight}"/>` +
    `<headerFooter><oddHeader>${escapeXml(headerText(sheet.title))}</oddHeader>` +
    `<oddFooter>${escapeXml('&C第 &P 页，共 &N 页')}</oddFooter></headerFooter>` +
    (tableRids.length
      ? `<tableParts count="${tableRids.length}">${tableRids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`
      : '') +
    '</worksheet>';
  return { xml, tables, printTitleRow: notice || !first ? undefined : first.headerRow };
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
