// Naming and packaging of the downloadable result workbook.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Extensions of the ledgers the page reads: workbooks, and CSV/text ledgers (read as the CLI reads them). */
const LEDGER_EXT = /\.(xlsx|csv|tsv|txt)$/i;

/** 台账.xlsx (or 台账.csv) + 2026Q3 -> 台账-2026Q3.xlsx (a name that already ends in the period is not doubled). */
export function resultFileName(inputName: string, period: string): string {
  let base = inputName.trim().replace(LEDGER_EXT, '').trim() || '台账';
  if (base.endsWith(`-${period}`)) base = base.slice(0, -period.length - 1);
  return `${base}-${period}.xlsx`;
}

/** The period label of a run, read from the name of its first result sheet (排名-2026Q3 -> 2026Q3). */
export function periodOfOutputs(names: string[]): string | undefined {
  const first = names.find((n) => n.includes('-'));
  return first?.slice(first.indexOf('-') + 1);
}

/** A name the page opens: an .xlsx workbook or a CSV/text ledger. */
export function isLedgerName(name: string): boolean {
  return LEDGER_EXT.test(name.trim());
}
