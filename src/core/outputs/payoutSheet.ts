// 稿酬发放记录: the whole payout history after this run (other quarters untouched).
import type { OutputSheet } from '../types';
import type { PayoutRecord } from '../payouts';
import { PAYOUT_COLUMNS } from '../payouts';
import { PAYOUT_SHEET } from '../sheetPlan';
import { formatDay } from '../dates';
import { col, sheet, toYuan } from './build';

const FORMATS = ['text', 'text', 'text', 'date', 'text', 'text', 'yuan', 'text'] as const;
const WIDTHS = [10, 36, 16, 12, 10, 16, 12, 6];

export function payoutSheet(records: PayoutRecord[]): OutputSheet {
  const s = sheet('payouts', PAYOUT_SHEET, null, '宣传稿件稿酬发放记录');
  s.notes.push('由“宣传统计”按季度计算时自动维护：每篇稿件、每位作者只发放一次；重新计算某季度只替换该季度的记录。请勿删除。');
  const sorted = [...records].sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : 0) || a.day - b.day);
  s.blocks.push({
    caption: '发放记录', tableName: 'PL_Payouts',
    columns: PAYOUT_COLUMNS.map((h, i) => col(h, FORMATS[i], WIDTHS[i])),
    rows: sorted.map((r) => [r.quarter, r.title, r.outlet, formatDay(r.day), r.name, r.unit, toYuan(r.fen), r.late ? '补发' : '']),
  });
  return s;
}
