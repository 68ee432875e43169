// Headline figures of a period, for the 通报 and its comparisons with the previous period and last year.
import type { Period } from './types';
import type { Publication } from './publication';
import { pubsIn } from './periods';

export interface PeriodSummary {
  period: Period;
  articles: number;
  byLevel: Record<string, number>;
  people: number;
  units: number;
}

export function summarize(period: Period, all: readonly Publication[], levels: readonly string[]): PeriodSummary {
  const pubs = pubsIn(period, all);
  const byLevel: Record<string, number> = Object.fromEntries(levels.map((l) => [l, 0]));
  const people = new Set<string>();
  const units = new Set<string>();
  // index loops: a for-of allocates an iterator result per element until the loop is optimised
  for (let i = 0; i < pubs.length; i++) {
    const p = pubs[i];
    byLevel[p.level] = (byLevel[p.level] ?? 0) + 1;
    for (let k = 0; k < p.authors.length; k++) { const a = p.authors[k]; people.add(a.key); if (a.unit) units.add(a.unit); }
  }
  return { period, articles: pubs.length, byLevel, people: people.size, units: units.size };
}

/** Change as a fraction (0.25 = +25%); null when there is nothing to compare with. */
export function change(now: number, before: number): number | null {
  return before === 0 ? null : (now - before) / before;
}
