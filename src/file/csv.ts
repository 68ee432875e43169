// CSV ledgers (exports from Chinese Excel/WPS are often GBK): decoded and wrapped into a minimal one-sheet .xlsx
// package, so that reading, computing and grafting the result sheets go through the one .xlsx path.
import { FileReadError, looksLikeText, MESSAGES } from './errors';
import { crc32, writeZip, type RawEntry } from './zip';

/** The sheet that holds a CSV ledger in the result workbook. */
export const CSV_SHEET = '台账';

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (a superset of GBK). */
export function decodeCsvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Records of RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF); tab-separated when the first line has tabs only. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = firstLine.includes(',') || !firstLine.includes('\t') ? ',' : '\t';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[i++];
      else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** Text that is a CSV table rather than HTML or XML saved with a spreadsheet extension. */
export function looksLikeCsv(text: string): boolean {
  const head = text.trimStart().slice(0, 200);
  return !head.startsWith('<') && /[,\t]/.test(text.slice(0, 4096));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function column(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Plain numbers become numeric cells; codes with leading zeros and everything else stay text. */
function cellXml(value: string, ref: string): string {
  if (/^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(value)) return `<c r="${ref}"><v>${value}</v></c>`;
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${esc(value)}</t></is></c>`;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function sheetXml(rows: string[][]): string {
  const body = rows.map((cells, r) => {
    const xml = cells.map((v, c) => (v === '' ? '' : cellXml(v, `${column(c)}${r + 1}`))).join('');
    return xml ? `<row r="${r + 1}">${xml}</row>` : '';
  }).join('');
  return `${DECL}<worksheet xmlns="${NS}"><sheetData>${body}</sheetData></worksheet>`;
}

/** A minimal, valid .xlsx package holding the CSV records as the sheet 台账. */
export function csvToXlsx(bytes: Uint8Array): Uint8Array {
  const text = decodeCsvText(bytes);
  if (!looksLikeCsv(text)) throw new FileReadError(MESSAGES.csvNotTable, 'not-xlsx');
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      + '</Types>',
    '_rels/.rels': `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${DECL}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="${CSV_SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml(parseCsv(text)),
  };
  const enc = new TextEncoder();
  const entries: RawEntry[] = Object.entries(parts).map(([name, xml]) => {
    const data = enc.encode(xml);
    return { name, method: 0, crc: crc32(data), compressedSize: data.length, size: data.length, data };
  });
  return writeZip(entries);
}

/** The workbook to work on: a CSV file (by name, and text inside) becomes a one-sheet .xlsx; anything else is as is. */
export function workbookBytes(bytes: Uint8Array, fileName: string): Uint8Array {
  const csv = /\.(csv|tsv|txt)$/i.test(fileName) && bytes.length > 0 && looksLikeText(bytes);
  return csv ? csvToXlsx(bytes) : bytes;
}
