import { calculate, type CellValue } from '../../src/core';
import { quotaStatus } from '../../src/core/quotas';
import { ledgerSheet, sheetOf, TODAY, workbook } from './fixtures';

const row = (unit: string, level: string, genre: string, date: string, author = '张三'): CellValue[] => ['稿' + date + unit + author, author, unit, '某报', level, genre, date, ''];

describe('quota progress', () => {
  const ledger = ledgerSheet('台账', [
    row('财经委', '市级', '消息', '2026-02-01'),
    row('财经委', '县级', '消息', '2026-05-01'),
    row('财经委', '省级', '理论调研', '2026-08-01'),
    row('财经委', '市级', '消息', '2026-10-01'), // after the period's end: not counted
    row('城关镇', '市级', '消息', '2026-07-15', '李四'),
  ]);
  const roster = sheetOf('通讯员名单', [['姓名', '单位', '类别'], ['张三', '财经委', '委室'], ['李四', '城关镇', '乡镇'], ['王五', '法工委', '委室']]);
  const targets = sheetOf('任务目标', [['任务目标'], ['对象', '周期', '最低级别', '体裁', '目标篇数'],
    ['全部', '年', '', '', 8], ['财经委', '年', '市级', '', 2], ['委室', '季度', '市级', '', 1], ['张三', '年', '', '理论调研', 1],
    ['例：某单位', '年', '', '', 1], ['赵无名', '年', '', '', 1]]);
  const r = calculate(workbook(ledger, roster, targets), { today: TODAY, period: '2026Q3' });

  it('counts the window containing the period end, up to that end, by minimum level and genre', () => {
    expect(r.report.quotas).toEqual([
      { who: '全县', target: 8, done: 4, rate: 0.5, status: '滞后' },
      { who: '财经委', target: 2, done: 2, rate: 1, status: '已完成' },
      { who: '法工委', target: 1, done: 0, rate: 0, status: '严重滞后' },
      { who: '财经委', target: 1, done: 1, rate: 1, status: '已完成' },
      { who: '张三', target: 1, done: 1, rate: 1, status: '已完成' },
      { who: '赵无名', target: 1, done: 0, rate: 0, status: '严重滞后' },
    ]);
  });

  it('a target naming nobody known is kept and flagged at its cell', () => {
    expect(r.report.issues.find((i) => i.code === 'TARGET_UNKNOWN')).toMatchObject({ sheet: '任务目标', row: 8, column: 'A', severity: 'warning' });
  });

  it('status against time elapsed', () => {
    expect(quotaStatus(1, 0.75)).toBe('已完成');
    expect(quotaStatus(0.75, 0.75)).toBe('正常');
    expect(quotaStatus(0.5, 0.75)).toBe('滞后');
    expect(quotaStatus(0.3, 0.75)).toBe('严重滞后');
  });

  it('the quota sheet shows time elapsed of the window (a quarter end is 75% of the year)', () => {
    const sheet = r.sheets.find((s) => s.kind === 'quota')!.blocks[0];
    const elapsed = sheet.columns.findIndex((c) => c.header === '时间进度');
    expect(sheet.rows[0][elapsed]).toBe(0.75);
    expect(sheet.rows[2][elapsed]).toBe(1);
  });
});
