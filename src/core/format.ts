// How figures read in every shell (CLI, pane, page, notice text): money from integer fen as 16,500.00 元,
// points with two decimals as 34.60 分, counts as whole numbers with their unit, periods by their Chinese name.
// One place, so the CLI, the pane and the sheets cannot drift apart.
import { parsePeriod, periodName } from './periods';

/** 1234567 -> '1,234,567' without depending on the runtime's locale data. */
function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Fen as yuan with thousands separators and two decimals: 1650000 -> '16,500.00'. */
export function yuanNumber(fen: number): string {
  const f = Math.round(fen);
  const abs = Math.abs(f);
  const text = `${group(String(Math.floor(abs / 100)))}.${String(abs % 100).padStart(2, '0')}`;
  return f < 0 ? `-${text}` : text;
}

/** '16,500.00 元' */
export function yuanText(fen: number): string {
  return `${yuanNumber(fen)} 元`;
}

/** Points with two decimals: 34.6 -> '34.60'. */
export function pointsNumber(points: number): string {
  return (Math.round(points * 100) / 100).toFixed(2);
}

/** '34.60 分' */
export function pointsText(points: number): string {
  return `${pointsNumber(points)} 分`;
}

/** A count with its unit: (7, '行') -> '7 行'. */
export function countText(count: number, unit: string): string {
  return `${group(String(Math.round(count)))} ${unit}`;
}

/** '2026Q3' -> '2026年第三季度', '2026H2' -> '2026年下半年', '2026-07' -> '2026年7月', '2026' -> '2026年'.
 *  Anything that is not a period label is returned as it is. */
export function periodText(label: string): string {
  try {
    return periodName(parsePeriod(label));
  } catch {
    return label;
  }
}

/** The ledger's row counts in the words of the CLI and the pane alike. */
export function ledgerRowsText(rows: { total: number; counted: number; errors: number; warnings: number; skipped: number }): string {
  return `共 ${countText(rows.total, '行')}，计入 ${countText(rows.counted, '行')}，错误 ${countText(rows.errors, '行')}，`
    + `有警告 ${countText(rows.warnings, '行')}，跳过 ${countText(rows.skipped, '行')}（合计行、空行、未采用）`;
}

/** The period's article count: '150 篇', or '0 篇（2020年第一季度没有稿件）' so an empty period is said to be empty. */
export function periodArticlesText(label: string, articles: number): string {
  return articles > 0 ? countText(articles, '篇') : `0 篇（${periodText(label)}没有稿件）`;
}

/** A result-sheet cell as text, by its column's format, the way the sheets' number formats show it
 *  (yuan cells hold yuan: 16500 -> '16,500.00'; points two decimals; shares as 45.5%). */
export function cellDisplay(value: string | number | null, format: 'text' | 'int' | 'decimal' | 'yuan' | 'percent' | 'date'): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  switch (format) {
    case 'yuan': return yuanNumber(Math.round(value * 100));
    case 'decimal': return pointsNumber(value);
    case 'percent': return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
    case 'int': return countText(value, '').trim();
    default: return String(value);
  }
}
