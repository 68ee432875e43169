// What the pane shows before a run: detected ledger, missing settings sheets, periods with data.
// Pure functions over the core so they are tested without React.
import {
  buildSettingsSheets, calculate, detectLedger, requireArticles, ownedSheetNames, planSheetNames,
  type Detection, type LedgerField, type LedgerSource, type MappingOverride, type WorkbookData,
} from '../core';

export interface Analysis {
  detection: Detection;
  /** settings sheets that a click would insert (those not in the workbook yet) */
  missingSettings: string[];
  /** newest first, all kinds (quarters, months, halves, years) */
  periods: string[];
  defaultPeriod?: string;
  /** NoLedgerError / SettingsError / EmptyLedgerError from the dry run, shown before the user clicks */
  problem?: unknown;
}

export function missingSettingsSheets(wb: WorkbookData, today: string): string[] {
  const settings = buildSettingsSheets(wb, today);
  const plan = planSheetNames(wb.sheets.map((s) => s.name), ownedSheetNames(wb), settings);
  return plan.filter((p) => !p.skip).map((p) => p.actual);
}

export function analyze(wb: WorkbookData, mapping: MappingOverride | undefined, today: string): Analysis {
  const detection = detectLedger(wb, mapping);
  const missingSettings = missingSettingsSheets(wb, today);
  try {
    const dry = requireArticles(calculate(wb, { today, mapping }));
    return { detection, missingSettings, periods: dry.periodsWithData, defaultPeriod: dry.period.label };
  } catch (problem) {
    return { detection, missingSettings, periods: [], problem };
  }
}

export type PeriodKindKey = 'quarter' | 'month' | 'half' | 'year';

export function periodKind(label: string): PeriodKindKey {
  if (/Q\d$/.test(label)) return 'quarter';
  if (/H\d$/.test(label)) return 'half';
  if (/-\d\d$/.test(label)) return 'month';
  return 'year';
}

/** Options grouped by kind, quarters first (the stipend period), each group newest first. */
export function periodGroups(periods: string[]): Array<{ kind: PeriodKindKey; labels: string[] }> {
  const kinds: PeriodKindKey[] = ['quarter', 'month', 'half', 'year'];
  return kinds
    .map((kind) => ({ kind, labels: periods.filter((p) => periodKind(p) === kind) }))
    .filter((g) => g.labels.length > 0);
}

export const LEDGER_FIELDS: LedgerField[] = ['title', 'authors', 'outlet', 'date', 'level', 'unit', 'genre', 'position', 'words', 'status', 'id'];
export const REQUIRED_FIELDS = new Set<LedgerField>(['title', 'authors', 'outlet', 'date']);

/** The override after the user sets `field` of `source` to column `index` (undefined = none), keeping
 *  every other sheet's entry and this sheet's other detected columns. */
export function withColumn(
  current: MappingOverride | undefined,
  source: LedgerSource,
  change: { field?: LedgerField; index?: number; headerRow?: number },
): MappingOverride {
  const columns: Partial<Record<LedgerField, number>> = {};
  for (const f of LEDGER_FIELDS) {
    const m = source.columns[f];
    if (m) columns[f] = m.index;
  }
  if (change.field) {
    if (change.index === undefined) delete columns[change.field];
    else columns[change.field] = change.index;
  }
  const others = (current?.sheets ?? []).filter((s) => s.sheet !== source.sheet);
  return { sheets: [...others, { sheet: source.sheet, headerRow: change.headerRow ?? source.headerRow, columns }] };
}

/** Header cells of a source, for the column dropdowns: 'C · 作者'. */
export function columnChoices(wb: WorkbookData, source: LedgerSource, letters: (col: number) => string): string[] {
  const sheet = wb.sheets.find((s) => s.name === source.sheet);
  const header = sheet?.rows[source.headerRow - 1] ?? [];
  const width = Math.max(source.lastCol + 1, header.length);
  return Array.from({ length: width }, (_, c) => {
    const h = header[c];
    const text = h === null || h === undefined ? '' : String(h as string | number).trim();
    return text ? `${letters(c + 1)} · ${text}` : letters(c + 1);
  });
}
