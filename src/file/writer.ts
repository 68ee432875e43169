// Writes the result sheets into a copy of the user's workbook by grafting new parts into the original
// zip: every original part we do not need to touch (the ledger sheets above all) stays byte-identical,
// and the job is fast even for a 100k-row ledger because the big sheets are never re-serialised.
import { absoluteA1, describeSheet, MARKER_SHEET, markerRows, ownedSheetNames, planSheetNames } from '../core';
import type { ChartDescription } from '../core';
import type { OutputSheet, WorkbookData } from '../core/types';
import { getFile, openPackage, parseRels, readRels, readText, relsPathOf, type SheetEntry, type XlsxPackage } from './package';
import { CT, ContentTypes, REL, RelsPart, isStrict, toStrict } from './partEdits';
import { updateAppTitles } from './appProps';
import { buildResultSheet, markerSheetXml, quoteSheet, tableXml, XmlSink } from './resultSheet';
import { chartXml, drawingXml } from './chartParts';
import { SharedStringAppender, countStringItems, outsideItems, sstFrame, type OutsideItems, type SstFrame } from './sharedStrings';
import { addResultStyles } from './styleSheet';
import { reusableStrings } from './knownStrings';
import { parseAttrs } from './xml';
import { WorkbookPart } from './workbookPart';
import {
  deflateRawStream, makeEntry, pieceEntry, PiecePacker, writeZip, type Crc32, type DeflateRaw, type DeflateRawPiece, type InflateRaw,
  type PackedPiece, type RawEntry,
} from './zip';

export interface WriteOptions {
  /** raw deflate; default: the platform's CompressionStream. The CLI passes Node's zlib (faster). */
  deflateRaw?: DeflateRaw;
  /** raw deflate of a part's pieces (see DeflateRawPiece): big sheets are packed while being built.
   *  Without it (the browser's CompressionStream cannot sync-flush) each part is deflated whole. */
  deflateRawPiece?: DeflateRawPiece;
  /** CRC-32 of new parts, continuing from a previous value; default: a table-driven JavaScript one. */
  crc32?: Crc32;
  /** raw inflate for reading the original's parts; default: DecompressionStream (or JSZip) */
  inflateRaw?: InflateRaw;
}

export interface WriteOutcome {
  data: Uint8Array;
  /** intended name -> name actually written (differs when a user's sheet already had the name) */
  written: Array<{ intended: string; actual: string }>;
  /** settings sheets not written because a sheet of that name exists */
  skipped: string[];
}

// Parts owned by a replaced sheet that go away with it (never shared with other sheets).
const DEPENDENT_TYPES = new Set([
  'table', 'drawing', 'chart', 'vmlDrawing', 'comments', 'printerSettings', 'threadedComment',
  'chartUserShapes', 'chartStyle', 'chartColorStyle',
]);

const NEW_PART = 'new';

/** 'xl/workbook.xml' -> 'xl/' */
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

class Graft {
  readonly ct: ContentTypes;
  readonly wbRels: RelsPart;
  readonly workbook: WorkbookPart;
  readonly dir: string; // directory of workbook.xml, e.g. 'xl/'
  /** ISO 29500 strict package: the parts we generate get strict namespaces too */
  readonly strict: boolean;
  private readonly used: Set<string>;
  private readonly tableNames = new Set<string>();
  private nextTableId = 1;
  /** per zip entry name: NEW_PART = new content (packed below), null = removed */
  readonly overrides = new Map<string, typeof NEW_PART | null>();

  /** compressed entries, started as soon as a part is put (compression may run on other threads) */
  private readonly packed = new Map<string, Promise<RawEntry>>();

  constructor(readonly pkg: XlsxPackage, ctXml: string, wbRelsXml: string, private readonly options: WriteOptions) {
    this.ct = new ContentTypes(ctXml);
    this.wbRels = new RelsPart(wbRelsXml, relsPathOf(pkg.workbookPath));
    this.workbook = new WorkbookPart(pkg.workbookXml, pkg.workbookPath);
    this.strict = isStrict(pkg.workbookXml.slice(0, 2000));
    this.dir = folderOf(pkg.workbookPath);
    this.used = new Set(pkg.zip.names().map((p) => p.toLowerCase()));
  }

  /** Existing table names and ids, so new tables are unique in the workbook (Excel insists). */
  async scanTables(): Promise<void> {
    for (const path of this.pkg.zip.names()) {
      if (!/\/tables\/[^/]+\.xml$/i.test(path)) continue;
      const xml = await readText(this.pkg.zip, path);
      const m = xml && /<(?:\w+:)?table\b([^>]*)>/.exec(xml);
      if (!m) continue;
      const a = parseAttrs(m[1]);
      this.tableNames.add((a.displayName ?? a.name ?? '').toLowerCase());
      this.nextTableId = Math.max(this.nextTableId, (Number(a.id) || 0) + 1);
    }
    for (const dn of this.workbook.definedNameList()) this.tableNames.add(dn.toLowerCase());
  }

  uniqueTableName(wanted: string): string {
    let base = wanted.replace(/[^\p{L}\p{N}_.]/gu, '_');
    if (!/^[\p{L}_]/u.test(base)) base = `_${base}`;
    if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]\d*$/.test(base)) base = `_${base}`; // looks like a cell
    let name = base;
    for (let n = 2; this.tableNames.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    this.tableNames.add(name.toLowerCase());
    return name;
  }

  takeTableId(): number {
    return this.nextTableId++;
  }

  /** A free part path like xl/worksheets/sheet7.xml. */
  freePath(folder: string, stem: string): string {
    for (let n = 1; ; n++) {
      const p = `${this.dir}${folder}/${stem}${n}.xml`;
      if (!this.used.has(p.toLowerCase())) {
        this.used.add(p.toLowerCase());
        return p;
      }
    }
  }

  /** The entry's real name in the zip (rels targets may differ in case). */
  private entryName(path: string): string {
    return getFile(this.pkg.zip, path)?.name ?? path;
  }

  exists(path: string): boolean {
    const name = this.entryName(path);
    return this.overrides.has(name) ? this.overrides.get(name) !== null : !!this.pkg.zip.find(name);
  }

  put(path: string, content: string | Uint8Array, type?: string): void {
    const name = this.entryName(path);
    // new parts (those given a content type) are generated transitional; strict packages need them strict
    if (this.strict && type) content = toStrict(typeof content === 'string' ? content : new TextDecoder().decode(content));
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.putEntry(path, makeEntry(name, bytes, this.options.deflateRaw ?? deflateRawStream, this.options.crc32), type);
  }

  /** A packer for a part generated in pieces, or null where pieces cannot be deflated apart (no piece
   *  deflater; a strict package, whose new parts are rewritten whole). Hand its end() to putEntry. */
  packer(path: string): PiecePacker | null {
    const deflate = this.pieceDeflate;
    return deflate ? new PiecePacker(this.entryName(path), deflate) : null;
  }

  /** The piece deflater, where parts may be deflated in pieces (see packer). */
  get pieceDeflate(): DeflateRawPiece | null {
    return this.strict ? null : this.options.deflateRawPiece ?? null;
  }

  /** A part given as pieces deflated apart, in order (see pieceEntry). */
  putPieces(path: string, pieces: Array<Promise<PackedPiece> | PackedPiece>, lengths: number[]): void {
    this.putEntry(path, pieceEntry(this.entryName(path), pieces, lengths));
  }

  putEntry(path: string, entry: Promise<RawEntry>, type?: string): void {
    const name = this.entryName(path);
    this.overrides.set(name, NEW_PART);
    entry.catch(() => undefined); // awaited in assemble()
    this.packed.set(name, entry);
    this.used.add(path.toLowerCase());
    if (type) this.ct.addOverride(path, type);
  }

  remove(path: string): void {
    this.overrides.set(this.entryName(path), null);
    this.used.delete(path.toLowerCase());
    this.ct.removeOverride(path);
  }

  /** Remove the parts that hang off a sheet being replaced (tables, drawings, charts, comments…). */
  async removeDependents(part: string): Promise<void> {
    const relsPath = relsPathOf(part);
    const xml = await readText(this.pkg.zip, relsPath);
    if (!xml) return;
    for (const rel of parseRels(xml, part)) {
      if (rel.external || !DEPENDENT_TYPES.has(rel.type) || !this.exists(rel.target)) continue;
      await this.removeDependents(rel.target);
      this.remove(rel.target);
    }
    this.overrides.set(this.entryName(relsPath), null);
  }

  /** The output zip: untouched entries copied raw from the original, changed ones compressed anew. */
  async assemble(): Promise<Uint8Array> {
    const entries: Array<RawEntry | Promise<RawEntry>> = [];
    const seen = new Set<string>();
    for (const e of this.pkg.zip.entries) {
      seen.add(e.name);
      const o = this.overrides.get(e.name);
      if (o === undefined) entries.push(e);
      else if (o !== null) entries.push(this.packed.get(e.name)!);
    }
    for (const [name, o] of this.overrides) if (!seen.has(name) && o !== null) entries.push(this.packed.get(name)!);
    return writeZip(await Promise.all(entries));
  }
}

/** A copy of what lies outside a table's items (`bytes` may go to the deflater with them). The copies are made
 *  with the Uint8Array constructor: a Node Buffer's slice() is a view. */
function copiedOutside(bytes: Uint8Array, frame: SstFrame): OutsideItems {
  const { before, after } = outsideItems(bytes, frame);
  return { before: new Uint8Array(before), after: new Uint8Array(after) };
}

/**
 * A table's items in a buffer the piece deflater may take over: the table's own where it is essentially that buffer
 * (starts it, fills it but for an inflater's spare byte or so, megabytes: no pool's), else a copy (a stored part's
 * bytes are the original file's). The table is not read again; a copy of its 10 MB (at 100k rows) was 10 MB more to
 * write, a page fault every 4 KB of it.
 */
function ownedItems(bytes: Uint8Array, frame: SstFrame): Uint8Array {
  const items = bytes.subarray(frame.openEnd, frame.close);
  const own = bytes.byteOffset === 0 && bytes.byteLength >= 2 ** 20 && bytes.buffer.byteLength - bytes.byteLength < 2 ** 16;
  return own ? items : new Uint8Array(items);
}

/** The chart parts and their drawing part; returns the sheet's relationship id of the drawing. */
function addCharts(g: Graft, charts: ChartDescription[], sheetName: string, sheetRels: RelsPart): string {
  const drawingPath = g.freePath('drawings', 'drawing');
  const drawingRels = RelsPart.empty();
  const chartRids = charts.map((spec) => {
    const chartPath = g.freePath('charts', 'chart');
    g.put(chartPath, chartXml(spec, sheetName), CT.chart);
    return drawingRels.add(REL.chart, `../charts/${chartPath.slice(chartPath.lastIndexOf('/') + 1)}`, g.strict);
  });
  g.put(drawingPath, drawingXml(charts, chartRids), CT.drawing);
  g.put(relsPathOf(drawingPath), drawingRels.xml);
  return sheetRels.add(REL.drawing, `../drawings/${drawingPath.slice(drawingPath.lastIndexOf('/') + 1)}`, g.strict);
}

/**
 * A copy of the workbook with the result sheets added. Original sheets are kept as they were; only
 * sheets the product wrote before (listed in the very hidden marker sheet) and the payout history
 * are replaced; a user's sheet with the same name makes us write under another name.
 */
export async function writeResults(
  original: Uint8Array | ArrayBuffer,
  wb: WorkbookData,
  outputs: OutputSheet[],
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const bytes = original instanceof Uint8Array ? original : new Uint8Array(original);
  const pkg = await openPackage(bytes, options.inflateRaw);
  const owned = ownedSheetNames(wb);
  const plan = planSheetNames(pkg.sheets.map((s) => s.name), owned, outputs);

  // the shared strings (~10 MB at 100k rows) inflate while the small parts below are read
  const ssRel = pkg.workbookRels.find((r) => r.type === 'sharedStrings');
  const ssPath = ssRel?.target ?? `${folderOf(pkg.workbookPath)}sharedStrings.xml`;
  const ssEntry = getFile(pkg.zip, ssPath);
  const ssRead = ssEntry ? pkg.zip.read(ssEntry) : Promise.resolve(null); // kept as bytes: it can be ~10 MB of text
  ssRead.catch(() => undefined); // awaited below

  const ctXml = (await readText(pkg.zip, '[Content_Types].xml')) ?? '';
  const wbRelsPath = relsPathOf(pkg.workbookPath);
  const g = new Graft(pkg, ctXml, (await readText(pkg.zip, wbRelsPath)) ?? RelsPart.empty().xml, options);
  await g.scanTables();

  // Styles and shared strings: append ours, keep every existing index.
  const stylesRel = pkg.workbookRels.find((r) => r.type === 'styles');
  const stylesPath = stylesRel?.target ?? `${g.dir}styles.xml`;
  const styles = addResultStyles(await readText(pkg.zip, stylesPath), stylesPath);
  const ssBytes = await ssRead;
  const reusable = ssEntry ? reusableStrings(wb, ssEntry) : undefined;
  const strings = new SharedStringAppender(reusable ? reusable.texts.length : countStringItems(ssBytes), reusable);
  // the original's items (all but a few bytes of a 10 MB table) deflate on the worker while the sheets are built;
  // what goes around them, with the new counts and our items, at the end
  const ssFrame = ssRel && ssBytes && g.pieceDeflate ? sstFrame(ssBytes) : null;
  const ssOutside = ssFrame && ssBytes && copiedOutside(ssBytes, ssFrame);
  const ssItems = ssFrame && g.pieceDeflate?.(ownedItems(ssBytes!, ssFrame), false);

  const sheetIndex = (name: string) => pkg.sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
  const replacedIdx = new Set<number>();
  const newSheets: Array<{ name: string; sheetId: number; rId: string; state?: string }> = [];
  // print titles and print areas, sheet-scoped built-in names
  const builtinNames: Array<{ name: string; index: number; formula: string }> = [];
  let nextSheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId)) + 1;
  let appendedCount = 0;
  const appendedNames: string[] = [];

  /** Where a sheet goes: the replaced sheet's part, or a new part appended to the workbook. */
  const placeSheet = async (name: string, state?: string): Promise<{ path: string; index: number }> => {
    const i = sheetIndex(name);
    const existing: SheetEntry | undefined = pkg.sheets[i];
    if (existing && existing.kind === 'worksheet' && existing.path) {
      replacedIdx.add(i);
      await g.removeDependents(existing.path);
      return { path: existing.path, index: i };
    }
    const path = g.freePath('worksheets', 'sheet');
    const rId = g.wbRels.add(REL.worksheet, path.slice(g.dir.length));
    appendedNames.push(name);
    newSheets.push({ name, sheetId: nextSheetId++, rId, state });
    return { path, index: pkg.sheets.length + appendedCount++ };
  };

  const written: WriteOutcome['written'] = [];
  const skipped: string[] = [];
  for (let k = 0; k < outputs.length; k++) {
    const entry = plan[k];
    if (entry.skip) {
      skipped.push(entry.intended);
      continue;
    }
    const { path, index } = await placeSheet(entry.actual);
    // one table part per block; their relationship ids are needed inside the sheet XML
    const sheetRels = RelsPart.empty();
    const tableParts = outputs[k].blocks.map(() => {
      const tablePath = g.freePath('tables', 'table');
      return { tablePath, rid: sheetRels.add(REL.table, `../tables/${tablePath.slice(tablePath.lastIndexOf('/') + 1)}`, g.strict) };
    });
    const layout = describeSheet(outputs[k]);
    const drawingRid = layout.charts.length ? addCharts(g, layout.charts, entry.actual, sheetRels) : undefined;
    const packer = g.packer(path);
    const sink = packer ? new XmlSink((chunk) => packer.push(chunk), packer.pieceSize, g.pieceDeflate?.spare) : undefined;
    const built = buildResultSheet(outputs[k], layout, styles.xf, strings, tableParts.map((t) => t.rid), drawingRid, sink);
    built.tables.forEach((spec, b) => {
      const name = g.uniqueTableName(outputs[k].blocks[spec.block].tableName || `表${spec.block + 1}`);
      g.put(tableParts[b].tablePath, tableXml(g.takeTableId(), name, spec), CT.table);
    });
    if (packer) g.putEntry(path, packer.end(), CT.worksheet);
    else g.put(path, built.data, CT.worksheet);
    if (tableParts.length || drawingRid) g.put(relsPathOf(path), sheetRels.xml);
    if (built.printTitleRows) {
      const { first, last } = built.printTitleRows;
      builtinNames.push({ name: '_xlnm.Print_Titles', index, formula: `${quoteSheet(entry.actual)}!$${first}:$${last}` });
    }
    if (built.printArea) {
      builtinNames.push({ name: '_xlnm.Print_Area', index, formula: `${quoteSheet(entry.actual)}!${absoluteA1(built.printArea)}` });
    }
    written.push({ intended: entry.intended, actual: entry.actual });
  }

  if (written.length) {
    const marker = await placeSheet(MARKER_SHEET, 'veryHidden');
    g.put(marker.path, markerSheetXml(markerRows(owned, plan), strings), CT.worksheet);
    g.workbook.hideSheet(MARKER_SHEET);
  }

  if (replacedIdx.size && g.exists(`${g.dir}calcChain.xml`)) {
    // the calculation chain may point at cells of the replaced sheets; Excel rebuilds it
    g.remove(`${g.dir}calcChain.xml`);
    g.wbRels.removeType('calcChain');
  }

  g.workbook.dropBuiltinNames(replacedIdx);
  for (const s of newSheets) g.workbook.addSheet(s.name, s.sheetId, s.rId, s.state);
  for (const t of builtinNames) g.workbook.addDefinedName(t.name, t.index, t.formula);

  g.put(pkg.workbookPath, g.workbook.xml);
  // a part we create gets its content type (and, in a strict package, strict namespaces)
  g.put(stylesPath, styles.xml, stylesRel ? undefined : CT.styles);
  if (!stylesRel) g.wbRels.add(REL.styles, stylesPath.slice(g.dir.length));
  if (ssFrame && ssOutside && ssItems && g.pieceDeflate) {
    const { head, tail } = strings.around(ssOutside, ssFrame);
    const lengths = [head.length, ssFrame.close - ssFrame.openEnd, tail.length];
    g.putPieces(ssPath, [g.pieceDeflate(head, false), ssItems, g.pieceDeflate(tail, true)], lengths);
  } else {
    g.put(ssPath, strings.applyBytes(ssBytes), ssRel ? undefined : CT.sharedStrings);
  }
  if (!ssRel) g.wbRels.add(REL.sharedStrings, ssPath.slice(g.dir.length));
  g.put(wbRelsPath, g.wbRels.xml);
  if (appendedNames.length) {
    const appPath = (await readRels(pkg.zip, '')).find((r) => /^extended-?properties$/i.test(r.type) && !r.external)?.target;
    const app = appPath ? await readText(pkg.zip, appPath) : null;
    const worksheets = pkg.sheets.filter((s) => s.kind === 'worksheet').map((s) => s.name);
    const updated = app && updateAppTitles(app, [...worksheets, ...appendedNames], appPath);
    if (appPath && updated) g.put(appPath, updated);
  }
  g.put('[Content_Types].xml', g.ct.xml);

  const data = await g.assemble();
  return { data, written, skipped };
}
