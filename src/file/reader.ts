// Fast .xlsx reader: scans sharedStrings and sheet XML directly (no DOM, no ExcelJS model), because the
// CLI must read a 100k-row ledger in well under a second. Runs in Node and in the browser.
import type { CellValue, SheetData, TableInfo, WorkbookData } from '../core/types';
import { parseRange, parseRef } from './cellRef';
import { numberOrText, textTypedValue } from './cellValue';
import { dateStyleFlags } from './dateStyles';
import { FileReadError, MESSAGES } from './errors';
import { MalformedPart, damagedSheetMessage } from './partCheck';
import { scanSheetPart, type ScannedPart } from './sheetPart';
import { RowCollector, replaySheet, serialToDate, type SheetContext } from './readRows';
import { scanSheet } from './sheetScan';
import { openPackage, readRels, readText, type XlsxPackage } from './package';
import { parseAttrs, stringItemText } from './xml';
import type { InflateRaw, RawEntry, ZipArchive } from './zip';
import { rememberStrings } from './knownStrings';
import { readSharedStrings } from './stringTable';

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
  /** Every part is already being scanned elsewhere: the reader asks for all at once and turns each into rows as
   *  it arrives (the payout history, scanned first, while the ledger's months are scanned). Otherwise it asks
   *  in sheet order, one at a time. */
  allAtOnce?: boolean;
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
    if (scanner.allAtOnce) await Promise.all(pkg.sheets.map(async (e, k) => { sheets[k] = await readSheet(pkg, e, ctx, scanner.part(k)); }));
    else for (let k = 0; k < pkg.sheets.length; k++) sheets.push(await readSheet(pkg, pkg.sheets[k], ctx, scanner.part(k)));
    const wb = { sheets };
    rememberStrings(wb, known);
    return wb;
  } finally {
    scanner.close();
  }
}
