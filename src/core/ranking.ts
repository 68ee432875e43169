// Ranking: points (2 decimals), then articles at 国家级, 省级, 市级, 县级 (the level order), then the total.
// Those equal on all of these share a rank: dense (中国式排名 1,1,2) or competition (1,1,3).
import type { RankingPolicy } from './rules';
import { roundPoints } from './points';

export interface Rankable {
  points: number;
  byLevel: Record<string, number>;
  articles: number;
  /** display name, only to make the order of tied entries stable */
  label: string;
}

function compare(a: Rankable, b: Rankable, levels: readonly string[]): number {
  const p = roundPoints(b.points) - roundPoints(a.points);
  if (p !== 0) return p;
  for (const l of levels) {
    const d = (b.byLevel[l] ?? 0) - (a.byLevel[l] ?? 0);
    if (d !== 0) return d;
  }
  return b.articles - a.articles;
}

/** Items sorted best first, each with its rank. */
export function rankItems<T extends Rankable>(items: readonly T[], levels: readonly string[], policy: RankingPolicy): Array<T & { rank: number }> {
  const sorted = [...items].sort((a, b) => compare(a, b, levels) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const out: Array<T & { rank: number }> = [];
  let rank = 0;
  sorted.forEach((item, i) => {
    if (i === 0 || compare(sorted[i - 1], item, levels) !== 0) rank = policy === 'dense' ? rank + 1 : i + 1;
    out.push({ ...item, rank });
  });
  return out;
}
