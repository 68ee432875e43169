import fc from 'fast-check';
import { calculate, PAYOUT_SHEET, type CellValue, type SheetData } from '../../src/core';
import { ledgerSheet, sheetFromOutput, TODAY, workbook } from './fixtures';

// Articles of 2026Q1–Q3, each registered in the ledger by the end of some quarter (possibly later than its own).
const article = fc.record({
  month: fc.integer({ min: 1, max: 9 }),
  authors: fc.subarray(['张三', '李四', '王五', '赵六'], { minLength: 1, maxLength: 3 }),
  level: fc.constantFrom('国家级', '省级', '市级', '县级'),
  lateBy: fc.integer({ min: 0, max: 2 }), // quarters between publication and registration
});

describe('payout history over successive quarters', () => {
  it('never pays an article and person twice, and pays every registered one exactly once', () => {
    fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 25 }), (articles) => {
      const rows = articles.map((a, i) => ({
        quarter: Math.ceil(a.month / 3),
        registered: Math.ceil(a.month / 3) + a.lateBy,
        cells: [`稿件${i}`, a.authors.join('、'), '城关镇', '某报', a.level, '消息', `2026-${a.month}-1${i % 9}`, ''] as CellValue[],
      }));
      let history: SheetData | undefined;
      for (const q of [1, 2, 3]) {
        const ledger = ledgerSheet('台账', rows.filter((r) => r.registered <= q).map((r) => r.cells));
        const result = calculate(workbook(ledger, ...(history ? [history] : [])), { today: TODAY, period: `2026Q${q}` });
        history = sheetFromOutput(result.sheets.find((s) => s.kind === 'payouts')!, PAYOUT_SHEET);
      }
      const header = history!.rows.findIndex((r) => r[0] === '发放季度');
      const records = history!.rows.slice(header + 1).filter((r) => r.length && r[0]);
      const keys = records.map((r) => `${r[1]}|${r[4]}`);
      expect(new Set(keys).size).toBe(keys.length); // no article+person twice
      // Q1 was run first, so every article registered by the Q3 run was paid, once per author.
      const expected = rows.filter((r) => r.registered <= 3).flatMap((r) => String(r.cells[1]).split('、').map((n) => `${r.cells[0]}|${n}`));
      expect([...keys].sort()).toEqual(expected.sort());
    }), { numRuns: 40 });
  });
});
