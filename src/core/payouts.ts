// 稿酬发放记录: per article and person, the quarter in which it was paid. Read before computing, rewritten
// after: the chosen quarter's records are replaced, other quarters are kept as they were.
import type { CellValue, Issue, SheetData, WorkbookData } from './types';
import { isBlankSettingsRow, settingsColumns, settingsNumber, settingsProblem } from './settingsSheets';
import { PAYOUT_SHEET } from './sheetPlan';
import { parseDateCell } from './dates';
import { normalizeName } from './authors';
import { unitName } from './roster';
import { outletKey, type MediaDirectory } from './mediaDirectory';
import { cellAt, cellText, memo, titleKey } from './text';
import type { Publication } from './publication';
import { wholeFen } from './money';

export interface PayoutRecord {
  quarter: string; // 2026Q3
  title: string;
  outlet: string;
  day: number;
  name: string;
  unit: string;
  fen: number;
  late: boolean; // 补发
}

export const PAYOUT_COLUMNS = ['发放季度', '标题', '媒体', '发表日期', '姓名', '单位', '金额（元）', '补发'] as const;
/** Header of the summary table above the records: one row per settled quarter, even one that paid nothing. */
export const SETTLED_HEADER = '结算季度';

export interface PayoutHistory {
  records: PayoutRecord[];
  /** quarters already settled (run): from the summary table and from the records themselves */
  settled: Set<string>;
}

const SYNONYMS = {
  quarter: ['发放季度', '季度', '发放期间'],
  title: ['标题', '稿件标题'],
  outlet: ['媒体', '刊发媒体'],
  date: ['发表日期', '刊发日期', '日期'],
  name: ['姓名', '作者'],
  unit: ['单位'],
  amount: ['金额（元）', '金额', '发放金额'],
  late: ['补发'],
} as const;

/** Who was paid for which article, and in which quarter (article = title key, outlet key, day; person = name and
 *  unit, as Person.key). A history holds a hundred thousand records: they are chained by day and name under one
 *  number each (no string key, array or other object per record), and a record's title key is computed only for
 *  the few records of that day and name, and only when its title is not the article's own title as typed. */
export class PaidIndex {
  /** first record (index) of each day-and-name chain, by key: a table when the keys span not much more than the
   *  history has records (a few hundred days by a few hundred names; no hashing, nothing for the GC), else a Map */
  private readonly table: Int32Array | null = null;
  private readonly head = new Map<number, number>();
  /** next record of the same day and name, -1 at the end; chains keep the history's order (the first match wins) */
  private readonly next: Int32Array;
  private readonly nameIds = new Map<string, number>();
  private readonly firstDay: number = 0;
  private readonly lastDay: number = -1;
  /** a record's outlet as its directory entry's key (a history names a few dozen outlets) */
  private readonly outletKeyOf: (outlet: string) => string;
  /** the record isPaid tries first: the one after the last it found */
  private cursor = 0;

  constructor(private readonly records: readonly PayoutRecord[], directory: MediaDirectory) {
    this.outletKeyOf = memo((o) => {
      const listed = directory.byKey.get(outletKey(o));
      return outletKey(listed ? listed.name : o);
    });
    const n = records.length;
    this.next = new Int32Array(n);
    const ids = new Int32Array(n);
    if (n === 0) return;
    let first = records[0].day;
    let last = first;
    for (let i = 0; i < n; i++) {
      const r = records[i];
      let id = this.nameIds.get(r.name);
      if (id === undefined) this.nameIds.set(r.name, (id = this.nameIds.size));
      ids[i] = id;
      if (r.day < first) first = r.day; else if (r.day > last) last = r.day;
    }
    this.firstDay = first;
    this.lastDay = last;
    const span = (last - first + 1) * this.nameIds.size;
    const table = span <= 4 * n + 65536 ? new Int32Array(span).fill(-1) : null;
    this.table = table;
    // Backwards, so that each chain runs in the history's order.
    for (let i = n - 1; i >= 0; i--) {
      const key = this.key(records[i].day, ids[i]);
      if (table) { this.next[i] = table[key]; table[key] = i; } else { this.next[i] = this.head.get(key) ?? -1; this.head.set(key, i); }
    }
  }

  /** The first record of a key's chain, -1 when none. */
  private first(key: number): number {
    return this.table ? this.table[key] : this.head.get(key) ?? -1;
  }

  /** One number per (day, name): days are integers within [firstDay, lastDay], ids below nameIds.size. */
  private key(day: number, nameId: number): number {
    return (day - this.firstDay) * this.nameIds.size + nameId;
  }

  /** The quarter in which `person` was paid for `pub`, or null. */
  paidIn(pub: Pick<Publication, 'title' | 'titleKey' | 'outletKey' | 'day'>, person: { name: string; unit: string }): string | null {
    const i = this.find(pub, person);
    return i < 0 ? null : this.records[i].quarter;
  }

  /** The first record (in the history's order) paying `person` for `pub`, -1 when none. */
  private find(pub: Pick<Publication, 'title' | 'titleKey' | 'outletKey' | 'day'>, person: { name: string; unit: string }): number {
    if (pub.day < this.firstDay || pub.day > this.lastDay) return -1;
    const id = this.nameIds.get(person.name);
    if (id === undefined) return -1;
    for (let i = this.first(this.key(pub.day, id)); i >= 0; i = this.next[i]) if (this.matches(this.records[i], pub, person)) return i;
    return -1;
  }

  /** Whether a record of the same day and name is the one of `pub` and `person`. */
  private matches(x: PayoutRecord, pub: Pick<Publication, 'title' | 'titleKey' | 'outletKey'>, person: { unit: string }): boolean {
    return x.unit === person.unit && this.outletKeyOf(x.outlet) === pub.outletKey
      && (x.title === pub.title || titleKey(x.title) === pub.titleKey);
  }

  /** Whether `person` was paid for `pub` at all (paidIn !== null). The late-payment check asks this of every
   *  author of every article of every paid quarter, in ledger order, and a history written by the product holds
   *  their records in that order too: the record after the last one found is tried first, and only a miss (a
   *  record paid late, elsewhere, or none) looks in the index. A guess that matches is a matching record, so the
   *  answer is the index's; only which quarter (the first match) could differ, and this does not say. */
  isPaid(pub: Pick<Publication, 'title' | 'titleKey' | 'outletKey' | 'day'>, person: { name: string; unit: string }): boolean {
    const guess = this.records[this.cursor];
    if (guess !== undefined && guess.day === pub.day && guess.name === person.name && this.matches(guess, pub, person)) {
      this.cursor++;
      return true;
    }
    const found = this.find(pub, person);
    if (found >= 0) this.cursor = found + 1;
    return found >= 0;
  }

  /** Whether some author of `pub` has not been paid for it. */
  hasUnpaidAuthor(pub: Pick<Publication, 'title' | 'titleKey' | 'outletKey' | 'day' | 'authors'>): boolean {
    for (let k = 0; k < pub.authors.length; k++) if (!this.isPaid(pub, pub.authors[k])) return true; // no iterator per article
    return false;
  }
}

export function readPayoutHistory(wb: WorkbookData, problems: Issue[]): PayoutHistory {
  const sheet = wb.sheets.find((s) => s.name === PAYOUT_SHEET);
  if (!sheet) return { records: [], settled: new Set() };
  const out: PayoutRecord[] = [];
  const settled = settledQuarters(sheet);
  // The history grows by every article every quarter: the few distinct quarters, outlets, names and units are
  // normalised once per cell string (a workbook's shared strings are one string each, so looking one up is cheap).
  const quarterOf = byCellText((q) => q.toUpperCase().replace(/\s/g, ''));
  const isQuarter = memo((q) => /^\d{4}Q[1-4]$/.test(q));
  const isLate = byCellText((t) => /^(是|补发|√|y)/i.test(t));
  const outletOf = byCellText((o) => o);
  const nameOf = byCellText(normalizeName);
  const unitOf = byCellText(unitName);
  const table = settingsColumns(sheet, SYNONYMS, ['quarter', 'title', 'outlet', 'date', 'name'], problems, 400);
  if (!table) return { records: out, settled };
  // The records sit below the per-quarter summary, which grows by four rows a year; a hundred thousand records
  // are read straight from their cells, without a cells-and-texts object per row.
  const at = (f: keyof typeof SYNONYMS) => table.indexes[table.fields.indexOf(f)] ?? -1;
  const [quarterAt, titleAt, outletAt, dateAt, nameAt, unitAt, amountAt, lateAt] =
    (['quarter', 'title', 'outlet', 'date', 'name', 'unit', 'amount', 'late'] as const).map(at);
  const textAt = (cells: readonly CellValue[], i: number) => cellText(cellAt(cells, i));
  const titleOf = sameAsLast(cellText);
  const bad = (cells: readonly CellValue[], r: number, f: keyof typeof SYNONYMS, what: string) => {
    const t = textAt(cells, at(f));
    problems.push(settingsProblem(sheet.name, r + 1, table.col[f] ?? '', `${what}“${t}”无效`, 'PAYOUT_RECORD', t));
  };
  let lastQuarter: string | undefined; // the quarter of the last record read (a valid one)
  for (let r = table.firstRow; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    const quarter = quarterOf(cells[quarterAt]);
    if (!quarter && isBlankSettingsRow(cells, table.indexes)) continue; // a row with a quarter is not blank
    const day = parseDateCell(cells[dateAt]);
    const fen = amountAt < 0 ? null : settingsNumber(cells[amountAt]);
    if (quarter !== lastQuarter && !isQuarter(quarter)) { bad(cells, r, 'quarter', '发放季度（应写成 2026Q3）'); continue; }
    if (day === null) { bad(cells, r, 'date', '发表日期'); continue; }
    if (fen === null && textAt(cells, amountAt)) { bad(cells, r, 'amount', '金额'); continue; }
    out.push({
      quarter, title: titleOf(cellAt(cells, titleAt)), outlet: outletOf(cellAt(cells, outletAt)), day,
      name: nameOf(cellAt(cells, nameAt)), unit: unitOf(cellAt(cells, unitAt)),
      fen: wholeFen(Math.round((fen ?? 0) * 100)), late: isLate(cellAt(cells, lateAt)),
    });
    if (quarter !== lastQuarter) settled.add((lastQuarter = quarter)); // records run quarter by quarter
  }
  return { records: out, settled };
}

/** fn of a cell's text, remembered per cell string (other values, numbers and dates, are not kept) and for the
 *  cell before (see sameAsLast). */
function byCellText<T>(fn: (text: string) => T): (v: CellValue) => T {
  const ofString = memo((s) => fn(cellText(s)));
  return sameAsLast((v) => (typeof v === 'string' ? ofString(v) : fn(cellText(v))));
}

const NOTHING: unique symbol = Symbol('nothing');

/** fn, answering a value the same as the one before without calling it: down a history the quarter repeats for
 *  thousands of rows, an empty 补发 cell nearly always, and co-authors' records follow each other with one title. */
function sameAsLast<T>(fn: (v: CellValue) => T): (v: CellValue) => T {
  let last: CellValue | typeof NOTHING = NOTHING;
  let out: T;
  return (v) => {
    if (v !== last) { out = fn(v); last = v; }
    return out;
  };
}

/** Quarters listed under the 结算季度 header (written by the product above the records). */
function settledQuarters(sheet: SheetData): Set<string> {
  const out = new Set<string>();
  // The header is looked for in every row of the history; only a text holding 度 can read 结算季度 (cellText only
  // drops or folds characters), so the hundred thousand record rows cost no cellText here.
  const header = sheet.rows.findIndex((row) => row && typeof row[0] === 'string' && row[0].includes('度') && cellText(row[0]) === SETTLED_HEADER);
  if (header < 0) return out;
  for (let r = header + 1; r < sheet.rows.length; r++) {
    const q = cellText(sheet.rows[r]?.[0]).toUpperCase().replace(/\s/g, '');
    if (!/^\d{4}Q[1-4]$/.test(q)) break;
    out.add(q);
  }
  return out;
}
