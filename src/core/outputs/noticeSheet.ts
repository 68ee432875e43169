// 通报-P: a printable one-page notice for leadership: headline figures with the change on the previous period
// and on the same period last year, top people and units, laggards, stipend total, chart data; for a year,
// the award candidates.
import type { OutputSheet, Period } from '../types';
import type { Model } from '../model';
import type { Publication } from '../publication';
import { change, summarize, type PeriodSummary } from '../summary';
import { periodName, previousPeriod, samePeriodLastYear } from '../periods';
import { capitalYuan } from '../capitalNumerals';
import { yuanText } from '../format';
import { STATUS } from '../quotas';
import { publicationPoints } from '../points';
import { formatDay } from '../dates';
import { col, levelColumns, pts, round4, sheet, tableName, toYuan } from './build';

const TOP_PEOPLE = 10;
const TOP_UNITS = 10;
const TREND_PERIODS = 6;

function pct(x: number | null): string {
  return x === null ? '无可比数据' : `${x >= 0 ? '增长' : '下降'} ${Math.abs(Math.round(x * 1000) / 10)}%`;
}

export function noticeSheet(m: Model, all: readonly Publication[]): OutputSheet {
  const { period, rules } = m;
  const s = sheet('notice', '通报', period, `关于${periodName(period)}人大宣传工作情况的通报`, 'portrait');
  const now = summarize(period, all, rules.levels);
  const prev = summarize(previousPeriod(period), all, rules.levels);
  const last = summarize(samePeriodLastYear(period), all, rules.levels);
  const levelText = rules.levels.map((l) => `${l} ${now.byLevel[l] ?? 0} 篇`).join('、');
  s.notes.push(`${periodName(period)}，全县人大系统共刊发宣传稿件 ${now.articles} 篇（${levelText}），`
    + `较${periodName(prev.period)}（${prev.articles} 篇）${pct(change(now.articles, prev.articles))}，较去年同期（${last.articles} 篇）${pct(change(now.articles, last.articles))}。`);
  const topP = m.current.people.filter((p) => p.articles > 0).slice(0, 3).map((p) => `${p.person.name}（${p.person.unit}）`);
  const topU = m.current.units.slice(0, 3).map((u) => u.unit);
  if (topP.length) s.notes.push(`积分排名前列的通讯员：${topP.join('、')}；单位：${topU.join('、')}。`);
  const laggards = m.quotas.filter((q) => q.status === STATUS.behind || q.status === STATUS.farBehind);
  s.notes.push(laggards.length
    ? `目标任务滞后的有：${laggards.slice(0, rules.laggards * 2).map((q) => `${q.who}（${q.done}/${q.target}，${q.status}）`).join('、')}，请抓紧落实。`
    : '各项目标任务均按进度推进。');
  s.notes.push(`本期应发稿酬合计 ${yuanText(m.stipends.totalFen)}（${capitalYuan(m.stipends.totalFen)}）。`);

  s.blocks.push(headline(now, prev, last, m, period, rules.levels));
  s.blocks.push({
    caption: `通讯员积分前${TOP_PEOPLE}名`, tableName: tableName('通报_通讯员', period),
    columns: [col('名次', 'int', 6), col('姓名', 'text', 10), col('单位', 'text', 18), col('积分', 'decimal'), col('篇数', 'int')],
    rows: m.current.people.filter((p) => p.articles > 0).filter((p) => p.rank <= TOP_PEOPLE).map((p) => [p.rank, p.person.name, p.person.unit, pts(p.points), p.articles]),
  });
  s.blocks.push({
    caption: `单位积分前${TOP_UNITS}名`, tableName: tableName('通报_单位', period),
    columns: [col('名次', 'int', 6), col('单位', 'text', 18), col('积分', 'decimal'), col('篇数', 'int')],
    rows: m.current.units.filter((u) => u.rank <= TOP_UNITS).map((u) => [u.rank, u.unit, pts(u.points), u.articles]),
  });
  s.blocks.push({
    caption: '任务滞后名单', tableName: tableName('通报_滞后', period),
    columns: [col('对象', 'text', 18), col('考核周期', 'text', 16), col('目标篇数', 'int'), col('已完成', 'int'), col('完成率', 'percent'), col('状态', 'text', 8)],
    rows: laggards.map((q) => [q.who, periodName(q.window), q.target, q.done, round4(q.rate), q.status]),
  });
  const trendBlock = s.blocks.length;
  s.blocks.push(trend(period, all, rules.levels));
  s.charts.push({ title: '各级别发稿趋势', type: 'column', block: trendBlock, series: rules.levels.map((_, i) => i + 1) });
  const unitBlock = s.blocks.length;
  s.blocks.push({
    caption: '单位发稿篇数（前10）', tableName: tableName('通报_单位篇数', period),
    columns: [col('单位', 'text', 18), col('篇数', 'int')],
    rows: [...m.current.units].sort((a, b) => b.articles - a.articles || (a.unit < b.unit ? -1 : 1)).slice(0, 10).map((u) => [u.unit, u.articles]),
  });
  s.charts.push({ title: '单位发稿篇数', type: 'bar', block: unitBlock, series: [1] });
  if (period.kind === 'year') awards(s, m, period);
  return s;
}

function headline(now: PeriodSummary, prev: PeriodSummary, last: PeriodSummary, m: Model, period: Period, levels: readonly string[]) {
  const row = (label: string, f: (x: PeriodSummary) => number) => {
    const a = f(now); const b = f(prev); const c = f(last);
    const r = (x: number | null) => (x === null ? null : round4(x));
    return [label, a, b, r(change(a, b)), c, r(change(a, c))];
  };
  return {
    caption: '主要指标', tableName: tableName('通报_指标', period),
    columns: [col('指标', 'text', 16), col('本期', 'int'), col('上期', 'int'), col('环比', 'percent'), col('去年同期', 'int'), col('同比', 'percent')],
    rows: [
      row('刊发稿件（篇）', (x) => x.articles),
      ...levels.map((l) => row(`其中${l}（篇）`, (x) => x.byLevel[l] ?? 0)),
      row('上稿人数（人）', (x) => x.people),
      row('上稿单位（个）', (x) => x.units),
      ['应发稿酬（元）', toYuan(m.stipends.totalFen), null, null, null, null],
    ],
  };
}

function trend(period: Period, all: readonly Publication[], levels: readonly string[]) {
  const periods: Period[] = [];
  let p = period;
  for (let i = 0; i < TREND_PERIODS; i++) { periods.unshift(p); p = previousPeriod(p); }
  return {
    caption: '各级别发稿趋势（篇）', tableName: tableName('通报_趋势', period),
    columns: [col('期间', 'text', 12), ...levelColumns(levels), col('合计', 'int')],
    rows: periods.map((x) => {
      const sm = summarize(x, all, levels);
      return [x.label, ...levels.map((l) => sm.byLevel[l] ?? 0), sm.articles];
    }),
  };
}

function awards(s: OutputSheet, m: Model, period: Period) {
  const { rules } = m;
  s.blocks.push({
    caption: `先进单位候选（前${rules.awardUnits}名）`, tableName: tableName('通报_先进单位', period),
    columns: [col('名次', 'int', 6), col('单位', 'text', 18), col('积分', 'decimal'), col('篇数', 'int')],
    rows: m.current.units.filter((u) => u.rank <= rules.awardUnits).map((u) => [u.rank, u.unit, pts(u.points), u.articles]),
  });
  s.blocks.push({
    caption: `优秀通讯员候选（前${rules.awardPeople}名）`, tableName: tableName('通报_优秀通讯员', period),
    columns: [col('名次', 'int', 6), col('姓名', 'text', 10), col('单位', 'text', 18), col('积分', 'decimal'), col('篇数', 'int')],
    rows: m.current.people.filter((p) => p.articles > 0 && p.rank <= rules.awardPeople).map((p) => [p.rank, p.person.name, p.person.unit, pts(p.points), p.articles]),
  });
  const works = [...m.periodPubs].sort((a, b) => publicationPoints(b, rules) - publicationPoints(a, rules) || a.day - b.day).slice(0, 10);
  s.blocks.push({
    caption: '好作品候选（单篇积分最高的 10 篇）', tableName: tableName('通报_好作品', period),
    columns: [col('标题', 'text', 36), col('作者', 'text', 16), col('媒体', 'text', 16), col('级别', 'text', 8), col('体裁', 'text', 8), col('发表日期', 'date'), col('积分', 'decimal')],
    rows: works.map((w) => [w.title, w.authors.map((a) => a.name).join('、'), w.outlet, w.level, w.genre, formatDay(w.day), pts(publicationPoints(w, rules))]),
  });
}
