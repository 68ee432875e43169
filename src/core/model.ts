// The computed model of one run, from which the report and every output sheet are built.
import type { Issue, Period } from './types';
import type { Rules } from './rules';
import type { Roster } from './roster';
import type { LedgerResult } from './validation';
import type { Publication } from './publication';
import type { Credit } from './credits';
import type { StipendResult } from './stipends';
import type { QuotaLine } from './quotas';
import type { PersonStats, UnitStats } from './stats';
import { creditsFor } from './credits';
import { personStats, unitStats } from './stats';
import { rankItems } from './ranking';
import { yearToDate } from './periods';
import { unitCategory } from './roster';

export type RankedPerson = PersonStats & { rank: number; stipend: { dueFen: number; payFen: number } };
export type RankedUnit = UnitStats & { rank: number; category: string; categoryRank: number };

export interface Standing {
  people: RankedPerson[];
  units: RankedUnit[];
}

export interface Model {
  period: Period;
  today: number;
  rules: Rules;
  roster: Roster;
  ledger: LedgerResult;
  periodPubs: Publication[];
  credits: Credit[];
  current: Standing;
  ytd: Standing;
  stipends: StipendResult;
  quotas: QuotaLine[];
  issues: Issue[];
}

/** Publications of a period; `byDay` must be sorted by day (the engine sorts once), so this is two binary searches. */
export function pubsIn(period: Period, byDay: readonly Publication[]): Publication[] {
  const first = (day: number) => {
    let lo = 0;
    let hi = byDay.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byDay[mid].day < day) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  return byDay.slice(first(period.startDay), first(period.endDay + 1));
}

/** Rankings of people and units over a set of credits (units also within their category). */
export function standing(credits: Credit[], rules: Rules, roster: Roster, stipends?: StipendResult): Standing {
  const persons = [...personStats(credits, rules.levels).values()];
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
  const unitList = rankItems([...unitStats(credits, rules.levels).values()], rules.levels, rules.ranking);
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
  return standing(creditsFor(pubsIn(yearToDate(period), all), rules), rules, roster);
}
