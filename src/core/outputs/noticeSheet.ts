// 通报-P: a printable one-page notice for leadership: headline figures with the change on the previous period
// and on the same period last year, top people and units, laggards, stipend total, chart data; for a year,
// the award candidates. The figures come from the notice model (noticeModel.ts), shared with the Word notice.
import type { OutputSheet, Period } from '../types';
import type { PeriodSummary } from '../summary';
import { change } from '../summary';
import { periodName } from '../periods';
import { capitalYuan } from '../capitalNumerals';
import { changeText, NOTICE_TOP_PEOPLE, NOTICE_TOP_UNITS, type NoticeModel } from '../noticeModel';
import { yuanText } from '../format';
import { col, levelColumns, pts, round4, sheet, tableName, toYuan } from './build';

export function noticeSheet(n: NoticeModel): OutputSheet {
  const { period, now, prev, last } = n;
  const s = sheet('notice', '通报', period, n.title);
  const levelText = n.levels.map((l) => `${l} ${now.byLevel[l] ?? 0} 篇`).join('、');
  s.notes.push(`${n.periodName}，全县人大系统共刊发宣传稿件 ${now.articles} 篇（${levelText}），`
    + `较${periodName(prev.period)}（${prev.articles} 篇）${changeText(now.articles, prev.articles)}，较去年同期（${last.articles} 篇）${changeText(now.articles, last.articles)}。`);
  const topP = n.topPeople.slice(0, 3).map((p) => `${p.person.name}（${p.person.unit}）`);
  const topU = n.topUnits.slice(0, 3).map((u) => u.unit);
  if (topP.length) s.notes.push(`积分排名前列的通讯员：${topP.join('、')}；单位：${topU.join('、')}。`);
  s.notes.push(n.laggards.length
    ? `目标任务滞后的有：${n.laggards.slice(0, n.laggardLimit * 2).map((q) => `${q.who}（${q.done}/${q.target}，${q.status}）`).join('、')}，请抓紧落实。`
    : '各项目标任务均按进度推进。');
  s.notes.push(`本期应发稿酬合计 ${yuanText(n.stipendTotalFen)}（${capitalYuan(n.stipendTotalFen)}）。`);

  s.blocks.push(headline(n));
  s.blocks.push({
    caption: `通讯员积分前${NOTICE_TOP_PEOPLE}名`, tableName: tableName('通报_通讯员', period),
    columns: [col('名次', 'int', 6), col('姓名', 'text', 10), col('单位', 'text', 18), col('积分', 'decimal'), col('篇数', 'int')],
    rows: n.topPeople.map((p) => [p.rank, p.person.name, p.person.unit, pts(p.points), p.articles]),
  });
  s.blocks.push({
    caption: `单位积分前${NOTICE_TOP_UNITS}名`, tableName: tableName('通报_单位', period),
    columns: [col('名次', 'int', 6), col('单位', 'text', 18), col('积分', 'decimal'), col('篇数', 'int')],
    rows: n.topUnits.map((u) => [u.rank, u.unit, pts(u.points), u.articles]),
  });
  s.blocks.push({
    caption: '任务滞后名单', tableName: tableName('通报_滞后', period),
    columns: [col('对象', 'text', 18), col('考核周期', 'text', 16), col('目标篇数', 'int'), col('已完成', 'int'), col('完成率', 'percent'), col('状态', 'text', 8)],
    rows: n.laggards.map((q) => [q.who, periodName(q.window), q.target, q.done, round4(q.rate), q.status]),
  });
  const trendBlock = s.blocks.length;
  s.blocks.push(trend(n));
  s.charts.push({ id: 'trend', title: '各级别发稿趋势', type: 'column', block: trendBlock, series: n.levels.map((_, i) => i + 1) });
  const unitBlock = s.blocks.length;
  s.blocks.push({
    caption: '单位发稿篇数（前10）', tableName: tableName('通报_单位篇数', period),
    columns: [col('单位', 'text', 18), col('篇数', 'int')],
    rows: n.unitArticles.map((u) => [u.unit, u.articles]),
  });
  s.charts.push({ id: 'units', title: '单位发稿篇数', type: 'bar', block: unitBlock, series: [1] });
  const quotaBlock = s.blocks.length;
  s.blocks.push({
    caption: '未完成的目标任务进度', tableName: tableName('通报_任务进度', period),
    columns: [col('对象', 'text', 18), col('完成率', 'percent'), col('时间进度', 'percent')],
    rows: n.quotaProgress.map((q) => [q.who, round4(q.rate), round4(q.elapsed)]),
  });
  s.charts.push({ id: 'quota', title: '目标任务进度', type: 'bar', block: quotaBlock, series: [1, 2] });
  if (n.awards) awards(s, n.awards, period);
  return s;
}

function headline(n: NoticeModel) {
  const row = (label: string, f: (x: PeriodSummary) => number) => {
    const a = f(n.now); const b = f(n.prev); const c = f(n.last);
    const r = (x: number | null) => (x === null ? null : round4(x));
    return [label, a, b, r(change(a, b)), c, r(change(a, c))];
  };
  return {
    caption: '主要指标', tableName: tableName('通报_指标', n.period),
    columns: [col('指标', 'text', 16), col('本期', 'int'), col('上期', 'int'), col('环比', 'percent'), col('去年同期', 'int'), col('同比', 'percent')],
    rows: [
      row('刊发稿件（篇）', (x) => x.articles),
      ...n.levels.map((l) => row(`其中${l}（篇）`, (x) => x.byLevel[l] ?? 0)),
      row('上稿人数（人）', (x) => x.people),
      row('上稿单位（个）', (x) => x.units),
      ['应发稿酬（元）', toYuan(n.stipendTotalFen), null, null, null, null],
    ],
  };
}

function trend(n: NoticeModel) {
  return {
    caption: '各级别发稿趋势（篇）', tableName: tableName('通报_趋势', n.period),
    columns: [col('期间', 'text', 12), ...levelColumns(n.levels), col('合计', 'int')],
    rows: n.trend.map((sm) => [sm.period.label, ...n.levels.map((l) => sm.byLevel[l] ?? 0), sm.articles]),
  };
}

function awards(s: OutputSheet, a: NonNullable<NoticeModel['awards']>, period: Period) {
  s.blocks.push({
    caption: `先进单位候选（前${a.unitSlots}名）`, tableName: tableName('通报_先进单位', period),
    columns: [col('名次', 'int', 6), col('单位', 'text', 18), col('积分', 'decimal'), col('篇数', 'int')],
    rows: a.units.map((u) => [u.rank, u.unit, pts(u.points), u.articles]),
  });
  s.blocks.push({
    caption: `优秀通讯员候选（前${a.peopleSlots}名）`, tableName: tableName('通报_优秀通讯员', period),
    columns: [col('名次', 'int', 6), col('姓名', 'text', 10), col('单位', 'text', 18), col('积分', 'decimal'), col('篇数', 'int')],
    rows: a.people.map((p) => [p.rank, p.person.name, p.person.unit, pts(p.points), p.articles]),
  });
  s.blocks.push({
    caption: '好作品候选（单篇积分最高的 10 篇）', tableName: tableName('通报_好作品', period),
    columns: [col('标题', 'text', 36), col('作者', 'text', 16), col('媒体', 'text', 16), col('级别', 'text', 8), col('体裁', 'text', 8), col('发表日期', 'date'), col('积分', 'decimal')],
    rows: a.works.map((w) => [w.title, w.authors, w.outlet, w.level, w.genre, w.date, pts(w.points)]),
  });
}
