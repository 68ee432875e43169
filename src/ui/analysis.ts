// What the pane shows before a run: detected ledger, missing settings sheets, periods with data.
// Pure functions over the core so they are tested without React.
import {
  inspect, LEDGER_FIELDS, parsePeriod,
  type Inspection, type LedgerField, type LedgerSource, type MappingOverride, type PeriodKind, type WorkbookData,
} from '../core';

/** The pane's view before a run is the core's inspection (no dry-run calculation). */
export type Analysis = Inspection;

export function analyze(wb: WorkbookData, mapping: MappingOverride | undefined, today: string): Analysis {
  return inspect(wb, mapping, today);
}

/** Options grouped by kind, quarters first (the stipend period), each group newest first. */
export function periodGroups(periods: string[]): Array<{ kind: PeriodKind; labels: string[] }> {
  const kinds: PeriodKind[] = ['quarter', 'month', 'half', 'year'];
  return kinds
    .map((kind) => ({ kind, labels: periods.filter((p) => parsePeriod(p).kind === kind) }))
    .filter((g) => g.labels.length > 0);
}

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
