// The figures of the 通报, computed once and consumed by every rendering of it (the 通报 sheet, the Word
// notice): headline summaries with the previous period and the same period last year, top people and
// units, laggards, stipend total, the level trend, unit article counts and, for a year, award candidates.
import type { Period } from './types';
import type { Model, RankedPerson, RankedUnit } from './model';
import type { AuthorTable } from './authorTable';
import type { QuotaLine } from './quotas';
import { change, summarize, type PeriodSummary } from './summary';
import { periodName, previousPeriod, samePeriodLastYear } from './periods';
import { STATUS } from './quotas';
import { publicationPoints } from './points';
import { formatDay } from './dates';

export const NOTICE_TOP_PEOPLE = 10;
export const NOTICE_TOP_UNITS = 10;
const TREND_PERIODS = 6;
const UNIT_ARTICLES = 10;
const GOOD_WORKS = 10;
const QUOTA_PROGRESS = 8;

export interface NoticeWork {
  title: string;
  authors: string;
  outlet: string;
  level: string;
  genre: string;
  date: string; // YYYY-MM-DD
  points: number;
}

export interface NoticeModel {
  period: Period;
  /** 发文单位 (统计规则, else derived from the ledger's title row, else a placeholder to edit) */
  issuer: string;
  /** 主送 line without the closing colon */
  addressees: string;
  /** the run's date, YYYY-MM-DD: the notice's date */
  issuedOn: string;
  /** 2026年第三季度 */
  periodName: string;
  /** 关于2026年第三季度人大宣传工作情况的通报 */
  title: string;
  levels: string[];
  now: PeriodSummary;
  prev: PeriodSummary;
  last: PeriodSummary;
  /** people with articles, rank ≤ NOTICE_TOP_PEOPLE */
  topPeople: RankedPerson[];
  /** units, rank ≤ NOTICE_TOP_UNITS */
  topUnits: RankedUnit[];
  /** quota lines behind time (滞后 / 严重滞后), in quota order */
  laggards: QuotaLine[];
  /** how many laggards the rules allow naming in the text (统计规则: 通报滞后名单人数) */
  laggardLimit: number;
  /** every quota line of the run (the Word notice counts them by status) */
  quotas: QuotaLine[];
  /** the county's and the units' quota lines not yet completed, in quota order, at most 8: completion
   *  against time elapsed (completed ones would stretch the axis to 400% and hide those that matter) */
  quotaProgress: QuotaLine[];
  stipendTotalFen: number;
  /** the chosen period and the five before it, oldest first */
  trend: PeriodSummary[];
  /** units by article count, at most 10 */
  unitArticles: Array<{ unit: string; articles: number }>;
  /** year periods only */
  awards?: { units: RankedUnit[]; people: RankedPerson[]; works: NoticeWork[]; unitSlots: number; peopleSlots: number };
}

/** The notice's figures; `authors` holds every counted article, sorted by day (the engine's). */
export function buildNoticeModel(m: Model, authors: AuthorTable, issuer: string): NoticeModel {
  const { period, rules } = m;
  // The period itself, the previous one and (for quarters, halves and years) the same period last year are in the
  // trend too: each period is summarised once (a summary goes over every article and author of its period).
  const summaries = new Map<string, PeriodSummary>();
  const summary = (p: Period) => summaries.get(p.label) ?? summaries.set(p.label, summarize(p, authors, rules.levels)).get(p.label)!;
  const trend: PeriodSummary[] = [];
  for (let p = period, i = 0; i < TREND_PERIODS; i++, p = previousPeriod(p)) trend.unshift(summary(p));
  const notice: NoticeModel = {
    period,
    issuer,
    addressees: rules.addressees,
    issuedOn: formatDay(m.today),
    periodName: periodName(period),
    title: `关于${periodName(period)}人大宣传工作情况的通报`,
    levels: rules.levels,
    now: summary(period),
    prev: summary(previousPeriod(period)),
    last: summary(samePeriodLastYear(period)),
    topPeople: m.current.people.filter((p) => p.articles > 0 && p.rank <= NOTICE_TOP_PEOPLE),
    topUnits: m.current.units.filter((u) => u.rank <= NOTICE_TOP_UNITS),
    laggards: m.quotas.filter((q) => q.status === STATUS.behind || q.status === STATUS.farBehind),
    laggardLimit: rules.laggards,
    quotas: m.quotas,
    quotaProgress: m.quotas.filter((q) => q.kind !== 'person' && q.rate < 1).slice(0, QUOTA_PROGRESS),
    stipendTotalFen: m.stipends.totalFen,
    trend,
    unitArticles: [...m.current.units].sort((a, b) => b.articles - a.articles || (a.unit < b.unit ? -1 : 1))
      .slice(0, UNIT_ARTICLES).map((u) => ({ unit: u.unit, articles: u.articles })),
  };
  if (period.kind === 'year') {
    const works = [...m.periodPubs].sort((a, b) => publicationPoints(b, rules) - publicationPoints(a, rules) || a.day - b.day).slice(0, GOOD_WORKS);
    notice.awards = {
      unitSlots: rules.awardUnits,
      peopleSlots: rules.awardPeople,
      units: m.current.units.filter((u) => u.rank <= rules.awardUnits),
      people: m.current.people.filter((p) => p.articles > 0 && p.rank <= rules.awardPeople),
      works: works.map((w) => ({
        title: w.title, authors: w.authors.map((a) => a.name).join('、'), outlet: w.outlet, level: w.level, genre: w.genre,
        date: formatDay(w.day), points: publicationPoints(w, rules),
      })),
    };
  }
  return notice;
}

/** 增长 12.5% / 下降 3% / 无可比数据, for a change as a fraction (see summary.change). */
export function changeText(now: number, before: number): string {
  const x = change(now, before);
  return x === null ? '无可比数据' : `${x >= 0 ? '增长' : '下降'} ${Math.abs(Math.round(x * 1000) / 10)}%`;
}
