// Shared types of the pure computation core. Nothing here may import Office.js, ExcelJS, React or Node.

/** A cell as the shells hand it over. Dates from the file reader (src/file) arrive as Date (UTC midnight = the cell's date);
 *  Office.js gives serial numbers. Error cells arrive as `{ error: '#N/A' }` or as the text '#N/A'. */
export type CellValue = string | number | boolean | Date | null | undefined | { error: string };

/** 0-based inclusive rectangle (row 0 = Excel row 1, col 0 = column A). */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TableInfo extends CellRect {
  name: string; // Excel table name; `top` is its header row
}

export interface SheetData {
  name: string;
  /** rows[r][c] is Excel cell (r+1, c+1); shells pad so that index 0 is row 1 / column A. */
  rows: CellValue[][];
  merges?: CellRect[];
  tables?: TableInfo[];
  hidden?: boolean;
}

export interface WorkbookData {
  sheets: SheetData[];
}

export type LedgerField =
  | 'title' | 'authors' | 'unit' | 'outlet' | 'level' | 'date'
  | 'genre' | 'position' | 'words' | 'status' | 'id';

/** The user's override of detection, remembered in the workbook by the shell. */
export interface MappingOverride {
  sheets: Array<{
    sheet: string;
    /** Excel row number (1-based) of the header row. */
    headerRow: number;
    /** field -> 0-based column index */
    columns: Partial<Record<LedgerField, number>>;
  }>;
}

export interface ColumnMatch {
  index: number; // 0-based column
  header: string; // header text as written
  /** exact = synonym matched exactly, partial = header contains a synonym, manual = user override */
  confidence: 'exact' | 'partial' | 'manual';
}

export interface LedgerSource {
  sheet: string;
  table?: string;
  headerRow: number; // Excel row number (1-based); the lower row of a two-level header, data follow it
  /** Excel row numbers of a two-level header [upper, lower]; absent for a one-row header */
  headerRows?: [number, number];
  lastRow: number; // Excel row number of the last non-blank data row
  firstCol: number; // 0-based
  lastCol: number; // 0-based inclusive
  columns: Partial<Record<LedgerField, ColumnMatch>>;
  missingRequired: LedgerField[];
  /** false when a required field is missing or matched only partially: the UI asks the user to confirm */
  sure: boolean;
}

export interface Detection {
  sources: LedgerSource[];
  /** sheets that look like ledgers but lack required columns (shown in the UI for manual mapping) */
  candidates: LedgerSource[];
}

export type Severity = 'error' | 'warning';

export interface Issue {
  sheet: string;
  row: number; // Excel row number
  column: string; // Excel column letters, '' when the problem is about the whole row
  field?: string; // ledger field or header text
  value?: string;
  severity: Severity;
  code: string;
  message: string; // plain Chinese
}

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** month 1-12, quarter 1-4, half 1-2, or 1 for a year */
  index: number;
  /** canonical label: 2026-07, 2026Q3, 2026H1, 2026 */
  label: string;
  /** inclusive day numbers (days since 1970-01-01, UTC) */
  startDay: number;
  endDay: number;
}

// ---------- output model: what every shell writes as sheets ----------

export type ColumnFormat = 'text' | 'int' | 'decimal' | 'yuan' | 'percent' | 'date';

export interface OutputColumn {
  header: string;
  format: ColumnFormat;
  /** width in characters (Excel column width) */
  width: number;
}

export type OutputCell = string | number | null;

export interface CellLink {
  sheet: string;
  address: string; // A1 address in that sheet
}

export interface OutputBlock {
  /** caption written above the table (e.g. 通讯员排名) */
  caption: string;
  /** Excel table name, unique in the workbook (letters, digits, underscore) */
  tableName: string;
  columns: OutputColumn[];
  rows: OutputCell[][];
  /** optional per-row hyperlink target (校验: the ledger cell) */
  links?: (CellLink | null)[];
}

export interface ChartSpec {
  /** which chart of the notice: the Word notice places each image by it */
  id: 'trend' | 'units' | 'quota';
  title: string;
  type: 'column' | 'bar' | 'line';
  /** index into OutputSheet.blocks; the first column holds categories, `series` names other columns */
  block: number;
  series: number[];
}

export type OutputKind = 'ranking' | 'stipend' | 'quota' | 'validation' | 'notice' | 'payouts' | 'settings';

export interface OutputSheet {
  /** intended sheet name, e.g. 排名-2026Q3 */
  name: string;
  kind: OutputKind;
  /** title in row 1, also the print header */
  title: string;
  /** free lines below the title (notice text, notes) */
  notes: string[];
  blocks: OutputBlock[];
  charts: ChartSpec[];
}
