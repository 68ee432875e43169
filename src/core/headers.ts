// Finding a header row below title rows and mapping its columns by synonyms (ledger and settings sheets alike).
import type { CellValue, ColumnMatch } from './types';
import { cellText, compactKey, onlyIdeographs } from './text';

export type SynonymTable<F extends string> = Record<F, readonly string[]>;

/** Header text reduced for matching: no spaces, no marks such as * or ：, no bracketed remarks. */
export function headerKey(v: CellValue): string {
  // most cells scanned for a header are data (names, outlets, units, levels): ideographs only, which no step changes
  if (typeof v === 'string' && onlyIdeographs(v)) return v;
  return compactKey(cellText(v)).replace(/[(（][^)）]*[)）]/g, '').replace(/[*＊:：#№\n]/g, '');
}

export interface HeaderMatch<F extends string> {
  row: number; // 0-based; for a two-level header the lower (field) row
  /** 0-based upper row of a two-level header (group cells such as 作者信息 over 作者/单位) */
  top?: number;
  columns: Partial<Record<F, ColumnMatch>>;
  score: number;
}

interface SynonymKeys<F extends string> {
  fields: F[];
  exact: Map<F, string[]>;
  /** every synonym of two characters or more, longest first */
  partials: Array<{ f: F; s: string }>;
  /** every exact key, and per header key seen so far whether it contains a partial synonym: most rows scanned
   *  for a header are data rows that match nothing, and are told so without the field-by-column loops */
  anyExact: Set<string>;
  containsPartial: Map<string, boolean>;
}

// The synonym tables are constants; their keys are worked out once, not for every row scanned for a header.
const synonymCache = new WeakMap<object, SynonymKeys<string>>();

function synonymKeys<F extends string>(synonyms: SynonymTable<F>): SynonymKeys<F> {
  let keys = synonymCache.get(synonyms) as SynonymKeys<F> | undefined;
  if (!keys) {
    const fields = Object.keys(synonyms) as F[];
    keys = {
      fields,
      exact: new Map(fields.map((f) => [f, synonyms[f].map(compactKey)])),
      partials: fields
        .flatMap((f) => synonyms[f].map((s) => ({ f, s: compactKey(s) })))
        .filter((p) => p.s.length >= 2)
        .sort((a, b) => b.s.length - a.s.length),
      anyExact: new Set(fields.flatMap((f) => synonyms[f].map(compactKey))),
      containsPartial: new Map(),
    };
    synonymCache.set(synonyms, keys as unknown as SynonymKeys<string>);
  }
  return keys;
}

function containsPartial(table: SynonymKeys<string>, key: string): boolean {
  let hit = table.containsPartial.get(key);
  if (hit === undefined) {
    hit = table.partials.some((p) => key.includes(p.s));
    if (table.containsPartial.size >= 20000) table.containsPartial.clear();
    table.containsPartial.set(key, hit);
  }
  return hit;
}

/** Map one row's cells to fields: exact synonyms first, then headers that contain a synonym (longest first). */
export function mapHeaderRow<F extends string>(
  cells: readonly CellValue[], synonyms: SynonymTable<F>, firstCol = 0, lastCol = cells.length - 1,
): Partial<Record<F, ColumnMatch>> {
  const table = synonymKeys(synonyms);
  const { fields, exact, partials } = table;
  const result: Partial<Record<F, ColumnMatch>> = {};
  const used = new Set<number>();
  const keys: string[] = [];
  // the columns each pass can match at all, in column order: a data row scanned for a header has a cell or two
  // that contain a synonym (青山县融媒体中心 contains 媒体), and the passes look only at those
  const exactCols: number[] = [];
  const partialCols: number[] = [];
  for (let c = firstCol; c <= lastCol; c++) {
    const k = (keys[c] = headerKey(cells[c]));
    if (!k) continue;
    if (table.anyExact.has(k)) exactCols.push(c);
    if (k.length <= 12 && containsPartial(table, k)) partialCols.push(c);
  }
  if (!exactCols.length && !partialCols.length) return result;
  for (const f of exactCols.length ? fields : []) {
    const syn = exact.get(f)!;
    for (const c of exactCols) {
      if (!used.has(c) && syn.includes(keys[c])) {
        result[f] = { index: c, header: cellText(cells[c]), confidence: 'exact' };
        used.add(c);
        break;
      }
    }
  }
  for (const { f, s } of partialCols.length ? partials : []) {
    if (result[f]) continue;
    for (const c of partialCols) {
      if (!used.has(c) && keys[c].includes(s)) {
        result[f] = { index: c, header: cellText(cells[c]), confidence: 'partial' };
        used.add(c);
        break;
      }
    }
  }
  return result;
}

/**
 * The two rows of a two-level header read as one: a field header in the lower row wins; where the lower
 * cell is blank the upper one counts (a single field such as 标题 merged down across both rows). Group
 * cells (作者信息 over 作者/单位) are thereby ignored, with or without merge information.
 */
export function combineHeaderRows(upper: readonly CellValue[], lower: readonly CellValue[]): CellValue[] {
  return Array.from({ length: Math.max(upper.length, lower.length) }, (_, c) => (cellText(lower[c]) !== '' ? lower[c] : upper[c]) ?? null);
}

/** A row of header text only: data rows hold numbers or dates, so they are never read as a header's lower row. */
function isTextRow(cells: readonly CellValue[]): boolean {
  return cells.some((v) => cellText(v) !== '') && cells.every((v) => v === null || v === undefined || typeof v === 'string');
}

/** Best header row among the first rows: the one mapping most fields, weighted towards required ones. */
export function findHeaderRow<F extends string>(
  rows: readonly (readonly CellValue[] | undefined)[], synonyms: SynonymTable<F>, required: readonly F[],
  opts: { from?: number; maxScan?: number; firstCol?: number; lastCol?: number; twoLevel?: boolean } = {},
): HeaderMatch<F> | null {
  const from = opts.from ?? 0;
  const to = Math.min(rows.length, from + (opts.maxScan ?? 30));
  let best: HeaderMatch<F> | null = null;
  const consider = (cells: readonly CellValue[], row: number, top?: number): void => {
    const columns = mapHeaderRow(cells, synonyms, opts.firstCol ?? 0, opts.lastCol ?? cells.length - 1);
    const matched = Object.keys(columns) as F[];
    const score = matched.reduce((s, f) => s + (required.includes(f) ? 3 : 1) + (columns[f]!.confidence === 'exact' ? 0.5 : 0), 0);
    // strictly better only: a two-level reading must find more than either row alone
    if (matched.length >= 2 && (!best || score > best.score)) best = { row, ...(top === undefined ? {} : { top }), columns, score };
  };
  for (let r = from; r < to; r++) {
    const cells = rows[r];
    if (!cells || cells.length === 0) continue;
    consider(cells, r);
    const lower = rows[r + 1];
    if (opts.twoLevel && lower && r + 1 < to && isTextRow(lower)) consider(combineHeaderRows(cells, lower), r + 1, r);
  }
  return best;
}
