// Ranking: points (2 decimals), then articles at 国家级, 省级, 市级, 县级 (the level order), then the total.
// Those equal on all of these share a rank: dense (中国式排名 1,1,2) or competition (1,1,3).
import type { RankingPolicy } from './rules';
import { roundPoints } from './points';
import type { Period } from './types';
import type { Rules } from './rules';
import type { Publication } from './publication';
import type { StipendResult } from './stipends';
import { forEachCredit, type Credit } from './credits';
import { Totals, totalsOf, type PersonStats, type UnitStats } from './stats';
import { pubsIn, yearToDate } from './periods';
import { unitCategory, type Roster } from './roster';

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

export type RankedPerson = PersonStats & { rank: number; stipend: { dueFen: number; payFen: number } };
export type RankedUnit = UnitStats & { rank: number; category: string; categoryRank: number };

export interface Standing {
  people: RankedPerson[];
  units: RankedUnit[];
}

/** Rankings of people and units over a set of credits (units also within their category). */
export function standing(credits: Credit[], rules: Rules, roster: Roster, stipends?: StipendResult): Standing {
  return standingOf(totalsOf(credits, rules.levels), rules, roster, stipends);
}

function standingOf(totals: Totals, rules: Rules, roster: Roster, stipends?: StipendResult): Standing {
  const persons = totals.persons();
  if (stipends) {
    // People paid only 补发 this run appear too, with no articles in the period.
    const known = new Set(persons.map((p) => p.key));
    for (const l of stipends.lines) {
      if (!known.has(l.credit.personKey)) {
        known.add(l.credit.personKey);
        persons.push({ key: l.credit.personKey, person: l.credit.person, points: 0, articles: 0, shareArticles: 0,
          byLevel: Object.fromEntries(rules.levels.map((lv) => [lv, 0])), label: `${l.credit.person.name}${l.credit.person.unit}` });
      }
    }
  }
  const people = rankItems(persons, rules.levels, rules.ranking).map((p) => ({
    ...p, stipend: stipends?.byPerson.get(p.key) ?? { dueFen: 0, payFen: 0 },
  }));
  const unitList = rankItems(totals.units(), rules.levels, rules.ranking);
  const byCategory = new Map<string, typeof unitList>();
  for (const u of unitList) {
    const c = unitCategory(u.unit, roster);
    const list = byCategory.get(c);
    if (list) list.push(u); else byCategory.set(c, [u]);
  }
  const categoryRank = new Map<string, number>();
  for (const list of byCategory.values()) for (const u of rankItems(list, rules.levels, rules.ranking)) categoryRank.set(u.unit, u.rank);
  const units = unitList.map((u) => ({ ...u, category: unitCategory(u.unit, roster), categoryRank: categoryRank.get(u.unit)! }));
  return { people, units };
}

export function yearToDateStanding(period: Period, all: readonly Publication[], rules: Rules, roster: Roster): Standing {
  const totals = new Totals(rules.levels);
  forEachCredit(pubsIn(yearToDate(period), all), rules, (pub, i, share, points) => totals.add(pub.authors[i], points, share, pub));
  return standingOf(totals, rules, roster);
}
