// Fast .xlsx reader: scans sharedStrings and sheet XML directly (no DOM, no ExcelJS model), because the
// CLI must read a 100k-row ledger in well under a second. Runs in Node and in the browser.
import type { CellValue, SheetData, TableInfo, WorkbookData } from '../core/types';
import { EXCEL_EPOCH_OFFSET, MS_PER_DAY } from '../core/dates';
import { parseRange } from './cellRef';
import { dateStyleFlags } from './dateStyles';
import { FileReadError, MESSAGES } from './errors';
import { MalformedPart, assertComplete, damagedPartMessage, damagedSheetMessage } from './partCheck';
import { openPackage, readRels, readText, type XlsxPackage } from './package';
import { decodeXml, findTags, parseAttrs, stringItemText } from './xml';
import { utf8Decode, type InflateRaw } from './zip';
import { rememberStrings, type KnownStrings } from './knownStrings';

/** Excel serial -> Date whose UTC date/time is the cell's date/time (the core reads UTC fields). */
export function serialToDate(serial: number, date1904 = false): Date {
  const s = date1904 ? serial + 1462 : serial;
  return new Date(Math.round((s - EXCEL_EPOCH_OFFSET) * MS_PER_DAY));
}

async function readSharedStrings(pkg: XlsxPackage): Promise<KnownStrings> {
  const rel = pkg.workbookRels.find((r) => r.type === 'sharedStrings');
  const path = rel?.target ?? 'xl/sharedStrings.xml';
  const xml = await readText(pkg.zip, path);
  if (!xml) return { texts: [], plain: new Uint8Array(0), partSize: -1 };
  try {
    assertComplete(xml, 'sst');
  } catch {
    throw new FileReadError(damagedPartMessage('共享字符串表（sharedStrings.xml）'), 'damaged');
  }
  const partSize = pkg.zip.find(path)?.size ?? -1;
  if (!/<\w+:sst\b/.test(xml)) return { ...stringItems(xml), partSize };
  const texts = stringItemsPrefixed(xml);
  return { texts, plain: new Uint8Array(texts.length), partSize };
}

/** The <si> items of an unprefixed table: indexOf scanning, and the plain `<si><t>text</t></si>` without a regex. */
function stringItems(xml: string): { texts: string[]; plain: Uint8Array } {
  const texts: string[] = [];
  const flags: number[] = [];
  for (let i = xml.indexOf('<si'); i >= 0; i = xml.indexOf('<si', i + 3)) {
    if (!isTagEnd(xml.charCodeAt(i + 3))) continue;
    const open = xml.indexOf('>', i);
    if (open < 0) break;
    if (xml.charCodeAt(open - 1) === 47) { texts.push(''); flags.push(0); continue; } // <si/>
    const close = xml.indexOf('</si>', open);
    if (close < 0) break;
    const plain = plainItemText(xml, open + 1, close);
    texts.push(plain ?? stringItemText(xml.slice(open + 1, close)));
    flags.push(plain === undefined ? 0 : 1);
    i = close;
  }
  return { texts, plain: Uint8Array.from(flags) };
}

/** Text of an item that is exactly one <t> run, or undefined (rich text, phonetics: the general path). */
function plainItemText(xml: string, from: number, to: number): string | undefined {
  if (!xml.startsWith('<t', from) || !isTagEnd(xml.charCodeAt(from + 2))) return undefined;
  const start = xml.indexOf('>', from) + 1;
  const endTag = to - 4;
  if (start <= 0 || start > endTag || !xml.startsWith('</t>', endTag) || xml.charCodeAt(start - 2) === 47) return undefined;
  const lt = xml.indexOf('<', start);
  return lt === endTag ? decodeXml(xml.slice(start, endTag)) : undefined;
}

function stringItemsPrefixed(xml: string): string[] {
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

const isTagEnd = (c: number) => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;

/** Collects cells into rows[r][c] (Excel row r+1, column c+1), padding gaps with empty rows and nulls. */
class RowCollector {
  readonly rows: CellValue[][] = [];
  private row: CellValue[] = [];
  private index = -1;
  private next = 0; // column of a cell written without a reference

  /** A <row>; without an `r` attribute it follows the previous one. */
  start(r: string | undefined): void {
    this.index = r !== undefined ? Number(r) - 1 : this.index + 1;
    while (this.rows.length < this.index) this.rows.push([]);
    this.row = this.rows[this.index] ?? (this.rows[this.index] = []);
    this.next = 0;
  }

  /** A cell at column `col`, or after the previous cell when the reference is missing. */
  put(col: number | undefined, value: CellValue): void {
    if (this.index < 0) this.start('1');
    const c = col ?? this.next;
    this.next = c + 1;
    if (value === null || value === '') return;
    while (this.row.length < c) this.row.push(null);
    this.row[c] = value;
  }

  result(): CellValue[][] {
    for (let k = 0; k < this.rows.length; k++) if (!this.rows[k]) this.rows[k] = [];
    return this.rows;
  }
}

/** Digits [from, to) of `s` as a non-negative integer; -1 if any other character appears or there are none. */
function digitsAt(s: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** 0-based column of the letters at [from, to) of a cell reference (AB12, $AB$12). */
function columnAt(s: string, from: number, to: number): number {
  let col = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  return col - 1;
}

/** The r, s and t attributes of one <c …> (or <row …>) start tag, found by a char-code scan without slicing the tag (a
 *  100k-row sheet has over a million cells): positions of their values in the sheet text, -1 when absent. */
class CellTag {
  r = -1;
  rEnd = -1;
  s = -1;
  sEnd = -1;
  t = -1;
  tEnd = -1;

  /** Reads the attributes from `p` (just after `<c`); returns the index of the tag's `>`, or -1 if none before `stop`. */
  read(xml: string, p: number, stop: number): number {
    this.r = this.s = this.t = -1;
    for (;;) {
      let c = xml.charCodeAt(p);
      while (c <= 32) c = xml.charCodeAt(++p);
      if (c === 62) return p < stop ? p : -1; // '>'
      if (c !== c || p >= stop) return -1; // NaN: end of text
      const nameStart = p;
      while (c > 32 && c !== 61 && c !== 62) c = xml.charCodeAt(++p);
      const nameEnd = p;
      while (c <= 32) c = xml.charCodeAt(++p);
      if (c !== 61) continue; // not name="value" (e.g. the '/' of '/>'): go on from here
      c = xml.charCodeAt(++p);
      while (c <= 32) c = xml.charCodeAt(++p);
      if (c !== 34 && c !== 39) continue;
      const vEnd = xml.indexOf(c === 34 ? '"' : "'", p + 1);
      if (vEnd < 0 || vEnd >= stop) return -1;
      // a one-letter name: r, s or t (prefixed names never match)
      if (nameEnd - nameStart === 1) {
        const name = xml.charCodeAt(nameStart);
        if (name === 114) { this.r = p + 1; this.rEnd = vEnd; }
        else if (name === 115) { this.s = p + 1; this.sEnd = vEnd; }
        else if (name === 116) { this.t = p + 1; this.tEnd = vEnd; }
      }
      p = vEnd + 1;
    }
  }
}

/**
 * Rows of one worksheet, scanned with indexOf and char codes rather than a regex or a DOM: a 100k-row sheet
 * is tens of megabytes. Cells without an `r` attribute follow the previous one, as Excel allows. Unprefixed
 * markup (what Excel, WPS and ExcelJS write); prefixed markup (<x:c>) goes through the regex path below.
 */
export function parseSheetRows(xml: string, ctx: SheetContext): CellValue[][] {
  const start = xml.search(/<(?:\w+:)?sheetData[\s>]/);
  if (start < 0) return [];
  if (!xml.startsWith('<sheetData', start)) return parseSheetRowsPrefixed(xml, ctx); // <x:sheetData>, <ss:sheetData>…
  const end = xml.lastIndexOf('</sheetData>');
  if (end < 0 && xml.charCodeAt(xml.indexOf('>', start) - 1) !== 47) throw new MalformedPart(); // not <sheetData/>
  const stop = end < 0 ? xml.length : end;
  const out = new RowCollector();
  const tag = new CellTag();
  let i = start;
  for (;;) {
    i = xml.indexOf('<', i + 1);
    if (i < 0 || i >= stop) break;
    const c1 = xml.charCodeAt(i + 1);
    if (c1 === 114 && xml.startsWith('row', i + 1) && isTagEnd(xml.charCodeAt(i + 4))) {
      const tagEnd = tag.read(xml, i + 4, stop);
      if (tagEnd < 0) throw new MalformedPart();
      out.start(tag.r >= 0 ? xml.slice(tag.r, tag.rEnd) : undefined);
      i = tagEnd;
      continue;
    }
    if (c1 !== 99 || !isTagEnd(xml.charCodeAt(i + 2))) continue;
    const tagEnd = tag.read(xml, i + 2, stop);
    if (tagEnd < 0) throw new MalformedPart();
    const col = tag.r >= 0 ? columnAt(xml, tag.r, tag.rEnd) : undefined;
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      out.put(col, null); // <c …/>: empty (styled) cell
      i = tagEnd;
      continue;
    }
    // the usual <c …><v>…</v></c> is located without searching for </c> and <v> separately
    const plainValue = xml.startsWith('<v>', tagEnd + 1);
    const plainEnd = plainValue ? xml.indexOf('</v>', tagEnd + 4) : -1;
    const plain = plainEnd >= 0 && xml.startsWith('</c>', plainEnd + 4);
    const close = plain ? plainEnd + 4 : xml.indexOf('</c>', tagEnd);
    if (close < 0 || close > stop) throw new MalformedPart();
    let value: CellValue = null;
    const tLen = tag.t >= 0 ? tag.tEnd - tag.t : -1;
    if (tLen === 9 && xml.startsWith('inlineStr', tag.t)) value = stringItemText(xml.slice(tagEnd + 1, close));
    else {
      const vs = plain ? tagEnd + 1 : xml.indexOf('<v', tagEnd);
      if (vs >= 0 && vs < close) {
        const vStart = plain ? tagEnd + 4 : xml.indexOf('>', vs) + 1;
        const vEnd = plain ? plainEnd : xml.indexOf('</v>', vStart);
        if (vStart <= 0 || vEnd < 0 || vEnd > close) throw new MalformedPart();
        if (tLen === 1 && xml.charCodeAt(tag.t) === 115) {
          // shared string: the commonest cell, looked up without slicing its index
          const n = digitsAt(xml, vStart, vEnd);
          value = n >= 0 ? ctx.strings[n] ?? '' : typedValue('s', xml.slice(vStart, vEnd), undefined, ctx);
        } else {
          const style = tag.s >= 0 ? digitsAt(xml, tag.s, tag.sEnd) : -1;
          const t = tLen < 0 ? undefined : xml.slice(tag.t, tag.tEnd);
          value = typedValue(t, xml.slice(vStart, vEnd), style >= 0 ? style : undefined, ctx);
        }
      }
    }
    i = close;
    out.put(col, value);
  }
  return out.result();
}

function typedValue(t: string | undefined, v: string, style: number | string | undefined, ctx: SheetContext): CellValue {
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
  const out = new RowCollector();
  const re = /<(?:\w+:)?row\b([^>]*?)(\/?)>|<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] !== undefined) out.start(/\br="(\d+)"/.exec(m[1])?.[1]);
    else {
      const r = /\br="([A-Za-z]+)\d*"/.exec(m[3]);
      out.put(r ? columnAt(r[1], 0, r[1].length) : undefined, cellValue(m[3], m[4], ctx));
    }
  }
  return out.result();
}

async function readSheet(
  pkg: XlsxPackage, entry: XlsxPackage['sheets'][number], ctx: SheetContext, bytes: Promise<Uint8Array | null>,
): Promise<SheetData> {
  const sheet: SheetData = { name: entry.name, rows: [] };
  if (entry.state !== 'visible') sheet.hidden = true;
  if (entry.kind !== 'worksheet' || !entry.path) return sheet;
  const raw = await bytes;
  if (raw === null) throw new FileReadError(MESSAGES.damaged, 'damaged');
  const xml = utf8Decode(raw);
  try {
    assertComplete(xml, 'worksheet');
    sheet.rows = parseSheetRows(xml, ctx);
  } catch (e) {
    if (e instanceof MalformedPart) throw new FileReadError(damagedSheetMessage(entry.name), 'damaged');
    throw e;
  }
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
  const known = await readSharedStrings(pkg);
  const ctx: SheetContext = {
    strings: known.texts,
    dateStyles: dateStyleFlags(await readText(pkg.zip, stylesRel?.target ?? 'xl/styles.xml')),
    date1904: pkg.date1904,
  };
  const sheets: SheetData[] = [];
  // inflate the next sheet while this one is parsed (with an asynchronous inflate, Node's zlib thread pool,
  // the two overlap), but not all at once: a 100k-row ledger's sheets are ~80 MB of XML
  const inflate = (k: number): Promise<Uint8Array | null> => {
    const e = pkg.sheets[k];
    const f = e && e.kind === 'worksheet' && e.path ? pkg.zip.find(e.path) : null;
    const p = f ? pkg.zip.read(f) : Promise.resolve(null);
    p.catch(() => undefined); // reported when the sheet is parsed
    return p;
  };
  let next = inflate(0);
  for (let k = 0; k < pkg.sheets.length; k++) {
    const part = next;
    next = inflate(k + 1);
    sheets.push(await readSheet(pkg, pkg.sheets[k], ctx, part));
  }
  const wb = { sheets };
  rememberStrings(wb, known);
  return wb;
}
