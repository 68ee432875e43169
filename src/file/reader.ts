// Fast .xlsx reader: scans sharedStrings and sheet XML directly (no DOM, no ExcelJS model), because the
// CLI must read a 100k-row ledger in well under a second. Runs in Node and in the browser.
import type { CellValue, SheetData, TableInfo, WorkbookData } from '../core/types';
import { parseRange } from './cellRef';
import { dateStyleFlags } from './dateStyles';
import { FileReadError, MESSAGES } from './errors';
import { openPackage, readRels, readText, type XlsxPackage } from './package';
import { decodeXml, findTags, parseAttrs, stringItemText } from './xml';
import type { InflateRaw } from './zip';

const MS_PER_DAY = 86400000;
const EPOCH_1900 = 25569; // serial of 1970-01-01 in the 1900 date system

/** Excel serial -> Date whose UTC date/time is the cell's date/time (the core reads UTC fields). */
export function serialToDate(serial: number, date1904 = false): Date {
  const s = date1904 ? serial + 1462 : serial;
  return new Date(Math.round((s - EPOCH_1900) * MS_PER_DAY));
}

async function readSharedStrings(pkg: XlsxPackage): Promise<string[]> {
  const rel = pkg.workbookRels.find((r) => r.type === 'sharedStrings');
  const xml = await readText(pkg.zip, rel?.target ?? 'xl/sharedStrings.xml');
  if (!xml) return [];
  const out: string[] = [];
  const re = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] ? stringItemText(m[1]) : '');
  return out;
}

interface SheetContext {
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

function cellValue(attrs: string, inner: string | undefined, ctx: SheetContext): CellValue {
  const t = /\bt="([^"]*)"/.exec(attrs)?.[1];
  if (t === 'inlineStr') return inner ? stringItemText(inner) : '';
  const v = inner && /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner);
  return v ? typedValue(t, v[1], /\bs="(\d+)"/.exec(attrs)?.[1], ctx) : null;
}

/** Value of attribute `needle` (e.g. ' r="') in one start tag's text, or undefined. */
function attrIn(tag: string, needle: string): string | undefined {
  const at = tag.indexOf(needle);
  if (at < 0) return undefined;
  const start = at + needle.length;
  return tag.slice(start, tag.indexOf('"', start));
}

/** 0-based column of a reference like 'AB12'. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  return col - 1;
}

const isTagEnd = (c: number) => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;

/**
 * Rows of one worksheet, scanned with indexOf rather than a regex or a DOM: a 100k-row sheet is tens of
 * megabytes. Cells without an `r` attribute follow the previous one, as Excel allows. Unprefixed markup
 * (what Excel, WPS and ExcelJS write); prefixed markup (<x:c>) goes through the regex path below.
 */
export function parseSheetRows(xml: string, ctx: SheetContext): CellValue[][] {
  const start = xml.search(/<(?:\w+:)?sheetData[\s>]/);
  if (start < 0) return [];
  if (xml.charCodeAt(start + 1) !== 115) return parseSheetRowsPrefixed(xml, ctx); // not '<sheetData'
  const end = xml.lastIndexOf('</sheetData>');
  const stop = end < 0 ? xml.length : end;
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let rowIndex = -1;
  let i = start;
  for (;;) {
    i = xml.indexOf('<', i + 1);
    if (i < 0 || i >= stop) break;
    const c1 = xml.charCodeAt(i + 1);
    if (c1 === 114 && xml.startsWith('row', i + 1) && isTagEnd(xml.charCodeAt(i + 4))) {
      const tagEnd = xml.indexOf('>', i);
      const r = attrIn(xml.slice(i, tagEnd), ' r="');
      rowIndex = r !== undefined ? Number(r) - 1 : rowIndex + 1;
      while (rows.length < rowIndex) rows.push([]);
      row = rows[rowIndex] ?? (rows[rowIndex] = []);
      i = tagEnd;
      continue;
    }
    if (c1 !== 99 || !isTagEnd(xml.charCodeAt(i + 2))) continue;
    const tagEnd = xml.indexOf('>', i);
    const tag = xml.slice(i, tagEnd);
    const ref = attrIn(tag, ' r="');
    const col = ref !== undefined ? columnOf(ref) : row.length;
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      i = tagEnd;
      continue; // <c …/>: empty (styled) cell
    }
    const close = xml.indexOf('</c>', tagEnd);
    const t = attrIn(tag, ' t="');
    let value: CellValue;
    if (t === 'inlineStr') value = stringItemText(xml.slice(tagEnd + 1, close));
    else {
      const vs = xml.indexOf('<v', tagEnd);
      if (vs < 0 || vs > close) value = null;
      else {
        const vStart = xml.indexOf('>', vs) + 1;
        const v = xml.slice(vStart, xml.indexOf('</v>', vStart));
        value = typedValue(t, v, attrIn(tag, ' s="'), ctx);
      }
    }
    i = close;
    if (value === null || value === '') continue;
    if (rowIndex < 0) rowIndex = 0;
    while (row.length < col) row.push(null);
    row[col] = value;
  }
  for (let k = 0; k < rows.length; k++) if (!rows[k]) rows[k] = [];
  return rows;
}

function typedValue(t: string | undefined, v: string, style: string | undefined, ctx: SheetContext): CellValue {
  switch (t) {
    case 's':
      return ctx.strings[Number(v)] ?? '';
    case 'str':
      return decodeXml(v);
    case 'b':
      return v === '1' || v === 'true';
    case 'e':
      return { error: decodeXml(v) };
    case 'd': {
      const d = new Date(v.length <= 10 ? `${v}T00:00:00Z` : v.endsWith('Z') ? v : `${v}Z`);
      return Number.isNaN(d.getTime()) ? decodeXml(v) : d;
    }
    default: {
      const n = Number(v);
      if (!Number.isFinite(n) || v === '') return decodeXml(v);
      return style !== undefined && ctx.dateStyles[Number(style)] ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

/** The same for namespace-prefixed markup (<x:row>, <x:c>), as some generators write it. */
function parseSheetRowsPrefixed(xml: string, ctx: SheetContext): CellValue[][] {
  const rows: CellValue[][] = [];
  const re = /<(?:\w+:)?row\b([^>]*?)(\/?)>|<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  let rowIndex = -1;
  let row: CellValue[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] !== undefined) {
      const r = /\br="(\d+)"/.exec(m[1]);
      rowIndex = r ? Number(r[1]) - 1 : rowIndex + 1;
      while (rows.length < rowIndex) rows.push([]);
      row = rows[rowIndex] ?? (rows[rowIndex] = []);
      continue;
    }
    const attrs = m[3];
    const r = /\br="([A-Za-z]+)(\d*)"/.exec(attrs);
    const col = r ? columnOf(r[1]) : row.length;
    const value = cellValue(attrs, m[4], ctx);
    if (value === null || value === '') continue;
    if (rowIndex < 0) rowIndex = 0;
    while (row.length < col) row.push(null);
    row[col] = value;
  }
  for (let k = 0; k < rows.length; k++) if (!rows[k]) rows[k] = [];
  return rows;
}

async function readSheet(pkg: XlsxPackage, entry: XlsxPackage['sheets'][number], ctx: SheetContext): Promise<SheetData> {
  const sheet: SheetData = { name: entry.name, rows: [] };
  if (entry.state !== 'visible') sheet.hidden = true;
  if (entry.kind !== 'worksheet' || !entry.path) return sheet;
  const xml = await readText(pkg.zip, entry.path);
  if (xml === null) throw new FileReadError(MESSAGES.damaged, 'damaged');
  sheet.rows = parseSheetRows(xml, ctx);
  // mergeCells follow sheetData: search only the tail of a possibly huge part
  const dataEnd = xml.lastIndexOf('sheetData>');
  const merges = findTags(dataEnd >= 0 ? xml.slice(dataEnd) : xml, 'mergeCell').map((a) => parseRange(a.ref ?? '')).filter((r) => r !== null);
  if (merges.length) sheet.merges = merges;
  const tables: TableInfo[] = [];
  for (const rel of await readRels(pkg.zip, entry.path)) {
    if (rel.type !== 'table' || rel.external) continue;
    const txml = await readText(pkg.zip, rel.target);
    const m = txml && /<(?:\w+:)?table\b([^>]*)>/.exec(txml);
    if (!m) continue;
    const a = parseAttrs(m[1]);
    const rect = parseRange(a.ref ?? '');
    if (rect) tables.push({ name: a.displayName ?? a.name ?? '', ...rect });
  }
  if (tables.length) sheet.tables = tables;
  return sheet;
}

/** Options of readXlsx. */
export interface ReadOptions {
  /** raw inflate; default: DecompressionStream (or JSZip). The CLI passes Node's native zlib. */
  inflateRaw?: InflateRaw;
}

/** Read every sheet of an .xlsx file as plain values for the core. Throws FileReadError in Chinese. */
export async function readXlsx(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<WorkbookData> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const pkg = await openPackage(bytes, options.inflateRaw);
  const stylesRel = pkg.workbookRels.find((r) => r.type === 'styles');
  const ctx: SheetContext = {
    strings: await readSharedStrings(pkg),
    dateStyles: dateStyleFlags(await readText(pkg.zip, stylesRel?.target ?? 'xl/styles.xml')),
    date1904: pkg.date1904,
  };
  const sheets: SheetData[] = [];
  for (const entry of pkg.sheets) sheets.push(await readSheet(pkg, entry, ctx));
  return { sheets };
}
