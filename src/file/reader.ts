// Fast .xlsx reader: scans sharedStrings and sheet XML directly (no DOM, no ExcelJS model), because the
// CLI must read a 100k-row ledger in well under a second. Runs in Node and in the browser.
import type { CellValue, SheetData, TableInfo, WorkbookData } from '../core/types';
import { parseRange, parseRef } from './cellRef';
import { dateStyleFlags } from './dateStyles';
import { FileReadError, MESSAGES } from './errors';
import { openPackage, readRels, readText, type XlsxPackage } from './package';
import { decodeXml, findTags, parseAttrs, stringItemText } from './xml';

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
  if (inner === undefined) return null;
  const vm = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner);
  if (!vm) return null;
  const v = vm[1];
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
      if (!Number.isFinite(n)) return decodeXml(v);
      const s = /\bs="(\d+)"/.exec(attrs)?.[1];
      return s !== undefined && ctx.dateStyles[Number(s)] ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

/** Rows of one worksheet; cells without an `r` attribute follow the previous one, as Excel allows. */
export function parseSheetRows(xml: string, ctx: SheetContext): CellValue[][] {
  const start = xml.search(/<(?:\w+:)?sheetData[\s>]/);
  if (start < 0) return [];
  const end = xml.search(/<\/(?:\w+:)?sheetData>/);
  const body = xml.slice(start, end < 0 ? xml.length : end);
  const rows: CellValue[][] = [];
  const re = /<(?:\w+:)?row\b([^>]*?)(\/?)>|<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  let rowIndex = -1;
  let row: CellValue[] = [];
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[1] !== undefined) {
      const r = /\br="(\d+)"/.exec(m[1]);
      rowIndex = r ? Number(r[1]) - 1 : rowIndex + 1;
      while (rows.length < rowIndex) rows.push([]);
      row = rows[rowIndex] ?? (rows[rowIndex] = []);
      continue;
    }
    const attrs = m[3];
    const r = /\br="([A-Za-z]+)(\d*)"/.exec(attrs);
    const col = r ? parseRef(r[1]).col : row.length;
    const value = cellValue(attrs, m[4], ctx);
    if (value === null || value === '') continue;
    if (rowIndex < 0) rowIndex = 0;
    while (row.length < col) row.push(null);
    row[col] = value;
  }
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

async function readSheet(pkg: XlsxPackage, entry: XlsxPackage['sheets'][number], ctx: SheetContext): Promise<SheetData> {
  const sheet: SheetData = { name: entry.name, rows: [] };
  if (entry.state !== 'visible') sheet.hidden = true;
  if (entry.kind !== 'worksheet' || !entry.path) return sheet;
  const xml = await readText(pkg.zip, entry.path);
  if (xml === null) throw new FileReadError(MESSAGES.damaged, 'damaged');
  sheet.rows = parseSheetRows(xml, ctx);
  const merges = findTags(xml, 'mergeCell').map((a) => parseRange(a.ref ?? '')).filter((r) => r !== null);
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

/** Read every sheet of an .xlsx file as plain values for the core. Throws FileReadError in Chinese. */
export async function readXlsx(data: Uint8Array | ArrayBuffer): Promise<WorkbookData> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const pkg = await openPackage(bytes);
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
