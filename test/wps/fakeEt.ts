// An in-memory WPS 表格 (ET object model) that implements the slice in src/wps/etModel.ts, itself checked
// against Kingsoft's typings. It behaves like ET where the shell's guarantees depend on it: sheet and table
// names unique without regard to case, Item() of a missing name throws, a text written into a cell that is
// not formatted '@' is converted (numbers, formulas), Delete() asks the user unless DisplayAlerts is off,
// and any operation can be made to fail (failAt) to test the all-or-nothing writes.
/* eslint-disable @typescript-eslint/no-this-alias -- ET collections are objects with getters that refer to their owner */
import { parseRangeAddress } from '../../src/addin/office/address';
import type { CellRect } from '../../src/core';
import type {
  EtApplication, EtChart, EtChartObjects, EtDocumentProperties, EtDocumentProperty, EtFont, EtHyperlinks, EtListObject,
  EtListObjects, EtPageSetup, EtRange, EtSeries, EtSheets, EtWindow, EtWorkbook, EtWorksheet,
} from '../../src/wps/etModel';

type Cell = { value?: unknown; format?: string; formula?: string; bold?: boolean; size?: number; align?: number; valign?: number; wrap?: boolean; border?: number };

export class FakeEtError extends Error {}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function parseArea(address: string): CellRect {
  const local = address.replace(/\$/g, '');
  const col = /^([A-Z]+):([A-Z]+)$/i.exec(local);
  if (col) {
    const r = parseRangeAddress(`${col[1]}1:${col[2]}1`);
    return { ...r, top: 0, bottom: MAX_ROWS - 1 };
  }
  return parseRangeAddress(local);
}

function a1(row: number, col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

class FakeRange implements EtRange {
  constructor(
    readonly sheet: FakeWorksheet,
    readonly rect: CellRect,
  ) {
    if (rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS) throw new FakeEtError(`range outside the sheet: ${JSON.stringify(rect)}`);
  }
  private get wb() {
    return this.sheet.wb;
  }
  get Row() {
    return this.rect.top + 1;
  }
  get Column() {
    return this.rect.left + 1;
  }
  get Rows() {
    return { Count: this.rect.bottom - this.rect.top + 1 };
  }
  get Columns() {
    return { Count: this.rect.right - this.rect.left + 1 };
  }
  get Left() {
    return this.rect.left * 54;
  }
  get Top() {
    return this.rect.top * 15;
  }
  private each(f: (key: string, r: number, c: number) => void) {
    for (let r = this.rect.top; r <= this.rect.bottom; r++) for (let c = this.rect.left; c <= this.rect.right; c++) f(a1(r, c), r, c);
  }
  get Value2(): unknown {
    const cells = this.Rows.Count * this.Columns.Count;
    this.wb.app.stats.value2Reads++;
    this.wb.app.stats.maxCellsPerValue2 = Math.max(this.wb.app.stats.maxCellsPerValue2, cells);
    const grid: unknown[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(this.sheet.cells.get(a1(r, c))?.value);
      grid.push(row);
    }
    return cells === 1 ? grid[0][0] : grid;
  }
  set Value2(v: unknown) {
    this.wb.op('Value2');
    const cells = this.Rows.Count * this.Columns.Count;
    this.wb.app.stats.maxCellsPerValue2 = Math.max(this.wb.app.stats.maxCellsPerValue2, cells);
    this.each((key, r, c) => {
      const src = Array.isArray(v) ? (v as unknown[][])[r - this.rect.top]?.[c - this.rect.left] : v;
      this.sheet.setValue(key, src);
    });
  }
  get NumberFormat(): string {
    return this.sheet.cells.get(a1(this.rect.top, this.rect.left))?.format ?? 'General';
  }
  set NumberFormat(f: string) {
    this.wb.op('NumberFormat');
    if (this.rect.bottom - this.rect.top > 100_000) this.sheet.columnFormats.set(this.rect.left, f); // whole column
    else this.each((key) => (this.sheet.cell(key).format = f));
  }
  get ColumnWidth(): number {
    return this.sheet.widths.get(this.rect.left) ?? 8.38;
  }
  set ColumnWidth(w: number) {
    this.wb.op('ColumnWidth');
    for (let c = this.rect.left; c <= this.rect.right; c++) this.sheet.widths.set(c, w);
  }
  get Font(): EtFont {
    const cell = this.sheet.cell(a1(this.rect.top, this.rect.left));
    const wb = this.wb;
    return {
      get Bold() {
        return !!cell.bold;
      },
      set Bold(b: boolean) {
        wb.op('Font');
        cell.bold = b;
      },
      get Size() {
        return cell.size ?? 11;
      },
      set Size(s: number) {
        wb.op('Font');
        cell.size = s;
      },
    };
  }
  get HorizontalAlignment(): number {
    return this.sheet.cell(a1(this.rect.top, this.rect.left)).align ?? 1; // xlGeneral
  }
  set HorizontalAlignment(a: number | boolean) {
    this.wb.op('HorizontalAlignment');
    this.each((key) => (this.sheet.cell(key).align = Number(a)));
  }
  get WrapText(): boolean {
    return !!this.sheet.cell(a1(this.rect.top, this.rect.left)).wrap;
  }
  set WrapText(w: boolean) {
    this.wb.op('WrapText');
    this.each((key) => (this.sheet.cell(key).wrap = w));
  }
  get VerticalAlignment(): number {
    return this.sheet.cell(a1(this.rect.top, this.rect.left)).valign ?? -4107; // xlBottom
  }
  set VerticalAlignment(a: number | boolean) {
    this.wb.op('VerticalAlignment');
    this.each((key) => (this.sheet.cell(key).valign = Number(a)));
  }
  Merge(Across?: boolean) {
    this.wb.op('Merge');
    if (Across) throw new FakeEtError('the writers merge whole areas');
    this.sheet.merges.push(`${a1(this.rect.top, this.rect.left)}:${a1(this.rect.bottom, this.rect.right)}`);
  }
  get RowHeight(): number {
    return this.sheet.heights.get(this.rect.top) ?? 15;
  }
  set RowHeight(h: number) {
    this.wb.op('RowHeight');
    for (let r = this.rect.top; r <= this.rect.bottom; r++) this.sheet.heights.set(r, h);
  }
  get Borders(): { LineStyle: number | boolean } {
    const range = this;
    return {
      get LineStyle() {
        return range.sheet.cell(a1(range.rect.top, range.rect.left)).border ?? -4142; // xlLineStyleNone
      },
      set LineStyle(style: number | boolean) {
        range.wb.op('Borders');
        range.each((key) => (range.sheet.cell(key).border = Number(style)));
      },
    };
  }
  Select() {
    this.wb.app.selection = { sheet: this.sheet.Name, address: a1(this.rect.top, this.rect.left) };
    return true;
  }
  ClearContents() {
    this.wb.op('ClearContents');
    this.each((key) => this.sheet.cells.get(key) && delete this.sheet.cells.get(key)!.value);
    return true;
  }
}

class FakeListObject implements EtListObject {
  TableStyle: string | number = '';
  private name = '';
  constructor(
    readonly sheet: FakeWorksheet,
    readonly Range: FakeRange,
    name: string,
  ) {
    this.name = name;
  }
  get Name() {
    return this.name;
  }
  set Name(n: string) {
    this.sheet.wb.op('ListObject.Name');
    if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(n)) throw new FakeEtError(`bad table name ${n}`);
    if (this.sheet.wb.tables().some((t) => t !== this && t.Name.toLowerCase() === n.toLowerCase())) throw new FakeEtError(`table name taken: ${n}`);
    this.name = n;
  }
}

class FakeWorksheet implements EtWorksheet {
  cells = new Map<string, Cell>();
  columnFormats = new Map<number, string>();
  widths = new Map<number, number>();
  /** 0-based row -> height in points */
  heights = new Map<number, number>();
  tables: FakeListObject[] = [];
  links: Array<{ cell: string; address: string; subAddress?: string; screenTip?: string; text?: string }> = [];
  charts: Array<EtChart & { series: EtSeries[]; position: number[] }> = [];
  freeze = { rows: 0, cols: 0, frozen: false, gridlines: true };
  merges: string[] = [];
  /** first rows (1-based) of manually broken pages */
  pageBreaks: number[] = [];
  readonly HPageBreaks = {
    Add: (Before: EtRange) => {
      this.wb.op('HPageBreaks.Add');
      this.pageBreaks.push(Before.Row);
    },
  };
  page: EtPageSetup = {
    Orientation: 1, Zoom: 100, FitToPagesWide: 1, FitToPagesTall: 1, CenterHeader: '', CenterFooter: '', PrintTitleRows: '',
    CenterHorizontally: false, PrintGridlines: false, PrintArea: '',
    PaperSize: 1, LeftMargin: 50.4, RightMargin: 50.4, TopMargin: 54, BottomMargin: 54, HeaderMargin: 21.6, FooterMargin: 21.6,
  };
  ProtectContents = false;
  private name: string;
  private visible = -1;
  constructor(
    readonly wb: FakeWorkbook,
    name: string,
  ) {
    this.name = name;
  }
  cell(key: string): Cell {
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = {}));
    return c;
  }
  /** What ET does with a value typed into a cell: '@' keeps text; otherwise numbers and formulas are parsed. */
  setValue(key: string, v: unknown) {
    const cell = this.cell(key);
    const col = parseRangeAddress(key).left;
    const format = cell.format ?? this.columnFormats.get(col) ?? 'General';
    delete cell.formula;
    if (v === '' || v === null || v === undefined) delete cell.value;
    else if (typeof v === 'string' && format !== '@' && v.startsWith('=')) {
      cell.formula = v;
      cell.value = '#NAME?';
    } else if (typeof v === 'string' && format !== '@' && /^-?\d+(\.\d+)?$/.test(v.trim())) cell.value = Number(v);
    else cell.value = v;
  }
  get Name() {
    return this.name;
  }
  set Name(n: string) {
    this.wb.op('Worksheet.Name');
    if (!n || n.length > 31 || /[\\/?*[\]:]/.test(n)) throw new FakeEtError(`bad sheet name ${n}`);
    if (this.wb.sheets.some((s) => s !== this && s.name.toLowerCase() === n.toLowerCase())) throw new FakeEtError(`sheet name taken: ${n}`);
    // like ET, chart series that refer to the sheet follow the rename
    const ref = (name: string) => `'${name.replace(/'/g, "''")}'!`;
    for (const series of this.wb.sheets.flatMap((s) => s.charts.flatMap((c) => c.series))) {
      for (const key of ['Values', 'XValues'] as const) {
        const v = series[key];
        if (typeof v === 'string') series[key] = v.split(ref(this.name)).join(ref(n));
      }
    }
    this.name = n;
  }
  get Visible() {
    return this.visible;
  }
  set Visible(v: number) {
    this.wb.op('Visible');
    this.visible = v;
  }
  get Index() {
    return this.wb.sheets.indexOf(this) + 1;
  }
  get UsedRange(): EtRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [key, c] of this.cells) {
      if (c.value === undefined && !c.formula) continue;
      const p = parseRangeAddress(key);
      top = Math.min(top, p.top);
      left = Math.min(left, p.left);
      bottom = Math.max(bottom, p.top);
      right = Math.max(right, p.left);
    }
    return top === Infinity ? new FakeRange(this, { top: 0, left: 0, bottom: 0, right: 0 }) : new FakeRange(this, { top, left, bottom, right });
  }
  get ListObjects(): EtListObjects {
    const ws = this;
    return {
      get Count() {
        return ws.tables.length;
      },
      Item(i: number) {
        const t = ws.tables[i - 1];
        if (!t) throw new FakeEtError(`no table ${i}`);
        return t;
      },
      Add(type?: number, source?: string, _link?: unknown, headers?: number) {
        ws.wb.op('ListObjects.Add');
        if (type !== 1 || headers !== 1 || !source) throw new FakeEtError('ListObjects.Add expects (xlSrcRange, address, , xlYes)');
        const r = new FakeRange(ws, parseArea(source));
        const overlaps = ws.tables.some(({ Range: { rect: o } }) => !(o.bottom < r.rect.top || o.top > r.rect.bottom || o.right < r.rect.left || o.left > r.rect.right));
        if (overlaps) throw new FakeEtError('tables overlap');
        let n = 1;
        while (ws.wb.tables().some((t) => t.Name.toLowerCase() === `表${n}`)) n++;
        const t = new FakeListObject(ws, r, `表${n}`);
        ws.tables.push(t);
        return t;
      },
    };
  }
  get Hyperlinks(): EtHyperlinks {
    return {
      Add: (anchor: EtRange, address: string, subAddress?: string, screenTip?: string, text?: string) => {
        this.wb.op('Hyperlinks.Add');
        const cell = a1((anchor as FakeRange).rect.top, (anchor as FakeRange).rect.left);
        this.links.push({ cell, address, subAddress, screenTip, text });
        if (text !== undefined) this.cell(cell).value = text;
        return {};
      },
    };
  }
  get PageSetup(): EtPageSetup {
    return this.page;
  }
  Range(address: string): EtRange {
    return new FakeRange(this, parseArea(address));
  }
  ChartObjects(): EtChartObjects {
    const ws = this;
    return {
      get Count() {
        return ws.charts.length;
      },
      Add(left: number, top: number, width: number, height: number) {
        ws.wb.op('ChartObjects.Add');
        const series: EtSeries[] = [];
        const chart = {
          ChartType: 51,
          HasTitle: false,
          ChartTitle: { Text: '' },
          series,
          position: [left, top, width, height],
          SeriesCollection: () => ({
            get Count() {
              return series.length;
            },
            NewSeries: () => {
              const s: EtSeries = { Name: '', Values: undefined, XValues: undefined };
              series.push(s);
              return s;
            },
          }),
        };
        ws.charts.push(chart);
        return { Chart: chart };
      },
    };
  }
  Activate() {
    if (this.visible !== -1) throw new FakeEtError(`cannot activate hidden sheet ${this.name}`);
    this.wb.active = this;
  }
  Delete() {
    this.wb.op('Worksheet.Delete');
    if (this.wb.app.DisplayAlerts) this.wb.app.stats.deletePrompts++;
    if (this.wb.sheets.filter((s) => s !== this && s.visible === -1).length === 0) throw new FakeEtError('a workbook needs a visible sheet');
    this.wb.sheets = this.wb.sheets.filter((s) => s !== this);
    if (this.wb.active === this) this.wb.active = this.wb.sheets.find((s) => s.visible === -1)!;
  }
}

class FakeDocProperties implements EtDocumentProperties {
  items: EtDocumentProperty[] = [];
  constructor(private readonly wb: FakeWorkbook) {}
  get Count() {
    return this.items.length;
  }
  Item(i: string | number): EtDocumentProperty {
    const p = typeof i === 'number' ? this.items[i - 1] : this.items.find((x) => x.Name === i);
    if (!p) throw new FakeEtError(`no document property ${i}`);
    return p;
  }
  Add(name: string, _link: boolean, type: number, value: string): EtDocumentProperty {
    this.wb.op('CustomDocumentProperties.Add');
    if (type !== 4 || value.length > 255) throw new FakeEtError('text properties hold at most 255 characters');
    if (this.items.some((x) => x.Name === name)) throw new FakeEtError(`property exists: ${name}`);
    const items = this.items;
    const p: EtDocumentProperty = { Name: name, Value: value, Delete: () => items.splice(items.indexOf(p), 1) };
    items.push(p);
    return p;
  }
}

export class FakeWorkbook implements EtWorkbook {
  sheets: FakeWorksheet[] = [];
  active!: FakeWorksheet;
  ProtectStructure = false;
  readonly props = new FakeDocProperties(this);
  /** the n-th mutating operation (1-based) throws, as ET does on a failed call */
  failAt?: number;
  ops = 0;
  constructor(
    readonly app: FakeEtApplication,
    readonly Name = '台账.xlsx',
  ) {}
  op(what: string) {
    this.ops++;
    if (this.failAt !== undefined && this.ops === this.failAt) throw new FakeEtError(`模拟的 WPS 错误（${what}）`);
  }
  tables(): FakeListObject[] {
    return this.sheets.flatMap((s) => s.tables);
  }
  get Worksheets(): EtSheets {
    const wb = this;
    return {
      get Count() {
        return wb.sheets.length;
      },
      Item(i: string | number) {
        const s = typeof i === 'number' ? wb.sheets[i - 1] : wb.sheets.find((x) => x.Name.toLowerCase() === i.toLowerCase());
        if (!s) throw new FakeEtError(`下标越界: ${i}`);
        return s;
      },
      Add(before?: unknown, after?: unknown) {
        wb.op('Worksheets.Add');
        let n = wb.sheets.length + 1;
        while (wb.sheets.some((s) => s.Name.toLowerCase() === `sheet${n}`)) n++;
        const ws = new FakeWorksheet(wb, `Sheet${n}`);
        const at = after ? wb.sheets.indexOf(after as FakeWorksheet) + 1 : before ? wb.sheets.indexOf(before as FakeWorksheet) : 0;
        wb.sheets.splice(at, 0, ws);
        wb.active = ws; // ET activates a new sheet
        return ws;
      },
    };
  }
  get ActiveSheet() {
    return this.active;
  }
  get CustomDocumentProperties() {
    return this.props;
  }
  /** Test helper: a sheet with values (rows[r][c] is cell (r+1, c+1)). */
  addSheet(name: string, rows: unknown[][] = []): FakeWorksheet {
    const ws = new FakeWorksheet(this, name);
    rows.forEach((row, r) => row?.forEach((v, c) => v !== null && v !== undefined && v !== '' && (ws.cell(a1(r, c)).value = v)));
    this.sheets.push(ws);
    this.active ??= ws;
    return ws;
  }
  sheet(name: string): FakeWorksheet | undefined {
    return this.sheets.find((s) => s.Name === name);
  }
  /** Everything a user could see or rely on, to compare a workbook before and after a failed write. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.Name,
        visible: s.Visible,
        cells: [...s.cells.entries()].sort(),
        columnFormats: [...s.columnFormats.entries()],
        widths: [...s.widths.entries()],
        tables: s.tables.map((t) => [t.Name, t.Range.rect]),
        links: s.links,
        charts: s.charts.length,
        freeze: s.freeze,
        page: s.page,
      })),
      props: this.props.items.map((p) => [p.Name, p.Value]),
    };
  }
}

export class FakeEtApplication implements EtApplication {
  ScreenUpdating = true;
  DisplayAlerts = true;
  selection?: { sheet: string; address: string };
  stats = { value2Reads: 0, maxCellsPerValue2: 0, deletePrompts: 0, yields: 0 };
  workbook: FakeWorkbook | null = new FakeWorkbook(this);
  get ActiveWorkbook() {
    return this.workbook;
  }
  get ActiveWindow(): EtWindow {
    const f = this.workbook!.active.freeze;
    return {
      get FreezePanes() {
        return f.frozen;
      },
      set FreezePanes(b: boolean) {
        f.frozen = b;
      },
      get SplitRow() {
        return f.rows;
      },
      set SplitRow(n: number) {
        f.rows = n;
      },
      get SplitColumn() {
        return f.cols;
      },
      set SplitColumn(n: number) {
        f.cols = n;
      },
      ScrollRow: 1,
      get DisplayGridlines() {
        return f.gridlines;
      },
      set DisplayGridlines(b: boolean) {
        f.gridlines = b;
      },
    };
  }
  /** The runtime the shell gets: this application, and yields that are counted. */
  runtime() {
    return {
      app: () => this,
      yieldToHost: async () => {
        this.stats.yields++;
        await new Promise((r) => setTimeout(r, 0));
      },
    };
  }
}

export type { FakeWorksheet, FakeRange };
