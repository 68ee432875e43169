// Validation of every ledger row (SPEC.md, Validation): errors exclude a row, warnings keep it.
// One file per rule in this folder; this loop runs them in the spec's order.
import type { Detection, Issue, WorkbookData } from '../types';
import { forEachLedgerRow } from '../ledgerRows';
import type { Publication } from '../publication';
import { LedgerRun, RowCheck, type ValidationContext } from './rowCheck';
import { notAdopted, type RejectedRow } from './notAdopted';
import { requiredFields } from './requiredFields';
import { dateRule } from './dateRule';
import { futureDate } from './futureDate';
import { levelKnown } from './levelKnown';
import { exactDuplicate } from './exactDuplicate';
import { genreUnknown } from './genreUnknown';
import { rosterAuthor } from './rosterAuthor';
import { sameNameTwoUnits } from './sameNameTwoUnits';
import { sameTitleOutlets } from './sameTitleOutlets';

export type { ValidationContext } from './rowCheck';

export interface LedgerResult {
  publications: Publication[];
  issues: Issue[];
  rows: { total: number; counted: number; errors: number; warnings: number; skipped: number; notAdopted: number };
  /** the ledger has a status column: rows marked 未采用 etc. are kept here for adoption rates */
  hasStatus: boolean;
  rejected: RejectedRow[];
}

/** Rules whose errors exclude the row; every one runs so that a row reports all its errors. */
function errorRules(row: RowCheck, run: LedgerRun): void {
  // called one by one, not from a list: a call site with one target lets the compiler inline the rule
  requiredFields(row, run);
  dateRule(row, run);
  futureDate(row, run);
  levelKnown(row, run);
  exactDuplicate(row, run);
}

/** Rules of a row that is counted: warnings only. */
function warningRules(row: RowCheck, run: LedgerRun): void {
  genreUnknown(row, run);
  rosterAuthor(row, run);
  sameNameTwoUnits(row, run);
}

export function validateLedger(wb: WorkbookData, detection: Detection, ctx: ValidationContext): LedgerResult {
  const run = new LedgerRun(ctx);
  const publications: Publication[] = [];
  const rows = { total: 0, counted: 0, errors: 0, warnings: 0, skipped: 0, notAdopted: 0 };
  const rejected: RejectedRow[] = [];
  const check = new RowCheck(run);
  forEachLedgerRow(wb, detection, (raw, kind) => {
    rows.total++;
    if (kind !== 'data') { rows.skipped++; return; }
    const row = check.start(raw);
    const rejection = notAdopted(row, run);
    if (rejection) {
      rows.skipped++;
      rows.notAdopted++;
      rejected.push(rejection);
      return;
    }
    errorRules(row, run);
    if (row.errors > 0) { rows.errors++; return; }
    warningRules(row, run);
    const pub = publicationOf(row, run, publications.length);
    sameTitleOutlets(row, pub);
    row.entry!.pub = pub;
    publications.push(pub);
    rows.counted++;
    if (row.warnings > 0) rows.warnings++;
  });
  return { publications, issues: run.issues, rows, hasStatus: detection.sources.some((s) => s.columns.status), rejected };
}

/** The counted article of a row that passed every error rule. */
function publicationOf(row: RowCheck, run: LedgerRun, seq: number): Publication {
  const { raw, day } = row;
  return {
    seq, sheet: raw.sheet, row: raw.row, title: row.title, titleKey: row.titleKey,
    outlet: row.outlet!.name, outletKey: row.outletKey,
    level: row.level!, genre: row.genre, day: day!, headline: run.headlineOf(row.text('position'), raw.header('position')),
    authors: row.authors,
  };
}
