// The state one ledger row carries through the validation rules, and the state shared by all rows of a run.
import type { CellValue, Issue, LedgerField } from '../types';
import type { RawRow } from '../ledgerRows';
import { cellText, isErrorValue, listText, memo } from '../text';
import { splitAuthorEntries, splitUnits, type AuthorEntry } from '../authors';
import { normalizeLevel } from '../levels';
import { normalizeGenre } from '../genres';
import { cleanOutlet, outletKey, type MediaDirectory } from '../mediaDirectory';
import { personResolver, type Person, type PersonWarning } from '../persons';
import { FIELD_LABELS } from '../fields';
import { StringIds } from '../stringIds';
import type { Publication } from '../publication';
import { isHeadline } from '../headline';
import { isNotAdopted } from '../status';
import type { Roster } from '../roster';
import type { Rules } from '../rules';

export interface ValidationContext { rules: Rules; roster: Roster; directory: MediaDirectory; today: number }

/** A row with title, outlet and date, seen earlier in the run; `pub` is set once the row is counted, `next` is
 *  the next such row of the same title. */
export interface TitleEntry { outletKey: string; day: number; sheet: string; row: number; pub?: Publication; next?: TitleEntry }

/** The people of an author cell with a unit cell and their warnings; `seen`: an earlier row had both cells. */
export interface ResolvedAuthors { authors: Person[]; warnings: PersonWarning[]; seen: boolean }

/** An author cell's text split into entries, and rosterAuthor's results per unit cell text beside it: the first
 *  unit text in `unitText`/`resolved` (usually the only one), any other in `byUnit`. */
export interface AuthorCell {
  entries: AuthorEntry[];
  unitText?: string;
  resolved?: ResolvedAuthors;
  byUnit?: Map<string, ResolvedAuthors>;
}

/** An outlet cell's text: its media directory entry, if listed, the key rows of the outlet share and the name
 *  a publication shows. */
export interface OutletCell { listed?: { name: string; level: string }; key: string; name: string }

/** What the rules share across rows (memoised parsers and the maps of rows seen so far). */
export class LedgerRun {
  readonly issues: Issue[] = [];
  readonly personOf: ReturnType<typeof personResolver>;
  readonly unitsOfName = new Map<string, Set<string>>();
  // One table by title key serves both the exact-duplicate check and the same-title-elsewhere warning:
  // per title id, the first row with that title, outlet and date (the others hang on `next`).
  readonly titleIds = new StringIds();
  readonly titleRows: TitleEntry[] = [];
  readonly levelOf: (t: string) => string | null;
  readonly genreOf: (t: string) => string | null;
  // one lookup per cell text: these run on every row
  readonly outletOf: (text: string) => OutletCell;
  readonly authorCellOf = memo((text): AuthorCell => ({ entries: splitAuthorEntries(text), unitText: undefined, resolved: undefined, byUnit: undefined }));
  readonly unitsOf = memo(splitUnits);
  /** a status column holds a handful of distinct texts */
  readonly notAdoptedOf = memo(isNotAdopted);
  private readonly headlines = new Map<string, (position: string) => boolean>();
  private lastHeader?: string;
  private lastHeadlineOf?: (position: string) => boolean;

  /** isHeadline remembered per column header and position text (a ledger repeats a few dozen positions). */
  headlineOf(position: string, header: string): boolean {
    if (header !== this.lastHeader) { // sheets of one ledger mostly share the header: one map lookup per sheet
      let of = this.headlines.get(header);
      if (!of) this.headlines.set(header, (of = memo((p) => isHeadline(p, header))));
      this.lastHeader = header;
      this.lastHeadlineOf = of;
    }
    return this.lastHeadlineOf!(position);
  }

  constructor(readonly ctx: ValidationContext) {
    this.personOf = personResolver(ctx.roster);
    this.outletOf = memo((text) => {
      const key = outletKey(text);
      const listed = text ? ctx.directory.byKey.get(key) : undefined;
      return listed ? { listed, key: outletKey(listed.name), name: listed.name } : { listed, key, name: cleanOutlet(text) };
    });
    this.levelOf = memo((t) => normalizeLevel(t, ctx.rules.levels));
    this.genreOf = memo((t) => normalizeGenre(t, ctx.rules.genres));
  }
}

const NO_AUTHORS: AuthorCell = { entries: [] };
const NO_PEOPLE: Person[] = [];

const REQUIRED = new Set<LedgerField>(['title', 'authors', 'outlet', 'date']);

/** One data row under validation; rules read the raw cells and fill in what they decide. validateLedger moves one
 *  object along the rows (start() resets every field), as RawRow does: nothing may keep it. */
export class RowCheck {
  errors!: number;
  warnings!: number;
  title!: string;
  authorsText!: string;
  outletText!: string;
  authorCell!: AuthorCell;
  day!: number | null;
  /** what the outlet cell's text stands for (set by levelKnown) */
  outlet?: OutletCell;
  level!: string | null;
  titleKey!: string;
  outletKey!: string;
  /** the first row of this title (this row's entry included in its chain) */
  sameTitle?: TitleEntry;
  entry?: TitleEntry;
  genre!: string;
  authors!: Person[];
  /** an earlier counted row had the same author and unit cells, so the same `authors` (set by rosterAuthor) */
  authorsRepeat!: boolean;
  raw!: RawRow;

  constructor(private readonly run: LedgerRun) {}

  /** Begin checking the row `raw` points at. */
  start(raw: RawRow): this {
    this.raw = raw;
    this.errors = 0;
    this.warnings = 0;
    this.title = '';
    this.authorsText = '';
    this.outletText = '';
    this.authorCell = NO_AUTHORS;
    this.day = null;
    this.outlet = undefined;
    this.level = null;
    this.titleKey = '';
    this.outletKey = '';
    this.sameTitle = undefined;
    this.entry = undefined;
    this.genre = '';
    this.authors = NO_PEOPLE;
    this.authorsRepeat = false;
    return this;
  }

  add(field: LedgerField | '', severity: Issue['severity'], code: string, message: string, value?: CellValue): void {
    const raw = this.raw;
    const column = field ? raw.column(field) : '';
    this.run.issues.push({ sheet: raw.sheet, row: raw.row, column, field: field ? raw.header(field) || FIELD_LABELS[field] : '',
      value: value === undefined ? '' : cellText(value), severity, code, message: `${raw.sheet} 第${raw.row}行${column ? ` ${column}列` : ''}：${message}` });
    if (severity === 'error') this.errors++; else this.warnings++;
  }

  /** A field's text; a formula error is reported (an error for required fields) and read as blank. */
  text(f: LedgerField): string {
    const v = this.raw.get(f);
    if (isErrorValue(v)) {
      const required = REQUIRED.has(f);
      this.add(f, required ? 'error' : 'warning', 'FORMULA_ERROR', `${FIELD_LABELS[f]}单元格是公式错误“${cellText(v)}”${required ? '' : '，按空白处理'}`, v);
      return '';
    }
    return f === 'authors' || f === 'unit' ? listText(v) : cellText(v);
  }
}

/** One spec rule over one row. Rules run in order; those after the error gate see only rows without errors. */
export type RowRule = (row: RowCheck, run: LedgerRun) => void;
