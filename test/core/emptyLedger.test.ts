// A ledger with headers only: the core computes (empty) but marks it, and requireArticles stops the shells
// with “台账中没有稿件”. Rows that are all 未采用 are articles all the same.
import { calculate, EmptyLedgerError, requireArticles } from '../../src/core';
import { ledgerSheet, TODAY, workbook } from './fixtures';

const HEADER = ['序号', '标题', '作者', '单位', '媒体', '级别', '体裁', '日期', '状态'];

it('headers and a total row only: ledgerEmpty, and requireArticles names the sheet', () => {
  const r = calculate(workbook(ledgerSheet('2026年台账', [['合计', '', '', '', '', '', '', '']], HEADER)), { today: TODAY });
  expect(r.ledgerEmpty).toBe(true);
  expect(() => requireArticles(r)).toThrow(EmptyLedgerError);
  expect(() => requireArticles(r)).toThrow('台账中没有稿件。“2026年台账”只有表头，没有登记任何稿件');
});

it('a ledger whose only article was not adopted is not empty; an empty period is not an empty ledger', () => {
  const wb = workbook(ledgerSheet('台账', [['乙', '张三', '城关镇', '人民日报', '国家级', '消息', '2026-07-02', '未采用']], HEADER));
  expect(calculate(wb, { today: TODAY }).ledgerEmpty).toBe(false);
  const wb2 = workbook(ledgerSheet('台账', [['甲', '张三', '城关镇', '人民日报', '国家级', '消息', '2026-07-02', '已采用']], HEADER));
  const q1 = calculate(wb2, { today: TODAY, period: '2026Q1' });
  expect(q1.ledgerEmpty).toBe(false);
  expect(q1.periodArticles).toBe(0);
  expect(requireArticles(q1)).toBe(q1);
  expect(calculate(wb2, { today: TODAY, period: '2026Q3' }).periodArticles).toBe(1);
});
