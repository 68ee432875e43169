import { calculate, NoLedgerError, SettingsError } from '../../src/core';
import { ledgerSheet, sheetOf, TODAY, workbook } from './fixtures';

describe('calculate on a small ledger', () => {
  const wb = workbook(
    ledgerSheet('7月', [
      ['人大代表进社区', '张　三、李四', '城关镇', '浙江日报', '省级', '通讯', '2026-7-5', '头版头条'],
      ['常委会审议预算', '王五', '财经委', '人民日报', '国家级', '消息', 46215, ''], // serial 46215 = 2026-07-10
      ['合计', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['调研报告', '张三', '城关镇', '市报', '市级', '理论文章', '2026年8月1日', ''],
      ['坏日期', '李四', '城关镇', '市报', '市级', '消息', '8月1日', ''],
    ]),
  );
  const r = calculate(wb, { today: TODAY });

  it('chooses the latest quarter with data and counts rows', () => {
    expect(r.report.period).toBe('2026Q3');
    expect(r.report.rows).toEqual({ total: 6, counted: 3, errors: 1, warnings: 0, skipped: 2 });
  });

  it('splits money exactly and scores by the default tables', () => {
    const zhang = r.report.people.find((p) => p.name === '张三')!;
    const li = r.report.people.find((p) => p.name === '李四')!;
    // 通讯/省级 300 元 ×2 headline = 600 元 split equally; 理论调研/市级 300 元 alone.
    expect(zhang.stipendFen).toBe(30000 + 30000);
    expect(li.stipendFen).toBe(30000);
    // points: 省级 10 × 通讯 1.5 × headline 2 = 30, half each; 市级 5 × 理论 2 = 10
    expect(zhang.points).toBe(25);
    expect(li.points).toBe(15);
    expect(zhang.articles).toBe(2);
    expect(zhang.shareArticles).toBe(1.5);
    expect(r.report.stipendTotalFen).toBe(30000 + 30000 + 30000 + 50000);
  });

  it('reports the bad date with sheet, row and column', () => {
    const bad = r.report.issues.find((i) => i.code === 'BAD_DATE')!;
    expect(bad).toMatchObject({ sheet: '7月', row: 8, column: 'H', severity: 'error' });
    expect(bad.message).toContain('8月1日');
  });

  it('ranks densely by points', () => {
    const ranks = r.report.people.map((p) => [p.name, p.rank]);
    expect(ranks).toEqual([['张三', 1], ['王五', 2], ['李四', 3]]); // 王五: 国家级 20 × 1
  });

  it('writes the five result sheets and the payout history for a quarter', () => {
    expect(r.sheets.map((s) => s.name)).toEqual(['排名-2026Q3', '稿酬-2026Q3', '任务进度-2026Q3', '校验-2026Q3', '通报-2026Q3', '稿酬发放记录']);
  });
});

describe('failures', () => {
  it('no ledger', () => {
    expect(() => calculate(workbook(sheetOf('Sheet1', [['a', 'b']])), { today: TODAY })).toThrow(NoLedgerError);
  });
  it('malformed money cell names the cell', () => {
    const wb = workbook(
      ledgerSheet('台账', [['t', '张三', 'u', '人民日报', '国家级', '消息', '2026-07-01', '']]),
      sheetOf('统计规则', [['体裁', '国家级', '省级'], ['消息', 'abc', 200]]),
    );
    try {
      calculate(wb, { today: TODAY });
      throw new Error('expected SettingsError');
    } catch (e) {
      expect(e).toBeInstanceOf(SettingsError);
      expect((e as SettingsError).problems[0]).toMatchObject({ sheet: '统计规则', row: 2, column: 'B' });
    }
  });
});
