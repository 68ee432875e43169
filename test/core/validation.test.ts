import fc from 'fast-check';
import { calculate, type CellValue } from '../../src/core';
import { ledgerSheet, sheetOf, TODAY, workbook } from './fixtures';

const ROSTER = sheetOf('通讯员名单', [['通讯员名单'], ['姓名', '单位', '类别', '编号'], ['张三', '城关镇', '乡镇'], ['李四', '城关镇', '乡镇'],
  ['王伟', '财经委', '委室', 'W1'], ['王伟', '教科文卫委', '委室', 'W2']]);
const MEDIA = sheetOf('媒体目录', [['媒体名称', '级别', '别名'], ['人民日报', '国家级', '人民日报海外版、人民网'], ['浙江日报', '省级', '']]);

function run(rows: CellValue[][], ...extra: ReturnType<typeof sheetOf>[]) {
  return calculate(workbook(ledgerSheet('台账', rows), ...extra), { today: TODAY, period: '2026' });
}
const codes = (r: ReturnType<typeof run>) => r.report.issues.map((i) => `${i.row}:${i.code}`);

describe('errors exclude a row', () => {
  it('missing fields, future date, unknown level, exact duplicates (first kept)', () => {
    const r = run([
      ['', '张三', '', '浙江日报', '省级', '消息', '2026-07-01', ''],
      ['标题二', '', '', '浙江日报', '省级', '消息', '2026-07-01', ''],
      ['标题三', '张三', '', '', '省级', '消息', '2026-07-01', ''],
      ['标题四', '张三', '', '浙江日报', '省级', '消息', '', ''],
      ['标题五', '张三', '', '浙江日报', '省级', '消息', '2027-01-01', ''],
      ['标题六', '张三', '', '乡村广播', '', '消息', '2026-07-01', ''],
      ['标题七', '张三', '', '乡村广播', '村级', '消息', '2026-07-01', ''],
      ['重复稿', '张三', '', '浙江日报', '省级', '消息', '2026-07-02', ''],
      ['重复稿', '张三', '', '《浙江日报》', '省级', '消息', '2026/7/2', ''],
      ['公式错', { error: '#N/A' }, '', '浙江日报', '省级', '消息', '2026-07-03', ''],
      ['只写了年份', '张三', '', '浙江日报', '省级', '消息', 2026, ''],
    ]);
    expect(codes(r)).toEqual(['3:MISSING_TITLE', '4:MISSING_AUTHORS', '5:MISSING_OUTLET', '6:MISSING_DATE', '7:FUTURE_DATE',
      '8:UNKNOWN_LEVEL', '9:UNKNOWN_LEVEL', '11:DUPLICATE_ROW', '12:FORMULA_ERROR', '13:BAD_DATE']);
    expect(r.report.rows.errors).toBe(10);
    expect(r.report.rows.counted).toBe(1);
    expect(r.report.issues.find((i) => i.code === 'DUPLICATE_ROW')!.message).toContain('第10行');
  });
});

describe('warnings keep a row', () => {
  it('directory wins over the ledger level, and aliases map to the outlet', () => {
    const r = run([['标题', '张三', '城关镇', '人民网', '省级', '消息', '2026-07-01', '']], ROSTER, MEDIA);
    expect(codes(r)).toEqual(['3:LEVEL_MISMATCH']);
    expect(r.report.people[0].byLevel['国家级']).toBe(1);
    expect(r.report.issues[0].message).toContain('国家级');
    expect(r.report.issues[0].message).toContain('省级');
  });

  it('author not in the roster with a suggestion for run-together names', () => {
    const r = run([['标题', '张三李四', '城关镇', '人民日报', '', '消息', '2026-07-01', '']], ROSTER, MEDIA);
    const w = r.report.issues.find((i) => i.code === 'AUTHOR_NOT_IN_ROSTER')!;
    expect(w.message).toContain('张三、李四');
    expect(r.report.rows.counted).toBe(1);
  });

  it('unit differs from the roster: the roster unit is used', () => {
    const r = run([['标题', '张三', '城东街道', '人民日报', '', '消息', '2026-07-01', '']], ROSTER, MEDIA);
    expect(codes(r)).toEqual(['3:UNIT_MISMATCH']);
    expect(r.report.people[0].unit).toBe('城关镇');
  });

  it('same-name people in two units are kept apart', () => {
    const r = run([
      ['甲', '王伟', '财经委', '人民日报', '', '消息', '2026-07-01', ''],
      ['乙', '王伟', '教科文卫委', '人民日报', '', '消息', '2026-07-02', ''],
    ], ROSTER, MEDIA);
    expect(r.report.people.map((p) => `${p.name}/${p.unit}`).sort()).toEqual(['王伟/教科文卫委', '王伟/财经委']);
    expect(codes(r)).toContain('4:SAME_NAME_TWO_UNITS');
  });

  it('rows repeating earlier author and unit cells get the same warnings, and a second unit is flagged once', () => {
    // Author/unit pairs are resolved once per run (a performance cache): the warnings must still be per row.
    const r = run([
      ['甲', '赵六', '城关镇', '人民日报', '', '消息', '2026-07-01', ''],
      ['乙', '赵六', '城关镇', '人民日报', '', '消息', '2026-07-02', ''],
      ['丙', '王伟', '财经委', '人民日报', '', '消息', '2026-07-03', ''],
      ['丁', '王伟', '教科文卫委', '人民日报', '', '消息', '2026-07-04', ''],
      ['戊', '王伟', '财经委', '人民日报', '', '消息', '2026-07-05', ''],
      ['己', '王伟', '教科文卫委', '人民日报', '', '消息', '2026-07-06', ''],
      ['庚', '张三、李四', '城关镇、财经委、办公室', '人民日报', '', '消息', '2026-07-07', ''],
      ['辛', '张三、李四', '城关镇、财经委、办公室', '人民日报', '', '消息', '2026-07-08', ''],
    ], ROSTER, MEDIA);
    expect(codes(r).filter((c) => !c.endsWith('UNIT_MISMATCH'))).toEqual(['3:AUTHOR_NOT_IN_ROSTER', '4:AUTHOR_NOT_IN_ROSTER',
      '6:SAME_NAME_TWO_UNITS', '9:UNIT_COUNT_MISMATCH', '10:UNIT_COUNT_MISMATCH']);
    expect(r.report.issues.filter((i) => i.code === 'UNIT_MISMATCH').map((i) => i.row)).toEqual([9, 10]);
    expect(r.report.people.find((p) => p.name === '王伟' && p.unit === '财经委')!.articles).toBe(2);
  });

  it('a remark after the name tells same-name people apart: a unit or the roster number', () => {
    const r = run([
      ['甲', '王伟（教科文卫委）', '', '人民日报', '', '消息', '2026-07-01', ''],
      ['乙', '王伟(W1)、张三', '', '人民日报', '', '消息', '2026-07-02', ''],
      ['丙', '王伟', '', '人民日报', '', '消息', '2026-07-03', ''],
    ], ROSTER, MEDIA);
    expect(r.report.people.map((p) => `${p.name}/${p.unit}/${p.articles}`).sort()).toEqual(['张三/城关镇/1', '王伟/教科文卫委/1', '王伟/财经委/2']);
    const ambiguous = r.report.issues.filter((i) => i.code === 'SAME_NAME_AMBIGUOUS');
    expect(ambiguous.map((i) => i.row)).toEqual([5]);
    expect(ambiguous[0].message).toContain('王伟（单位）');
  });

  it('unknown genre is counted as 消息; same title in several outlets is flagged', () => {
    const r = run([
      ['同题稿', '张三', '城关镇', '人民日报', '', '快讯体', '2026-07-01', ''],
      ['同题稿', '张三', '城关镇', '浙江日报', '', '消息', '2026-07-02', ''],
    ], ROSTER, MEDIA);
    expect(codes(r)).toEqual(['3:UNKNOWN_GENRE', '4:MULTI_OUTLET']);
    // highest-paid publication only: 人民日报 消息 500 元, the repeat pays nothing but still counts as an article
    expect(r.report.people[0].stipendFen).toBe(50000);
    expect(r.report.people[0].articles).toBe(2);
  });
});

describe('authors and units as people type them', () => {
  it('every separator, padded names, units paired by position', () => {
    const r = run([
      ['甲', '张　三，李 四', '城关镇、财经委', '人民日报', '国家级', '消息', '2026-07-01', ''],
      ['乙', '赵六/钱七；孙八\n周九', '城关镇', '人民日报', '国家级', '消息', '2026-07-02', ''],
    ]);
    const names = r.report.people.map((p) => `${p.name}/${p.unit}`).sort();
    expect(names).toEqual(['周九/城关镇', '孙八/城关镇', '张三/城关镇', '李四/财经委', '赵六/城关镇', '钱七/城关镇'].sort());
  });

  it('skips 合计/小计 and blank rows silently and counts them', () => {
    const r = run([
      ['甲', '张三', '', '人民日报', '国家级', '消息', '2026-07-01', ''],
      ['小计', '', '', '', '', '', '', ''],
      [null, null, null, null, null, null, null, null],
      ['乙', '张三', '', '人民日报', '国家级', '消息', '2026-07-03', ''],
      ['本月合计', '', '', '', '', '', '', 2],
    ]);
    expect(r.report.rows).toMatchObject({ total: 5, counted: 2, skipped: 3, errors: 0 });
    expect(r.report.issues).toEqual([]);
  });

  it('rows marked 未采用 are not counted but count as submitted', () => {
    const header = ['序号', '标题', '作者', '单位', '媒体', '级别', '体裁', '日期', '状态'];
    const wb = workbook(ledgerSheet('台账', [
      ['甲', '张三', '城关镇', '人民日报', '国家级', '消息', '2026-07-01', '已采用'],
      ['乙', '张三', '城关镇', '人民日报', '国家级', '消息', '2026-07-02', '未采用'],
    ], header));
    const r = calculate(wb, { today: TODAY });
    expect(r.report.rows).toMatchObject({ counted: 1, skipped: 1 });
    const units = r.sheets.find((s) => s.kind === 'ranking')!.blocks[1];
    const rate = units.columns.findIndex((c) => c.header === '采用率');
    expect(units.rows[0][rate]).toBe(0.5);
  });
});

describe('validation never throws on arbitrary cell values', () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined),
    fc.date({ noInvalidDate: false }), fc.constantFrom({ error: '#N/A' }, '#VALUE!', '合计', '　', '\u200b'),
    fc.constantFrom('2026-07-01', '张三、李四', '人民日报', '国家级', '头版头条', 46200),
  );
  it('any ledger body gives a report, every issue names sheet, row and a Chinese message', () => {
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }), (rows) => {
      const r = calculate(workbook(ledgerSheet('台账', rows)), { today: TODAY });
      const { total, counted, errors, skipped } = r.report.rows;
      expect(counted + errors + skipped).toBe(total);
      for (const i of r.report.issues) {
        expect(i.sheet).toBe('台账');
        expect(i.row).toBeGreaterThan(2);
        expect(i.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }), { numRuns: 300 });
  });
});
