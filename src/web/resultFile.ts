// Naming and packaging of the downloadable result workbook.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 台账.xlsx + 2026Q3 -> 台账-2026Q3.xlsx (a name that already ends in the period is not doubled). */
export function resultFileName(inputName: string, period: string): string {
  let base = inputName.replace(/\.xlsx$/i, '').trim() || '台账';
  if (base.endsWith(`-${period}`)) base = base.slice(0, -period.length - 1);
  return `${base}-${period}.xlsx`;
}

/** The period label of a run, read from the name of its first result sheet (排名-2026Q3 -> 2026Q3). */
export function periodOfOutputs(names: string[]): string | undefined {
  const first = names.find((n) => n.includes('-'));
  return first?.slice(first.indexOf('-') + 1);
}

export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name.trim());
}
