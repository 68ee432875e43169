// 稿酬发放记录: the whole payout history after this run (other quarters untouched).
import type { OutputSheet } from '../types';
import type { PayoutRecord } from '../payouts';
import { PAYOUT_COLUMNS, SETTLED_HEADER } from '../payouts';
import { PAYOUT_SHEET } from '../sheetPlan';
import { formatDay } from '../dates';
import { col, sheet, toYuan } from './build';
import { sortMostlySorted } from '../sortMostlySorted';

const FORMATS = ['text', 'text', 'text', 'date', 'text', 'text', 'yuan', 'text'] as const;
const WIDTHS = [10, 36, 16, 12, 10, 16, 12, 6];

export function payoutSheet(records: PayoutRecord[], settled: string[]): OutputSheet {
  const s = sheet('payouts', PAYOUT_SHEET, null, '宣传稿件稿酬发放记录');
  s.notes.push('由“宣传统计”按季度计算时自动维护：每篇稿件、每位作者只发放一次；重新计算某季度只替换该季度的记录。请勿删除。');
  const byQuarter = new Map(settled.map((q) => [q, { count: 0, fen: 0, lateFen: 0 }]));
  let tally: { count: number; fen: number; lateFen: number } | undefined;
  let quarter = '';
  for (let i = 0; i < records.length; i++) { // an index loop: a for-of allocates an iterator result per record when cold
    const r = records[i];
    if (r.quarter !== quarter || !tally) { // records run quarter by quarter: one lookup per quarter
      quarter = r.quarter;
      tally = byQuarter.get(quarter);
      if (!tally) byQuarter.set(quarter, (tally = { count: 0, fen: 0, lateFen: 0 }));
    }
    tally.count++;
    tally.fen += r.fen;
    if (r.late) tally.lateFen += r.fen;
  }
  // Summary first: it also remembers quarters settled with nothing to pay (so later 补发 knows they were run).
  s.blocks.push({
    caption: '各季度发放汇总', tableName: 'PL_Payouts_Summary',
    columns: [col(SETTLED_HEADER, 'text', 10), col('发放人次', 'int', 10), col('金额合计（元）', 'yuan', 14), col('其中补发（元）', 'yuan', 14)],
    rows: [...byQuarter.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([q, x]) => [q, x.count, toYuan(x.fen), toYuan(x.lateFen)]),
  });
  // The history read back is in this order already; the run's own quarter comes last.
  const sorted = sortMostlySorted(records, (a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : 0) || a.day - b.day);
  s.blocks.push({
    caption: '发放记录', tableName: 'PL_Payouts',
    columns: PAYOUT_COLUMNS.map((h, i) => col(h, FORMATS[i], WIDTHS[i])),
    rows: sorted.map((r) => [r.quarter, r.title, r.outlet, formatDay(r.day), r.name, r.unit, toYuan(r.fen), r.late ? '补发' : '']),
  });
  return s;
}
