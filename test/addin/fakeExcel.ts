// An in-memory fake of the Excel JavaScript API subset the Office shell uses. It follows the proxy model:
// calls queue operations, context.sync() runs them in order, loaded properties exist only after the sync
// (reading earlier throws PropertyNotLoaded), errors surface at sync with Office's error codes. It counts
// round trips and enforces Excel on the web's 5 MB request/response payload and 5M-cell get limits.
import { CELL_LIMIT, jsonBytes, PAYLOAD_LIMIT_BYTES } from '../../src/addin/office/payload';
import type { ExcelRuntime } from '../../src/addin/office/runtime';

export class FakeOfficeError extends Error {
  constructor(public readonly code: string, message = code) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

type Cell = string | number | boolean | { formula: string };

interface Rect { top: number; left: number; rows: number; cols: number }

export interface FakeTable { name: string; sheet: FakeSheet; rect: Rect; style?: string }
/** A range reference that follows its sheet when renamed, as chart series references do in Excel. */
export interface RangeRef { sheet: FakeSheet; rect: Rect }
export const refAddress = (r?: RangeRef): string | undefined => r && `${r.sheet.name}!${rectAddress(r.rect)}`;
export interface FakeChart { type: string; title?: string; source?: RangeRef; series: Array<{ name?: string; values?: RangeRef; x?: RangeRef }>; position?: [string, string] }

export class FakeSheet {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  cells: Cell[][] = [];
  formats: string[][] = [];
  links = new Map<string, Excel.RangeHyperlink>();
  charts: FakeChart[] = [];
  /** manual page breaks: the top-left cell of each new page */
  pageBreaks: string[] = [];
  props: Record<string, unknown> = {}; // page layout, freeze panes, widths, fonts: for assertions
  customProperties = new Map<string, string>();
  /** merged areas, as Range.merge would leave them (values stay in the top-left cell) */
  merges: Rect[] = [];
  deleted = false;
  constructor(public name: string) {}

  get(r: number, c: number): Cell | undefined { return this.cells[r]?.[c]; }
  set(r: number, c: number, v: Cell | undefined): void {
    const row = this.cells[r] ?? (this.cells[r] = []);
    if (v === undefined || v === '') delete row[c];
    else row[c] = v;
  }
  /** Plain values with '' for empty cells, as Range.values gives them. */
  read(rect: Rect): unknown[][] {
    const out: unknown[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row = this.cells[rect.top + r];
      const line: unknown[] = [];
      for (let c = 0; c < rect.cols; c++) {
        const v = row?.[rect.left + c];
        line.push(v === undefined ? '' : typeof v === 'object' ? '#NAME?' : v);
      }
      out.push(line);
    }
    return out;
  }
  used(): Rect | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    this.cells.forEach((row, r) => row?.forEach((v, c) => {
      if (v === undefined) return;
      top = Math.min(top, r); bottom = Math.max(bottom, r); left = Math.min(left, c); right = Math.max(right, c);
    }));
    return bottom < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

export interface SyncRecord { requestBytes: number; responseBytes: number; ops: number }

/** The workbook state plus the counters the tests read. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  settings = new Map<string, unknown>();
  protected = false;
  supported = new Set(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11', '1.12', '1.13']);
  syncs: SyncRecord[] = [];
  suspendCalls = 0;
  selection?: { sheet: string; address: string };
  active?: string;
  /** fault injection: throw this code when an operation whose label matches runs */
  failOn?: { label: RegExp; code: string };

  addSheet(name: string, rows: unknown[][] = []): FakeSheet {
    const s = new FakeSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => s.set(r, c, v === null || v === undefined ? undefined : (v as Cell))));
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet | undefined { return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()); }
  get roundTrips(): number { return this.syncs.length; }
  get maxRequestBytes(): number { return Math.max(0, ...this.syncs.map((s) => s.requestBytes)); }
  get maxResponseBytes(): number { return Math.max(0, ...this.syncs.map((s) => s.responseBytes)); }
  resetCounters(): void { this.syncs = []; this.suspendCalls = 0; }

  runtime(): ExcelRuntime {
    return {
      run: async (batch) => {
        const ctx = new FakeContext(this);
        const result = await batch(ctx as unknown as Excel.RequestContext);
        if (ctx.pending()) await ctx.sync(); // Excel.run flushes what is left
        return result;
      },
      isSetSupported: (name, version) => name === 'ExcelApi' && this.supported.has(version),
    };
  }
}

interface Op { label: string; bytes: number; run: () => number | void }

const OP_OVERHEAD = 40;

export class FakeContext {
  private queue: Op[] = [];
  readonly workbook: WorkbookProxy;
  constructor(readonly wb: FakeWorkbook) { this.workbook = new WorkbookProxy(this); }
  pending(): boolean { return this.queue.length > 0; }
  enqueue(label: string, bytes: number, run: () => number | void): void {
    this.queue.push({ label, bytes: bytes + OP_OVERHEAD, run });
  }
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const requestBytes = ops.reduce((n, o) => n + o.bytes, 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, ops: ops.length };
    this.wb.syncs.push(record);
    await Promise.resolve();
    if (requestBytes > PAYLOAD_LIMIT_BYTES) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded');
    for (const op of ops) {
      if (this.wb.failOn?.label.test(op.label)) throw new FakeOfficeError(this.wb.failOn.code);
      record.responseBytes += op.run() ?? 0;
    }
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded');
  }
}

// ---------- proxies ----------

function parseLoad(spec: string | string[] | undefined): string[] {
  if (!spec) return [];
  return (Array.isArray(spec) ? spec : spec.split(',')).map((s) => s.trim()).filter(Boolean);
}

abstract class Proxy<T> {
  private cache?: { v: T | undefined };
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext, private readonly resolver: () => T | undefined) {}
  /** Resolved when an operation runs (as Office binds a proxy at its first use), then kept. */
  protected target(): T {
    if (!this.cache) this.cache = { v: this.resolver() };
    if (this.cache.v === undefined) throw new FakeOfficeError('ItemNotFound');
    return this.cache.v;
  }
  protected isNull(): boolean {
    if (!this.cache) this.cache = { v: this.resolver() };
    return this.cache.v === undefined;
  }
  protected loadedValue<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw new FakeOfficeError('PropertyNotLoaded', `${prop} was not loaded (load, then sync)`);
    return this.loaded.get(prop) as V;
  }
  get isNullObject(): boolean { return this.loadedValue<boolean>('isNullObject'); }
  protected abstract readProp(prop: string): unknown;
  load(spec?: string | string[]): this {
    const props = parseLoad(spec);
    this.ctx.enqueue('load', 50, () => {
      let bytes = 0;
      if (this.isNull()) { this.loaded.set('isNullObject', true); return 8; }
      this.loaded.set('isNullObject', false);
      for (const p of props.filter((x) => x !== 'isNullObject')) {
        const v = this.readProp(p);
        this.loaded.set(p, v);
        bytes += jsonBytes(v) + p.length;
      }
      return bytes;
    });
    return this;
  }
  protected set(label: string, bytes: number, apply: (t: T) => void): void {
    this.ctx.enqueue(label, bytes, () => { apply(this.target()); });
  }
}

abstract class CollectionProxy<M, P> extends Proxy<M[]> {
  protected abstract item(m: M): P & { fill(props: string[]): number };
  get items(): P[] { return this.loadedValue<P[]>('items'); }
  protected readProp(): unknown { return undefined; }
  override load(spec?: string | string[]): this {
    const props = parseLoad(spec).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue('load', 50, () => {
      let bytes = 0;
      const items = this.target().map((m) => { const p = this.item(m); bytes += p.fill(props); return p; });
      this.loaded.set('items', items);
      return bytes;
    });
    return this;
  }
}

/** Fill loaded properties synchronously (for collection items, loaded as part of their collection). */
function fillFrom<T>(proxy: { readPropPublic(p: string): unknown; loadedMap(): Map<string, unknown> }, props: string[]): number {
  let bytes = 0;
  for (const p of props) {
    const v = proxy.readPropPublic(p);
    proxy.loadedMap().set(p, v);
    bytes += jsonBytes(v) + p.length;
  }
  return bytes;
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void };
  readonly protection: ProtectionProxy;
  readonly settings: SettingsProxy;
  readonly tables: TableCollectionProxy;
  constructor(ctx: FakeContext) {
    const wb = ctx.wb;
    this.worksheets = new WorksheetCollectionProxy(ctx, () => wb.sheets);
    const suspend = () => ctx.enqueue('suspend', 10, () => { wb.suspendCalls++; });
    this.application = { suspendApiCalculationUntilNextSync: suspend, suspendScreenUpdatingUntilNextSync: suspend };
    this.protection = new ProtectionProxy(ctx, () => wb);
    this.settings = new SettingsProxy(ctx);
    this.tables = new TableCollectionProxy(ctx, () => wb.tables);
  }
}

class ProtectionProxy extends Proxy<FakeWorkbook> {
  get protected(): boolean { return this.loadedValue('protected'); }
  protected readProp(p: string): unknown { return p === 'protected' ? this.target().protected : undefined; }
}

class SettingProxy extends Proxy<{ key: string; value: unknown }> {
  get value(): unknown { return this.loadedValue('value'); }
  protected readProp(p: string): unknown { return p === 'value' ? this.target().value : undefined; }
  delete(): void { this.set('setting.delete', 20, (t) => { this.ctx.wb.settings.delete(t.key); }); }
}

class SettingsProxy {
  constructor(private readonly ctx: FakeContext) {}
  add(key: string, value: unknown): void {
    this.ctx.enqueue('settings.add', jsonBytes(value), () => { this.ctx.wb.settings.set(key, value); });
  }
  getItemOrNullObject(key: string): SettingProxy {
    const wb = this.ctx.wb;
    return new SettingProxy(this.ctx, () => (wb.settings.has(key) ? { key, value: wb.settings.get(key) } : undefined));
  }
}

class WorksheetCollectionProxy extends CollectionProxy<FakeSheet, WorksheetProxy> {
  protected item(m: FakeSheet) { return new WorksheetProxy(this.ctx, () => m); }
  add(name: string): WorksheetProxy {
    let created: FakeSheet | undefined;
    this.ctx.enqueue(`worksheets.add`, name.length, () => {
      if (this.ctx.wb.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists');
      if (this.ctx.wb.protected) throw new FakeOfficeError('AccessDenied');
      created = this.ctx.wb.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => created);
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.wb.sheet(name);
      if (!s) throw new FakeOfficeError('ItemNotFound');
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy { return new WorksheetProxy(this.ctx, () => this.ctx.wb.sheet(name)); }
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export function rectAddress(r: Rect): string {
  const a = `${colLetters(r.left + 1)}${r.top + 1}`;
  const b = `${colLetters(r.left + r.cols)}${r.top + r.rows}`;
  return a === b ? a : `${a}:${b}`;
}
function parseAddress(address: string): Rect {
  const a = address.replace(/\$/g, '').toUpperCase();
  let m = /^([A-Z]+):([A-Z]+)$/.exec(a);
  if (m) return { top: 0, rows: 1_048_576, left: colNumber(m[1]) - 1, cols: colNumber(m[2]) - colNumber(m[1]) + 1 };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { top: Number(m[1]) - 1, rows: Number(m[2]) - Number(m[1]) + 1, left: 0, cols: 16_384 };
  m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a);
  if (!m) throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
  const top = Number(m[2]) - 1, left = colNumber(m[1]) - 1;
  const bottom = m[4] ? Number(m[4]) - 1 : top, right = m[3] ? colNumber(m[3]) - 1 : left;
  return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

class WorksheetProxy extends Proxy<FakeSheet> {
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  constructor(ctx: FakeContext, resolver: () => FakeSheet | undefined) {
    super(ctx, resolver);
    this.tables = new TableCollectionProxy(ctx, () => ctx.wb.tables.filter((t) => t.sheet === this.target()), () => this.target());
    this.charts = new ChartCollectionProxy(ctx, this);
  }
  sheetModel(): FakeSheet { return this.target(); }
  readPropPublic(p: string): unknown { return this.readProp(p); }
  loadedMap(): Map<string, unknown> { return this.loaded; }
  fill(props: string[]): number { return fillFrom(this, props); }
  protected readProp(p: string): unknown {
    const s = this.target();
    return p === 'name' ? s.name : p === 'visibility' ? s.visibility : undefined;
  }
  get name(): string { return this.loadedValue('name'); }
  set name(v: string) {
    this.set('worksheet.name', v.length, (s) => {
      const other = this.ctx.wb.sheet(v);
      if (other && other !== s) throw new FakeOfficeError('ItemAlreadyExists');
      if (v.length > 31 || /[\\/?*[\]:]/.test(v)) throw new FakeOfficeError('InvalidArgument');
      s.name = v;
    });
  }
  get visibility(): string { return this.loadedValue('visibility'); }
  set visibility(v: string) { this.set('worksheet.visibility', 10, (s) => { s.visibility = v as FakeSheet['visibility']; }); }
  delete(): void {
    this.set('worksheet.delete', 10, (s) => {
      const wb = this.ctx.wb;
      wb.sheets = wb.sheets.filter((x) => x !== s);
      wb.tables = wb.tables.filter((t) => t.sheet !== s);
      s.deleted = true;
    });
  }
  activate(): void { this.set('worksheet.activate', 10, (s) => { this.ctx.wb.active = s.name; }); }
  getRange(address: string): RangeProxy { return new RangeProxy(this.ctx, this, () => parseAddress(address)); }
  getRangeByIndexes(top: number, left: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, this, () => ({ top, left, rows, cols }));
  }
  getUsedRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.ctx, this, () => this.target().used() ?? undefined);
  }
  set showGridlines(v: boolean) { this.set('worksheet.showGridlines', 10, (s) => { s.props.showGridlines = v; }); }
  /** ExcelApi 1.9: add(pageBreakRange) breaks the page before the range's top-left cell */
  readonly horizontalPageBreaks = {
    add: (at: string | RangeProxy) => this.set('pageBreaks.add', 20, (s) => {
      const rect = typeof at === 'string' ? parseAddress(at) : at.refNow().rect;
      s.pageBreaks.push(rectAddress({ top: rect.top, left: rect.left, rows: 1, cols: 1 }));
    }),
  };
  readonly freezePanes = {
    freezeRows: (n: number) => this.set('freezeRows', 10, (s) => { s.props.freezeRows = n; }),
  };
  get pageLayout() {
    const set = (k: string, v: unknown) => this.set(`pageLayout.${k}`, jsonBytes(v), (s) => { s.props[k] = v; });
    return {
      set orientation(v: string) { set('orientation', v); },
      set paperSize(v: string) { set('paperSize', v); },
      set zoom(v: unknown) { set('zoom', v); },
      set leftMargin(v: number) { set('leftMargin', v); },
      set rightMargin(v: number) { set('rightMargin', v); },
      set topMargin(v: number) { set('topMargin', v); },
      set bottomMargin(v: number) { set('bottomMargin', v); },
      set headerMargin(v: number) { set('headerMargin', v); },
      set footerMargin(v: number) { set('footerMargin', v); },
      set centerHorizontally(v: boolean) { set('centerHorizontally', v); },
      set printGridlines(v: boolean) { set('printGridlines', v); },
      setPrintArea: (v: string) => set('printArea', v),
      headersFooters: {
        defaultForAllPages: {
          set centerHeader(v: string) { set('centerHeader', v); },
          set centerFooter(v: string) { set('centerFooter', v); },
        },
      },
      setPrintTitleRows: (v: string) => set('printTitleRows', v),
    };
  }
  get customProperties() {
    return { add: (k: string, v: string) => this.set('customProperties.add', k.length + v.length, (s) => { s.customProperties.set(k, v); }) };
  }
}

class RangeProxy extends Proxy<Rect> {
  constructor(ctx: FakeContext, readonly sheet: WorksheetProxy, resolver: () => Rect | undefined) { super(ctx, resolver); }
  private model(): FakeSheet { return this.sheet.sheetModel(); }
  protected readProp(p: string): unknown {
    const r = this.target();
    switch (p) {
      case 'values':
        if (r.rows * r.cols > CELL_LIMIT) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded');
        return this.model().read(r);
      case 'rowIndex': return r.top;
      case 'columnIndex': return r.left;
      case 'rowCount': return r.rows;
      case 'columnCount': return r.cols;
      case 'address': return `${this.model().name}!${rectAddress(r)}`;
      default: return undefined;
    }
  }
  get values(): unknown[][] { return this.loadedValue('values'); }
  set values(v: unknown[][]) {
    this.set('range.values', jsonBytes(v), (r) => {
      if (v.length !== r.rows || v.some((row) => row.length !== r.cols)) throw new FakeOfficeError('InvalidArgument', 'dimensions');
      const s = this.model();
      v.forEach((row, i) => row.forEach((x, j) => {
        const fmt = s.formats[r.top + i]?.[r.left + j];
        // As in Excel: a string beginning with '=' becomes a formula unless the cell is formatted as text.
        const cell = typeof x === 'string' && /^[=+]/.test(x) && fmt !== '@' ? { formula: x } : (x as Cell);
        s.set(r.top + i, r.left + j, x === null ? s.get(r.top + i, r.left + j) : cell);
      }));
    });
  }
  get rowIndex(): number { return this.loadedValue('rowIndex'); }
  get columnIndex(): number { return this.loadedValue('columnIndex'); }
  get rowCount(): number { return this.loadedValue('rowCount'); }
  get columnCount(): number { return this.loadedValue('columnCount'); }
  get address(): string { return this.loadedValue('address'); }
  set numberFormat(v: string[][]) {
    this.set('range.numberFormat', jsonBytes(v), (r) => {
      if (v.length !== r.rows || v.some((row) => row.length !== r.cols)) throw new FakeOfficeError('InvalidArgument', 'dimensions');
      const s = this.model();
      v.forEach((row, i) => row.forEach((f, j) => { (s.formats[r.top + i] ??= [])[r.left + j] = f; }));
    });
  }
  set hyperlink(h: Excel.RangeHyperlink) {
    this.set('range.hyperlink', jsonBytes(h), (r) => { this.model().links.set(rectAddress(r), h); });
  }
  get format() {
    const set = (k: string, v: unknown) => this.set(`format.${k}`, 20, (r) => { this.model().props[`${k}@${rectAddress(r)}`] = v; });
    return {
      set columnWidth(v: number) { set('columnWidth', v); },
      set horizontalAlignment(v: string) { set('horizontalAlignment', v); },
      set verticalAlignment(v: string) { set('verticalAlignment', v); },
      set wrapText(v: boolean) { set('wrapText', v); },
      set rowHeight(v: number) { set('rowHeight', v); },
      borders: { getItem: (edge: string) => ({ set style(v: string) { set(`border.${edge}`, v); } }) },
      font: { set bold(v: boolean) { set('bold', v); }, set size(v: number) { set('size', v); } },
    };
  }
  clear(): void {
    this.set('range.clear', 10, (r) => {
      const s = this.model();
      for (let i = 0; i < Math.min(r.rows, s.cells.length); i++) for (let j = 0; j < r.cols; j++) s.set(r.top + i, r.left + j, undefined);
    });
  }
  select(): void {
    this.set('range.select', 10, (r) => { this.ctx.wb.selection = { sheet: this.model().name, address: rectAddress(r) }; });
  }
  /** The address while an operation runs (charts record their source ranges). */
  refNow(): RangeRef { return { sheet: this.model(), rect: this.target() }; }
  merge(across = false): void {
    this.set('range.merge', 10, (r) => {
      if (across) throw new FakeOfficeError('InvalidArgument', 'the writers merge whole areas');
      this.model().merges.push(r);
    });
  }
  /** Office gives the merged areas within the range as one RangeAreas ('S'!A3:A4, 'S'!C3:D3), null if none. */
  getMergedAreasOrNullObject(): MergedAreasProxy {
    return new MergedAreasProxy(this.ctx, () => {
      const r = this.target();
      const s = this.model();
      const inside = s.merges.filter((m) => m.top < r.top + r.rows && r.top < m.top + m.rows && m.left < r.left + r.cols && r.left < m.left + m.cols);
      return inside.length ? inside.map((m) => `'${s.name}'!${rectAddress(m)}`).join(', ') : undefined;
    });
  }
}

class MergedAreasProxy extends Proxy<string> {
  protected readProp(p: string): unknown { return p === 'address' ? this.target() : undefined; }
  get address(): string { return this.loadedValue('address'); }
}

class TableCollectionProxy extends CollectionProxy<FakeTable, TableProxy> {
  constructor(ctx: FakeContext, resolver: () => FakeTable[], private readonly sheetOf?: () => FakeSheet) { super(ctx, resolver); }
  protected item(m: FakeTable) { return new TableProxy(this.ctx, () => m); }
  add(address: string, hasHeaders: boolean): TableProxy {
    let created: FakeTable | undefined;
    this.ctx.enqueue('tables.add', address.length, () => {
      if (!this.sheetOf) throw new FakeOfficeError('InvalidOperation', 'workbook.tables.add is not faked');
      const sheet = this.sheetOf();
      const rect = parseAddress(address);
      if (hasHeaders && rect.rows === 1) rect.rows = 2; // Excel adds an empty data row
      created = { name: `Table${this.ctx.wb.tables.length + 1}_${Math.random().toString(36).slice(2, 6)}`, sheet, rect };
      this.ctx.wb.tables.push(created);
    });
    return new TableProxy(this.ctx, () => created);
  }
}

class TableProxy extends Proxy<FakeTable> {
  readPropPublic(p: string): unknown { return this.readProp(p); }
  loadedMap(): Map<string, unknown> { return this.loaded; }
  fill(props: string[]): number { return fillFrom(this, props); }
  protected readProp(p: string): unknown { return p === 'name' ? this.target().name : undefined; }
  get name(): string { return this.loadedValue('name'); }
  set name(v: string) {
    this.set('table.name', v.length, (t) => {
      const clash = this.ctx.wb.tables.find((x) => x !== t && x.name.toLowerCase() === v.toLowerCase());
      if (clash) throw new FakeOfficeError('ItemAlreadyExists', `table ${v}`);
      t.name = v;
    });
  }
  set style(v: string) { this.set('table.style', v.length, (t) => { t.style = v; }); }
  getRange(): RangeProxy {
    const sheetProxy = new WorksheetProxy(this.ctx, () => this.target().sheet);
    return new RangeProxy(this.ctx, sheetProxy, () => this.target().rect);
  }
}

class ChartCollectionProxy {
  constructor(private readonly ctx: FakeContext, private readonly sheet: WorksheetProxy) {}
  add(type: string, source: RangeProxy): ChartProxy {
    const chart: FakeChart = { type, series: [{}] };
    this.ctx.enqueue('charts.add', 50, () => {
      chart.source = source.refNow();
      this.sheet.sheetModel().charts.push(chart);
    });
    return new ChartProxy(this.ctx, chart);
  }
}

class ChartProxy {
  constructor(private readonly ctx: FakeContext, private readonly chart: FakeChart) {}
  get title() { const c = this.chart, ctx = this.ctx; return { set text(v: string) { ctx.enqueue('chart.title', v.length, () => { c.title = v; }); } }; }
  setPosition(a: string, b: string): void { this.ctx.enqueue('chart.setPosition', 20, () => { this.chart.position = [a, b]; }); }
  get series() {
    const ctx = this.ctx, chart = this.chart;
    const proxy = (i: () => number) => ({
      set name(v: string) { ctx.enqueue('series.name', v.length, () => { chart.series[i()].name = v; }); },
      setValues: (r: RangeProxy) => ctx.enqueue('series.setValues', 20, () => { chart.series[i()].values = r.refNow(); }),
      setXAxisValues: (r: RangeProxy) => ctx.enqueue('series.setXAxisValues', 20, () => { chart.series[i()].x = r.refNow(); }),
    });
    return {
      getItemAt: (n: number) => proxy(() => n),
      add: (name: string) => {
        let index = -1;
        ctx.enqueue('series.add', name.length, () => { index = chart.series.push({ name }) - 1; });
        return proxy(() => index);
      },
    };
  }
}

