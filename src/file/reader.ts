// Fast .xlsx reader: scans sharedStrings and sheet XML directly (no DOM, no ExcelJS model), because the
// CLI must read a 100k-row ledger in well under a second. Runs in Node and in the browser.
import type { CellValue, SheetData, TableInfo, WorkbookData } from '../core/types';
import { parseRange, parseRef } from './cellRef';
import { numberOrText, textTypedValue } from './cellValue';
import { dateStyleFlags } from './dateStyles';
import { FileReadError, MESSAGES } from './errors';
import { MalformedPart, assertComplete, damagedPartMessage, damagedSheetMessage } from './partCheck';
import { scanSheetPart, type ScannedPart } from './sheetPart';
import { RowCollector, replaySheet, serialToDate, type SheetContext } from './sheetRows';
import { isTagEnd, scanSheet } from './sheetScan';
import { openPackage, readRels, readText, type XlsxPackage } from './package';
import { decodeXml, parseAttrs, stringItemText } from './xml';
import type { InflateRaw, RawEntry, ZipArchive } from './zip';
import { rememberStrings, type KnownStrings } from './knownStrings';


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

/**
 * Rows of one worksheet's XML text (the reader itself scans the part's bytes: see sheetPart.ts). Unprefixed
 * markup goes through the byte scanner, prefixed markup (<x:c>) through the regex path below.
 */
export function parseSheetRows(xml: string, ctx: SheetContext): CellValue[][] {
  const scan = scanSheet(new TextEncoder().encode(xml));
  return scan ? replaySheet(scan, ctx) : parseSheetRowsPrefixed(xml, ctx);
}

function typedValue(t: string | undefined, v: string, style: string | undefined, ctx: SheetContext): CellValue {
  if (t === 's') return ctx.strings[Number(v)] ?? '';
  const own = t === undefined ? undefined : textTypedValue(t, v);
  if (own !== undefined) return own;
  const n = numberOrText(v);
  return typeof n === 'number' && style !== undefined && ctx.dateStyles[Number(style)] ? serialToDate(n, ctx.date1904) : n;
}

function cellValue(attrs: string, inner: string | undefined, ctx: SheetContext): CellValue {
  const t = /\bt="([^"]*)"/.exec(attrs)?.[1];
  if (t === 'inlineStr') return inner ? stringItemText(inner) : '';
  const v = inner && /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner);
  return v ? typedValue(t, v[1], /\bs="(\d+)"/.exec(attrs)?.[1], ctx) : null;
}

/** The same for namespace-prefixed markup (<x:row>, <x:c>), as some generators write it. */
function parseSheetRowsPrefixed(xml: string, ctx: SheetContext): CellValue[][] {
  const out = new RowCollector();
  const re = /<(?:\w+:)?row\b([^>]*?)(\/?)>|<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] !== undefined) {
      const r = /\br="(\d+)"/.exec(m[1])?.[1];
      out.start(r === undefined ? undefined : Number(r) - 1);
    } else {
      const r = /\br="([A-Za-z]+)\d*"/.exec(m[3]);
      out.put(r ? parseRef(r[1]).col : undefined, cellValue(m[3], m[4], ctx));
    }
  }
  return out.result();
}

async function readSheet(
  pkg: XlsxPackage, entry: XlsxPackage['sheets'][number], ctx: SheetContext, part: Promise<ScannedPart | null>,
): Promise<SheetData> {
  const sheet: SheetData = { name: entry.name, rows: [] };
  if (entry.state !== 'visible') sheet.hidden = true;
  if (entry.kind !== 'worksheet' || !entry.path) return sheet;
  let scanned: ScannedPart | null;
  try {
    scanned = await part;
  } catch (e) {
    if (e instanceof MalformedPart) throw new FileReadError(damagedSheetMessage(entry.name), 'damaged');
    throw e;
  }
  if (scanned === null) throw new FileReadError(MESSAGES.damaged, 'damaged');
  sheet.rows = scanned.scan ? replaySheet(scanned.scan, ctx) : parseSheetRowsPrefixed(scanned.xml ?? '', ctx);
  if (scanned.merges.length) sheet.merges = scanned.merges;
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

/** Inflates and scans a workbook's worksheet parts, wherever that runs (see ReadOptions.scanSheets). */
export interface SheetScanner {
  /** The scanned part of pkg.sheets[k] (null when it has none); rejects as ZipArchive.read and scanSheetPart throw. */
  part(k: number): Promise<ScannedPart | null>;
  /** Called once the reader is done with the parts (or failed). */
  close(): void;
}

/** In this thread, inflating the next part while this one is scanned (with an asynchronous inflate, e.g. Node's
 *  zlib thread pool, the two overlap), but not all at once: a 100k-row ledger's sheets are ~80 MB of XML. */
function scanHere(zip: ZipArchive, parts: Array<RawEntry | null>): SheetScanner {
  const inflate = (k: number): Promise<Uint8Array | null> => {
    const f = parts[k];
    const p = f ? zip.read(f) : Promise.resolve(null);
    p.catch(() => undefined); // reported when the sheet is scanned
    return p;
  };
  let ahead = -1;
  let next: Promise<Uint8Array | null> = Promise.resolve(null);
  return {
    async part(k) {
      const raw = k === ahead ? next : inflate(k);
      ahead = k + 1;
      next = inflate(k + 1);
      const bytes = await raw;
      return bytes && scanSheetPart(bytes);
    },
    close() {},
  };
}

/** Options of readXlsx. */
export interface ReadOptions {
  /** raw inflate; default: DecompressionStream (or JSZip). The CLI passes Node's native zlib. */
  inflateRaw?: InflateRaw;
  /** Scans the worksheet parts (parts[k]: pkg.sheets[k]'s zip entry, null when it has none) elsewhere, e.g. in
   *  worker threads; default: in this thread, one part ahead. */
  scanSheets?: (parts: Array<RawEntry | null>) => SheetScanner;
}

/** Read every sheet of an .xlsx file as plain values for the core. Throws FileReadError in Chinese. */
export async function readXlsx(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<WorkbookData> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const pkg = await openPackage(bytes, options.inflateRaw);
  const parts = pkg.sheets.map((e) => (e.kind === 'worksheet' && e.path ? pkg.zip.find(e.path) : null));
  // started before the shared strings are parsed: a worker scanner works on the sheets meanwhile
  const scanner = options.scanSheets ? options.scanSheets(parts) : scanHere(pkg.zip, parts);
  try {
    const stylesRel = pkg.workbookRels.find((r) => r.type === 'styles');
    const known = await readSharedStrings(pkg);
    const ctx: SheetContext = {
      strings: known.texts,
      dateStyles: dateStyleFlags(await readText(pkg.zip, stylesRel?.target ?? 'xl/styles.xml')),
      date1904: pkg.date1904,
    };
    const sheets: SheetData[] = [];
    for (let k = 0; k < pkg.sheets.length; k++) sheets.push(await readSheet(pkg, pkg.sheets[k], ctx, scanner.part(k)));
    const wb = { sheets };
    rememberStrings(wb, known);
    return wb;
  } finally {
    scanner.close();
  }
}
