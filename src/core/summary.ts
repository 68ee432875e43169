// Headline figures of a period, for the 通报 and its comparisons with the previous period and last year.
import type { Period } from './types';
import type { AuthorTable } from './authorTable';
import { periodRange } from './periods';

export interface PeriodSummary {
  period: Period;
  articles: number;
  byLevel: Record<string, number>;
  people: number;
  units: number;
}

/** Articles (by level), people and units with articles, in a period of the table's publications (sorted by day). */
export function summarize(period: Period, table: AuthorTable, levels: readonly string[]): PeriodSummary {
  const { from, to } = periodRange(period, table.pubs);
  const byLevel: Record<string, number> = Object.fromEntries(levels.map((l) => [l, 0]));
  const counts = table.levelCounts(from, to);
  if (table.levels.every((l, id) => counts[id] === 0 || levels.includes(l))) table.levels.forEach((l, id) => { if (counts[id]) byLevel[l] += counts[id]; });
  else { // a level outside the rules' (never from validation): keys in the order the period meets them
    for (let i = from; i < to; i++) { // an index loop: a for-of allocates an iterator result per element until optimised
      const level = table.pubs[i].level;
      byLevel[level] = (byLevel[level] ?? 0) + 1;
    }
  }
  const { people, units } = table.distinct(from, to);
  return { period, articles: to - from, byLevel, people, units };
}

/** Change as a fraction (0.25 = +25%); null when there is nothing to compare with. */
export function change(now: number, before: number): number | null {
  return before === 0 ? null : (now - before) / before;
}
