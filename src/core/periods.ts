// Periods: month 2026-07, quarter 2026Q3, half-year 2026H1, year 2026. Articles belong by publication date.
import { PeriodError } from './errors';
import { dayFromYmd, ymdFromDay, type DayNumber } from './dates';
import type { Period, PeriodKind } from './types';
import type { Publication } from './publication';
import { cleanText } from './text';

const MONTHS_PER: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

export function makePeriod(kind: PeriodKind, year: number, index: number): Period {
  const months = MONTHS_PER[kind];
  const firstMonth = (index - 1) * months + 1;
  const startDay = dayFromYmd(year, firstMonth, 1)!;
  const endDay = (firstMonth + months > 12 ? dayFromYmd(year + 1, 1, 1)! : dayFromYmd(year, firstMonth + months, 1)!) - 1;
  const label =
    kind === 'month' ? `${year}-${String(index).padStart(2, '0')}`
      : kind === 'quarter' ? `${year}Q${index}`
        : kind === 'half' ? `${year}H${index}` : `${year}`;
  return { kind, year, index, label, startDay, endDay };
}

export function parsePeriod(label: string): Period {
  const s = cleanText(label).toUpperCase().replace(/\s/g, '');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(s))) return makePeriod('year', +m[1], 1);
  if ((m = /^(\d{4})Q([1-4])$/.exec(s))) return makePeriod('quarter', +m[1], +m[2]);
  if ((m = /^(\d{4})H([12])$/.exec(s))) return makePeriod('half', +m[1], +m[2]);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s)) && +m[2] >= 1 && +m[2] <= 12) return makePeriod('month', +m[1], +m[2]);
  throw new PeriodError(label);
}

export function periodLabel(p: Period): string {
  return p.label;
}

export function periodOfDay(kind: PeriodKind, day: DayNumber): Period {
  const { y, m } = ymdFromDay(day);
  return makePeriod(kind, y, Math.floor((m - 1) / MONTHS_PER[kind]) + 1);
}

export function previousPeriod(p: Period): Period {
  const count = 12 / MONTHS_PER[p.kind];
  return p.index > 1 ? makePeriod(p.kind, p.year, p.index - 1) : makePeriod(p.kind, p.year - 1, count);
}

export function samePeriodLastYear(p: Period): Period {
  return makePeriod(p.kind, p.year - 1, p.index);
}

export function inPeriod(p: Period, day: DayNumber): boolean {
  return day >= p.startDay && day <= p.endDay;
}

/** Year-to-date window ending with the period (for the 排名 sheet's 本年累计 columns). */
export function yearToDate(p: Period): Period {
  const year = makePeriod('year', p.year, 1);
  return { ...year, label: `${p.year}年累计`, endDay: p.endDay };
}

/** Months from the window's start to the period's end, as a share of the window (quarter-end = 25/50/75/100%). */
export function elapsedShare(window: Period, end: DayNumber): number {
  const w = ymdFromDay(window.startDay);
  const e = ymdFromDay(Math.min(end, window.endDay));
  const months = (e.y - w.y) * 12 + (e.m - w.m) + 1;
  return Math.max(0, Math.min(1, months / MONTHS_PER[window.kind]));
}

export function periodName(p: Period): string {
  switch (p.kind) {
    case 'month': return `${p.year}年${p.index}月`;
    case 'quarter': return `${p.year}年第${'一二三四'[p.index - 1]}季度`;
    case 'half': return `${p.year}年${p.index === 1 ? '上' : '下'}半年`;
    default: return `${p.year}年`;
  }
}

/** Publications of a period; `byDay` must be sorted by day (the engine sorts once), so this is two binary searches. */
export function pubsIn(period: Period, byDay: readonly Publication[]): Publication[] {
  const { from, to } = periodRange(period, byDay);
  return byDay.slice(from, to);
}

/** Where a period's publications are in `byDay` (sorted by day): indexes from (inclusive) to (exclusive). */
export function periodRange(period: Pick<Period, 'startDay' | 'endDay'>, byDay: readonly { day: DayNumber }[]): { from: number; to: number } {
  const first = (day: number) => {
    let lo = 0;
    let hi = byDay.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byDay[mid].day < day) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  return { from: first(period.startDay), to: first(period.endDay + 1) };
}

/** The latest quarter that has data; with no data at all, the quarter of today. */
export function defaultPeriod(dated: readonly { day: DayNumber }[], today: DayNumber): Period {
  let latest = -Infinity;
  for (let i = 0; i < dated.length; i++) if (dated[i].day > latest) latest = dated[i].day; // see periodsWithData
  return periodOfDay('quarter', Number.isFinite(latest) ? latest : today);
}

const ORDER = { quarter: 3, half: 2, year: 1, month: 0 } as const;

/** Every period (all kinds) holding at least one of the days, newest first; at one end, quarter before half before year. */
export function periodsWithData(dated: readonly { day: DayNumber }[]): Period[] {
  const seen = new Map<string, { period: Period; order: number }>();
  // A day's four periods are those of its month: each month is looked at once (a ledger has a hundred thousand
  // articles, a few hundred days, a few dozen months).
  const days = new Set<number>();
  const months = new Set<number>();
  let lastDay: number | undefined;
  // an index loop: a for-of allocates an iterator result per article until the loop is optimised
  for (let i = 0; i < dated.length; i++) {
    const day = dated[i].day;
    if (day === lastDay || days.has(day)) continue; // sorted by day, as the engine's are: the same day runs on
    lastDay = day;
    days.add(day);
    const { y, m } = ymdFromDay(day);
    if (months.has(y * 12 + m)) continue;
    months.add(y * 12 + m);
    for (const kind of ['quarter', 'month', 'half', 'year'] as const) {
      const period = periodOfDay(kind, day);
      if (!seen.has(period.label)) seen.set(period.label, { period, order: period.endDay * 10 + ORDER[kind] });
    }
  }
  return [...seen.values()].sort((a, b) => b.order - a.order).map((e) => e.period);
}
