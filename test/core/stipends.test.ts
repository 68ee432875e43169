import { calculate, PAYOUT_SHEET, type CellValue } from '../../src/core';
import { ledgerSheet, sheetFromOutput, sheetOf, TODAY, workbook } from './fixtures';

const row = (title: string, authors: string, date: string): CellValue[] => [title, authors, '城关镇', '人民日报', '国家级', '消息', date, ''];

describe('payout history: never pay twice, 补发, idempotent re-runs', () => {
  const q2 = [row('二季度稿', '张三', '2026-05-01')];
  const q3 = [row('三季度稿', '张三、李四', '2026-08-01')];
  const late = row('迟登记稿', '李四', '2026-06-15');

  it('first run of a quarter without history pays only that quarter', () => {
    const r = calculate(workbook(ledgerSheet('台账', [...q2, ...q3])), { today: TODAY, period: '2026Q3' });
    expect(r.report.stipendTotalFen).toBe(50000);
    const history = r.sheets.find((s) => s.kind === 'payouts')!;
    expect(history.blocks[0].rows).toEqual([['2026Q3', 2, 500, 0]]); // the summary: one settled quarter
    expect(history.blocks[1].rows.map((x) => [x[0], x[1], x[4], x[6]])).toEqual([['2026Q3', '三季度稿', '张三', 250], ['2026Q3', '三季度稿', '李四', 250]]);
  });

  it('a late-registered article of a paid quarter is paid now as 补发, and re-running the quarter is idempotent', () => {
    // Q2 was paid before the late row was registered.
    const paidQ2 = calculate(workbook(ledgerSheet('台账', [...q2])), { today: TODAY, period: '2026Q2' });
    const historySheet = sheetFromOutput(paidQ2.sheets.find((s) => s.kind === 'payouts')!, PAYOUT_SHEET);
    const wb = workbook(ledgerSheet('台账', [...q2, late, ...q3]), historySheet);
    const run1 = calculate(wb, { today: TODAY, period: '2026Q3' });
    const li = run1.report.people.find((p) => p.name === '李四')!;
    expect(li.stipendFen).toBe(25000 + 50000); // half of the Q3 article + the late Q2 article
    expect(li.articles).toBe(1); // 补发 does not change the period's article count
    expect(run1.report.people.find((p) => p.name === '张三')!.stipendFen).toBe(25000); // Q2 article already paid
    const lines = run1.sheets.find((s) => s.kind === 'stipend')!.blocks[1];
    const lateCol = lines.columns.findIndex((c) => c.header === '补发');
    expect(lines.rows.filter((x) => x[lateCol] === '补发').map((x) => x[3])).toEqual(['迟登记稿']);

    // Re-run Q3 with its own records in the history: same payments, records replaced not duplicated.
    const history2 = sheetFromOutput(run1.sheets.find((s) => s.kind === 'payouts')!, PAYOUT_SHEET);
    const run2 = calculate(workbook(ledgerSheet('台账', [...q2, late, ...q3]), history2), { today: TODAY, period: '2026Q3' });
    expect(run2.report).toEqual(run1.report);
    expect(run2.sheets.find((s) => s.kind === 'payouts')!.blocks).toEqual(run1.sheets.find((s) => s.kind === 'payouts')!.blocks);

    // The next quarter pays nothing of Q2/Q3 again.
    const q4 = calculate(workbook(ledgerSheet('台账', [...q2, late, ...q3, row('四季度稿', '张三', '2026-10-10')]), history2), { today: TODAY, period: '2026Q4' });
    expect(q4.report.stipendTotalFen).toBe(50000);
    expect(q4.report.people.find((p) => p.name === '李四')).toBeUndefined();
  });

  it('a hand-typed payout history: records are normalised, bad ones are named by row and column', () => {
    const record = (q: CellValue, date: CellValue, name: string, amount: CellValue): CellValue[] => [q, name === '张 三' ? '二季度稿' : '迟登记稿', '人民日报', date, name, '城关镇', amount, ''];
    const header = ['发放季度', '标题', '媒体', '发表日期', '姓名', '单位', '金额（元）', '补发'];
    const good = sheetOf(PAYOUT_SHEET, [header, record('2026q2', '2026/5/1', '张 三', '￥500'), []]);
    const r = calculate(workbook(ledgerSheet('台账', [...q2, late, ...q3]), good), { today: TODAY, period: '2026Q3' });
    // 张三's Q2 article was paid (quarter, date, name and amount as typed); 李四's late one was not: 补发.
    expect(r.report.people.find((p) => p.name === '张三')!.stipendFen).toBe(25000);
    expect(r.report.people.find((p) => p.name === '李四')!.stipendFen).toBe(25000 + 50000);

    const bad = sheetOf(PAYOUT_SHEET, [header, record('2026q2', '2026/5/1', '张 三', '￥500'), [],
      record('2026第二季度', '2026-06-15', '李四', 500), record('2026Q2', '六月', '李四', 500), record('2026Q2', '2026-06-15', '李四', '五百')]);
    expect(() => calculate(workbook(ledgerSheet('台账', [...q2, late, ...q3]), bad), { today: TODAY, period: '2026Q3' }))
      .toThrow(`${PAYOUT_SHEET}!A4：发放季度（应写成 2026Q3）“2026第二季度”无效\n${PAYOUT_SHEET}!D5：发表日期“六月”无效\n${PAYOUT_SHEET}!G6：金额“五百”无效`);
    // a record without a quarter is named too, the first one as much as one after valid records
    for (const before of [[], [record('2026Q2', '2026/5/1', '张 三', 500)]]) {
      const blank = sheetOf(PAYOUT_SHEET, [header, ...before, record(null, '2026-06-15', '李四', 500)]);
      expect(() => calculate(workbook(ledgerSheet('台账', [...q2, late, ...q3]), blank), { today: TODAY, period: '2026Q3' }))
        .toThrow(`${PAYOUT_SHEET}!A${before.length + 2}：发放季度（应写成 2026Q3）“”无效`);
    }
  });

  it('a quarter settled with nothing to pay still counts as run: its late articles are 补发 later', () => {
    const emptyQ2 = calculate(workbook(ledgerSheet('台账', [...q3])), { today: TODAY, period: '2026Q2' });
    expect(emptyQ2.report.stipendTotalFen).toBe(0);
    const history = sheetFromOutput(emptyQ2.sheets.find((s) => s.kind === 'payouts')!, PAYOUT_SHEET);
    const q3run = calculate(workbook(ledgerSheet('台账', [late, ...q3]), history), { today: TODAY, period: '2026Q3' });
    expect(q3run.report.people.find((p) => p.name === '李四')!.stipendFen).toBe(25000 + 50000);
  });

  it('a non-quarter period does not write payout records', () => {
    const r = calculate(workbook(ledgerSheet('台账', [...q3])), { today: TODAY, period: '2026-08' });
    expect(r.sheets.some((s) => s.kind === 'payouts')).toBe(false);
    expect(r.report.stipendTotalFen).toBe(50000);
  });
});

describe('policies from 统计规则', () => {
  const rules = (policies: CellValue[][]) => sheetOf('统计规则', [['统计规则'], [], ['项目', '取值'], ...policies]);
  const three = [row('合写稿', '张三、李四、王五', '2026-08-01')];

  it('first author share 60% and the rest equal', () => {
    const r = calculate(workbook(ledgerSheet('台账', three), rules([['合作稿分配', '第一作者优先'], ['第一作者比例', '60%']])), { today: TODAY });
    expect(r.report.people.map((p) => [p.name, p.stipendFen, p.shareArticles])).toEqual([['张三', 30000, 0.6], ['李四', 10000, 0.2], ['王五', 10000, 0.2]]);
  });

  it('each author full credit', () => {
    const r = calculate(workbook(ledgerSheet('台账', three), rules([['合作稿分配', '各计全额']])), { today: TODAY });
    expect(r.report.people.map((p) => p.stipendFen)).toEqual([50000, 50000, 50000]);
    expect(r.report.stipendTotalFen).toBe(150000);
  });

  it('cap per person per period, spread exactly', () => {
    const many = [row('一', '张三', '2026-08-01'), row('二', '张三', '2026-08-02'), row('三', '张三', '2026-08-03')];
    const r = calculate(workbook(ledgerSheet('台账', many), rules([['每人每期封顶金额（元）', 1000]])), { today: TODAY });
    expect(r.report.people[0].stipendFen).toBe(100000);
    const history = r.sheets.find((s) => s.kind === 'payouts')!.blocks[1].rows;
    expect(history.reduce((a, x) => a + Number(x[6]) * 100, 0)).toBe(100000);
  });

  it('one article many outlets: each publication paid when so set', () => {
    const two = [row('同一稿', '张三', '2026-08-01'), ['同一稿', '张三', '城关镇', '浙江日报', '省级', '消息', '2026-08-02', '']];
    const r = calculate(workbook(ledgerSheet('台账', two), rules([['一稿多发', '每篇都计']])), { today: TODAY });
    expect(r.report.people[0].stipendFen).toBe(70000);
  });

  it('a bad policy value names the cell', () => {
    expect(() => calculate(workbook(ledgerSheet('台账', three), rules([['合作稿分配', '随便']])), { today: TODAY }))
      .toThrow(/统计规则!B4.*合作稿分配/);
  });

  it('headline doubles money and points', () => {
    const r = calculate(workbook(ledgerSheet('台账', [['头条稿', '张三', '城关镇', '人民日报', '国家级', '消息', '2026-08-01', '一版头条']])), { today: TODAY });
    expect(r.report.people[0]).toMatchObject({ stipendFen: 100000, points: 40 });
  });
});
