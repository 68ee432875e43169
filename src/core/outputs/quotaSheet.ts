// 任务进度-P: each target, done, rate, time elapsed, status; the county-wide total against its goal.
import type { OutputCell, OutputSheet } from '../types';
import type { Model } from '../model';
import { periodName } from '../periods';
import { col, round4, sheet, tableName } from './build';

const KIND = { all: '全县', unit: '单位', person: '个人' } as const;

export function quotaSheet(m: Model): OutputSheet {
  const { period } = m;
  const s = sheet('quota', '任务进度', period, `${periodName(period)}宣传任务完成情况`);
  s.notes.push('完成数为考核周期（年/半年/季度）开始至本期末的刊发篇数（一稿多发每篇都计）；时间进度为周期已过的比例。状态：已完成（完成率≥100%）、正常（≥时间进度）、滞后、严重滞后（不到时间进度的一半）。');
  if (m.quotas.length === 0) s.notes.push('工作簿中没有“任务目标”表，或表中没有目标。可在“任务目标”表中按 对象、周期、最低级别、体裁、目标篇数 填写。');
  const rows: OutputCell[][] = m.quotas.map((q) => [KIND[q.kind], q.who, periodName(q.window), q.minLevel ? `${q.minLevel}及以上` : '不限', q.genre ?? '不限',
    q.target, q.done, round4(q.rate), round4(q.elapsed), q.status]);
  if (!m.quotas.some((q) => q.kind === 'all')) {
    rows.push(['全县', '全县（无目标）', periodName(period), '不限', '不限', null, m.periodPubs.length, null, null, '']);
  }
  s.blocks.push({
    caption: '目标任务完成情况', tableName: tableName('任务进度', period),
    columns: [col('类型', 'text', 6), col('对象', 'text', 18), col('考核周期', 'text', 16), col('最低级别', 'text', 10), col('体裁', 'text', 8),
      col('目标篇数', 'int'), col('已完成', 'int'), col('完成率', 'percent'), col('时间进度', 'percent'), col('状态', 'text', 8)],
    rows,
  });
  return s;
}
