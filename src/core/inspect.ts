// What a shell shows before a run: the detected ledger, missing and malformed settings, the periods with data,
// the default period and the ledger's problems. Reads and validates, but computes no ranking, stipend, quota or sheet.
import { EmptyLedgerError, NoLedgerError, SettingsError } from './errors';
import type { Detection, Issue, MappingOverride, PeriodKind, WorkbookData } from './types';
import { dayFromIso } from './dates';
import { detectLedger } from './detect';
import { defaultPeriod, periodName, periodsWithData } from './periods';
import { byDay, checkLedger, isLedgerEmpty, readSettings, requireLedger } from './ledgerCheck';
import { buildSettingsSheets } from './settingsTemplate';
import { ownedSheetNames, planSheetNames } from './sheetPlan';

export interface PeriodChoice {
  /** '2026Q3', '2026-07', '2026H1', '2026' (what calculate's `period` takes) */
  label: string;
  kind: PeriodKind;
  /** Chinese name: 2026年第三季度 */
  name: string;
}

export interface Inspection {
  detection: Detection;
  /** settings sheets that a click would insert (those not in the workbook yet) */
  missingSettings: string[];
  /** newest first, all kinds (quarters, months, halves, years) */
  periods: PeriodChoice[];
  /** the period a run without a choice computes: the latest quarter with data */
  defaultPeriod?: string;
  /** NoLedgerError or SettingsError as calculate throws it, or EmptyLedgerError as requireArticles does */
  problem?: NoLedgerError | SettingsError | EmptyLedgerError;
  /** the ledger's errors and warnings (empty when there is a problem) */
  issues: Issue[];
}

/** Settings sheets not in the workbook yet, under the names they would be inserted with. */
export function missingSettingsSheets(wb: WorkbookData, today: string): string[] {
  const settings = buildSettingsSheets(wb, today);
  const plan = planSheetNames(wb.sheets.map((s) => s.name), ownedSheetNames(wb), settings);
  return plan.filter((p) => !p.skip).map((p) => p.actual);
}

export function inspect(wb: WorkbookData, mapping: MappingOverride | undefined, today: string): Inspection {
  const base = { missingSettings: missingSettingsSheets(wb, today), periods: [], issues: [] };
  const detection = detectLedger(wb, mapping);
  try {
    const settings = readSettings(wb);
    requireLedger(detection);
    const day = dayFromIso(today);
    const ledger = checkLedger(wb, detection, settings, day);
    if (isLedgerEmpty(ledger)) throw new EmptyLedgerError(detection.sources.map((s) => s.sheet));
    const all = byDay(ledger);
    const periods = periodsWithData(all).map((p) => ({ label: p.label, kind: p.kind, name: periodName(p) }));
    return { ...base, detection, periods, defaultPeriod: defaultPeriod(all, day).label, issues: ledger.issues };
  } catch (problem) {
    if (problem instanceof NoLedgerError || problem instanceof SettingsError || problem instanceof EmptyLedgerError) return { ...base, detection, problem };
    throw problem;
  }
}
