// The state one ledger row carries through the validation rules, and the state shared by all rows of a run.
import type { CellValue, Issue, LedgerField } from '../types';
import type { RawRow } from '../ledgerRows';
import { cellText, isErrorValue, listText, memo } from '../text';
import { splitAuthorEntries, splitUnits, type AuthorEntry } from '../authors';
import { normalizeLevel } from '../levels';
import { normalizeGenre } from '../genres';
import { outletKey, type MediaDirectory } from '../mediaDirectory';
import { personResolver, type Person, type PersonWarning } from '../persons';
import { FIELD_LABELS } from '../fields';
import type { Publication } from '../publication';
import { isHeadline } from '../headline';
import { isNotAdopted } from '../status';
import type { Roster } from '../roster';
import type { Rules } from '../rules';

export interface ValidationContext { rules: Rules; roster: Roster; directory: MediaDirectory; today: number }

/** A row with title, outlet and date, seen earlier in the run; `pub` is set once the row is counted. */
export interface TitleEntry { outletKey: string; day: number; sheet: string; row: number; pub?: Publication }

/** The people of an author cell with a unit cell and their warnings; `seen`: an earlier row had both cells. */
export interface ResolvedAuthors { authors: Person[]; warnings: PersonWarning[]; seen: boolean }

/** What the rules share across rows (memoised parsers and the maps of rows seen so far). */
export class LedgerRun {
  readonly issues: Issue[] = [];
  readonly personOf: ReturnType<typeof personResolver>;
  readonly unitsOfName = new Map<string, Set<string>>();
  // One map by title serves both the exact-duplicate check and the same-title-elsewhere warning.
  readonly byTitle = new Map<string, TitleEntry[]>();
  readonly levelOf: (t: string) => string | null;
  readonly genreOf: (t: string) => string | null;
  readonly outletKeyOf = memo(outletKey);
  readonly authorsOf = memo(splitAuthorEntries);
  readonly unitsOf = memo(splitUnits);
  /** a status column holds a handful of distinct texts */
  readonly notAdoptedOf = memo(isNotAdopted);
  /** rosterAuthor's result per author cell text, then unit cell text */
  readonly resolvedAuthors = new Map<string, Map<string, ResolvedAuthors>>();

  private readonly headlines = new Map<string, (position: string) => boolean>();

  /** isHeadline remembered per column header and position text (a ledger repeats a few dozen positions). */
  headlineOf(position: string, header: string): boolean {
    let of = this.headlines.get(header);
    if (!of) this.headlines.set(header, (of = memo((p) => isHeadline(p, header))));
    return of(position);
  }

  constructor(readonly ctx: ValidationContext) {
    this.personOf = personResolver(ctx.roster);
    this.levelOf = memo((t) => normalizeLevel(t, ctx.rules.levels));
    this.genreOf = memo((t) => normalizeGenre(t, ctx.rules.genres));
  }
}

const REQUIRED = new Set<LedgerField>(['title', 'authors', 'outlet', 'date']);

/** One data row under validation; rules read the raw cells and fill in what they decide. */
export class RowCheck {
  errors = 0;
  warnings = 0;
  title = '';
  authorsText = '';
  outletText = '';
  entries: AuthorEntry[] = [];
  day: number | null = null;
  /** the media directory's entry of the outlet, if listed */
  listed?: { name: string; level: string };
  level: string | null = null;
  titleKey = '';
  outletKey = '';
  sameTitle?: TitleEntry[];
  entry?: TitleEntry;
  genre = '';
  authors: Person[] = [];
  /** an earlier counted row had the same author and unit cells, so the same `authors` (set by rosterAuthor) */
  authorsRepeat = false;

  constructor(readonly raw: RawRow, private readonly run: LedgerRun) {}

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
