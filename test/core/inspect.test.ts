import { calculate, EmptyLedgerError, inspect, NoLedgerError, requireArticles, SettingsError, type CellValue } from '../../src/core';
import { ledgerSheet, sheetOf, TODAY, workbook } from './fixtures';

const rows: CellValue[][] = [
  ['一月稿', '张三', '城关镇', '浙江日报', '省级', '消息', '2026-01-15', ''],
  ['五月稿', '李四', '城关镇', '人民日报', '国家级', '消息', '2026-05-03', ''],
  ['去年稿', '张三', '城关镇', '浙江日报', '省级', '消息', '2025-12-30', ''],
  ['', '张三', '城关镇', '浙江日报', '省级', '消息', '2026-05-04', ''],
];

describe('inspect', () => {
  it('gives the same periods, default period and issues as a full run, with Chinese names', () => {
    const wb = workbook(ledgerSheet('台账', rows));
    const full = calculate(wb, { today: TODAY });
    const seen = inspect(wb, undefined, TODAY);
    expect(seen.problem).toBeUndefined();
    expect(seen.periods.map((p) => p.label)).toEqual(full.periodsWithData);
    expect(seen.defaultPeriod).toBe(full.period.label);
    expect(seen.defaultPeriod).toBe('2026Q2');
    expect(seen.issues).toEqual(full.report.issues);
    expect(seen.issues.map((i) => `${i.row}:${i.code}`)).toEqual(['6:MISSING_TITLE']);
    // newest end first; at one end, quarter before half before month
    expect(seen.periods.slice(0, 4)).toEqual([
      { label: '2026', kind: 'year', name: '2026年' },
      { label: '2026Q2', kind: 'quarter', name: '2026年第二季度' },
      { label: '2026H1', kind: 'half', name: '2026年上半年' },
      { label: '2026-05', kind: 'month', name: '2026年5月' },
    ]);
    expect(seen.periods.find((p) => p.label === '2025')).toEqual({ label: '2025', kind: 'year', name: '2025年' });
    expect(seen.detection.sources.map((s) => s.sheet)).toEqual(['台账']);
    expect(seen.missingSettings.length).toBeGreaterThan(0);
  });

  it('reports a malformed settings sheet as the SettingsError a run would throw, keeping the detection', () => {
    const wb = workbook(ledgerSheet('台账', rows), sheetOf('统计规则', [['体裁', '国家级', '省级'], ['消息', 'abc', 200]]));
    const seen = inspect(wb, undefined, TODAY);
    expect(seen.problem).toBeInstanceOf(SettingsError);
    expect((seen.problem as SettingsError).problems[0]).toMatchObject({ sheet: '统计规则', row: 2, column: 'B' });
    expect(() => calculate(wb, { today: TODAY })).toThrow((seen.problem as Error).message);
    expect(seen.detection.sources).toHaveLength(1);
    expect(seen.periods).toEqual([]);
    expect(seen.defaultPeriod).toBeUndefined();
  });

  it('reports a missing ledger as NoLedgerError naming the near miss', () => {
    const wb = workbook(sheetOf('登记', [['标题', '作者'], ['t', '张三']]));
    const seen = inspect(wb, undefined, TODAY);
    expect(seen.problem).toBeInstanceOf(NoLedgerError);
    expect(() => calculate(wb, { today: TODAY })).toThrow(seen.problem!.message);
  });

  it('lists settings sheets already present as not missing', () => {
    const bare = inspect(workbook(ledgerSheet('台账', rows)), undefined, TODAY).missingSettings;
    const withRules = inspect(workbook(ledgerSheet('台账', rows), sheetOf('统计规则', [['体裁', '国家级', '省级'], ['消息', 300, 200]])), undefined, TODAY);
    expect(bare).toContain('统计规则');
    expect(withRules.missingSettings).not.toContain('统计规则');
    expect(withRules.missingSettings).toEqual(bare.filter((s) => s !== '统计规则'));
  });

  it('reports a ledger with headers only as the EmptyLedgerError a run would stop with', () => {
    const wb = workbook(ledgerSheet('2026年台账', [['合计', '', '', '', '', '', '', '']]));
    const seen = inspect(wb, undefined, TODAY);
    expect(seen.problem).toBeInstanceOf(EmptyLedgerError);
    expect(() => requireArticles(calculate(wb, { today: TODAY }))).toThrow(seen.problem!.message);
  });
});
