// The slice of WPS 表格's ET object model (the VBA-style, synchronous Application/Workbook/Range API of a
// WPS 加载项) that the WPS shell uses. Kingsoft's typings (et-jsapi-declare) describe the whole model; the
// checks at the bottom prove at compile time that the real objects satisfy this slice, so the shell and the
// in-memory fake in test/wps are typed against the same members.
/// <reference types="et-jsapi-declare" />

export interface EtFont {
  Bold: boolean;
  Size: number;
}

export interface EtRange {
  Value2: unknown;
  NumberFormat: string;
  ColumnWidth: number;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Left: number;
  readonly Top: number;
  readonly Font: EtFont;
  /** XlHAlign: -4131 left, -4152 right */
  HorizontalAlignment: number | boolean;
  WrapText: boolean;
  /** XlVAlign: -4160 top */
  VerticalAlignment: number | boolean;
  RowHeight: number;
  Merge(Across?: boolean): void;
  /** all edges and inside lines at once; LineStyle 1 = xlContinuous */
  readonly Borders: { LineStyle: number | boolean };
  Select(): unknown;
  ClearContents(): unknown;
}

export interface EtHyperlinks {
  Add(Anchor: EtRange, Address: string, SubAddress?: string, ScreenTip?: string, TextToDisplay?: string): unknown;
}

export interface EtListObject {
  Name: string;
  readonly Range: EtRange;
  TableStyle: string | number;
}

export interface EtListObjects {
  readonly Count: number;
  Item(Index: number): EtListObject;
  /** Add(1 = xlSrcRange, address of the range, , 1 = xlYes): Kingsoft's typings take the source as an address */
  Add(SourceType?: number, Source?: string, LinkSource?: unknown, XlListObjectHasHeaders?: number): EtListObject;
}

export interface EtSeries {
  Name: string;
  Values: unknown;
  XValues: unknown;
}

export interface EtChart {
  ChartType: number;
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
  SeriesCollection(): { NewSeries(): EtSeries; readonly Count: number };
}

export interface EtChartObjects {
  readonly Count: number;
  Add(Left: number, Top: number, Width: number, Height: number): { readonly Chart: EtChart };
}

export interface EtPageSetup {
  Orientation: number;
  Zoom: boolean | number;
  FitToPagesWide: boolean | number;
  FitToPagesTall: boolean | number;
  CenterHeader: string;
  CenterFooter: string;
  PrintTitleRows: string;
  /** XlPaperSize: 9 = A4 */
  PaperSize: number;
  /** margins in points */
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
  CenterHorizontally: boolean;
  PrintGridlines: boolean;
  PrintArea: string;
}

export interface EtWorksheet {
  Name: string;
  /** -1 visible, 0 hidden, 2 very hidden (XlSheetVisibility) */
  Visible: number;
  readonly Index: number;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  readonly ListObjects: EtListObjects;
  readonly Hyperlinks: EtHyperlinks;
  readonly PageSetup: EtPageSetup;
  /** manual page breaks: Add(Before) breaks the page above the range */
  readonly HPageBreaks: { Add(Before: EtRange): unknown };
  Range(Cell1: string): EtRange;
  /** without an index: the sheet's ChartObjects collection (see chartObjects) */
  ChartObjects(): unknown;
  Activate(): void;
  Delete(): void;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or name; Kingsoft's typings return Worksheet | Sheets, so callers go through sheetAt */
  Item(Index: string | number): unknown;
  Add(Before?: unknown, After?: unknown, Count?: number, Type?: number): unknown;
}

export interface EtDocumentProperty {
  Name: string;
  Value: unknown;
  Delete(): void;
}

export interface EtDocumentProperties {
  readonly Count: number;
  Item(Index: string | number): EtDocumentProperty;
  /** Add(Name, LinkToContent, Type (4 = msoPropertyTypeString), Value) */
  Add(Name: string, LinkToContent: boolean, Type: number, Value: string): EtDocumentProperty;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly ProtectStructure: boolean;
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: unknown;
  readonly CustomDocumentProperties: unknown;
}

export interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
  ScrollRow: number;
  DisplayGridlines: boolean;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveWindow: EtWindow;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
}

/** 1-based or by name; the item of a Worksheets collection is a worksheet. */
export function sheetAt(wb: EtWorkbook, index: string | number): EtWorksheet {
  return wb.Worksheets.Item(index) as EtWorksheet;
}

export function documentProperties(wb: EtWorkbook): EtDocumentProperties {
  return wb.CustomDocumentProperties as EtDocumentProperties;
}

export function chartObjects(ws: EtWorksheet): EtChartObjects {
  return ws.ChartObjects() as EtChartObjects;
}

export const SHEET_VISIBLE = -1;
export const SHEET_VERY_HIDDEN = 2;

// ---- compile-time proof that Kingsoft's ET objects satisfy the slice above ----
type Satisfies<Official, Slice> = [Official] extends [Slice] ? true : never;
export type EtTypingsCheck = [
  Satisfies<Et.Range, EtRange>,
  Satisfies<Et.Font, EtFont>,
  Satisfies<Et.Hyperlinks, EtHyperlinks>,
  Satisfies<Et.ListObject, EtListObject>,
  Satisfies<Et.ListObjects, EtListObjects>,
  Satisfies<Et.Series, EtSeries>,
  Satisfies<Et.Chart, EtChart>,
  Satisfies<Et.ChartObjects, EtChartObjects>,
  Satisfies<Et.PageSetup, EtPageSetup>,
  Satisfies<Et.Worksheet, EtWorksheet>,
  Satisfies<Et.Sheets, EtSheets>,
  Satisfies<Et.Workbook, EtWorkbook>,
  Satisfies<Et.Window, EtWindow>,
  Satisfies<Et.Application, EtApplication>,
];
export const ET_TYPINGS_OK: EtTypingsCheck = [true, true, true, true, true, true, true, true, true, true, true, true, true, true];
