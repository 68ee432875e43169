// Finding a header row below title rows and mapping its columns by synonyms (ledger and settings sheets alike).
import type { CellValue, ColumnMatch } from './types';
import { cellText, compactKey } from './text';

export type SynonymTable<F extends string> = Record<F, readonly string[]>;

/** Header text reduced for matching: no spaces, no marks such as * or ：, no bracketed remarks. */
export function headerKey(v: CellValue): string {
  return compactKey(cellText(v)).replace(/[(（][^)）]*[)）]/g, '').replace(/[*＊:：#№\n]/g, '');
}

export interface HeaderMatch<F extends string> {
  row: number; // 0-based
  columns: Partial<Record<F, ColumnMatch>>;
  score: number;
}

/** Map one row's cells to fields: exact synonyms first, then headers that contain a synonym (longest first). */
export function mapHeaderRow<F extends string>(
  cells: readonly CellValue[], synonyms: SynonymTable<F>, firstCol = 0, lastCol = cells.length - 1,
): Partial<Record<F, ColumnMatch>> {
  const fields = Object.keys(synonyms) as F[];
  const result: Partial<Record<F, ColumnMatch>> = {};
  const used = new Set<number>();
  const keys: string[] = [];
  for (let c = firstCol; c <= lastCol; c++) keys[c] = headerKey(cells[c]);
  for (const f of fields) {
    const syn = synonyms[f].map(compactKey);
    for (let c = firstCol; c <= lastCol; c++) {
      if (!used.has(c) && keys[c] && syn.includes(keys[c])) {
        result[f] = { index: c, header: cellText(cells[c]), confidence: 'exact' };
        used.add(c);
        break;
      }
    }
  }
  const partials = fields
    .flatMap((f) => synonyms[f].map((s) => ({ f, s: compactKey(s) })))
    .filter((p) => p.s.length >= 2)
    .sort((a, b) => b.s.length - a.s.length);
  for (const { f, s } of partials) {
    if (result[f]) continue;
    for (let c = firstCol; c <= lastCol; c++) {
      if (!used.has(c) && keys[c] && keys[c].length <= 12 && keys[c].includes(s)) {
        result[f] = { index: c, header: cellText(cells[c]), confidence: 'partial' };
        used.add(c);
        break;
      }
    }
  }
  return result;
}

/** Best header row among the first rows: the one mapping most fields, weighted towards required ones. */
export function findHeaderRow<F extends string>(
  rows: readonly (readonly CellValue[] | undefined)[], synonyms: SynonymTable<F>, required: readonly F[],
  opts: { from?: number; maxScan?: number; firstCol?: number; lastCol?: number } = {},
): HeaderMatch<F> | null {
  const from = opts.from ?? 0;
  const to = Math.min(rows.length, from + (opts.maxScan ?? 30));
  let best: HeaderMatch<F> | null = null;
  for (let r = from; r < to; r++) {
    const cells = rows[r];
    if (!cells || cells.length === 0) continue;
    const columns = mapHeaderRow(cells, synonyms, opts.firstCol ?? 0, opts.lastCol ?? cells.length - 1);
    const matched = Object.keys(columns) as F[];
    const score = matched.reduce((s, f) => s + (required.includes(f) ? 3 : 1) + (columns[f]!.confidence === 'exact' ? 0.5 : 0), 0);
    if (matched.length >= 2 && (!best || score > best.score)) best = { row: r, columns, score };
  }
  return best;
}
