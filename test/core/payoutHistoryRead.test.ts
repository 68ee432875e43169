import fc from 'fast-check';
import { readPayoutHistory, PAYOUT_COLUMNS } from '../../src/core/payouts';
import { PAYOUT_SHEET } from '../../src/core/sheetPlan';
import { cellText } from '../../src/core/text';
import { normalizeName, unitName } from '../../src/core/authors';
import { parseDateCell } from '../../src/core/dates';
import type { CellValue, WorkbookData } from '../../src/core/types';

// The reader remembers normalised cells by text and answers a cell equal to the one above without looking: rows that
// repeat a quarter, a title, a blank 补发 (or end before it) must read exactly as each row read on its own.
function reference(row: CellValue[]) {
  return {
    quarter: cellText(row[0]).toUpperCase().replace(/\s/g, ''), title: cellText(row[1]), outlet: cellText(row[2]),
    day: parseDateCell(row[3]), name: normalizeName(cellText(row[4])), unit: unitName(cellText(row[5])),
    fen: Math.round(Number(row[6] ?? 0) * 100), late: /^(是|补发|√|y)/i.test(cellText(row[7])),
  };
}

const row = fc.record({
  quarter: fc.constantFrom('2025Q4', '2026q1', ' 2026Q1'),
  title: fc.constantFrom('青山新闻', ' 青山  新闻 ', '代表履职', 'ＡＢ报道'),
  outlet: fc.constantFrom('青山发布', '《人民日报》', ' 人民日报'),
  date: fc.constantFrom<CellValue>(new Date(Date.UTC(2026, 0, 5)), '2026-01-05', '2026年1月6日', 46028),
  name: fc.constantFrom('张三', '张 三', '李四（办公室）'),
  unit: fc.constantFrom('城关镇', ' 城关镇', '财经委'),
  amount: fc.constantFrom(10, 12.5, 0),
  late: fc.constantFrom<CellValue | undefined>(undefined, '', '是', '补发', 'no', 'Y'),
}).map((r) => {
  const cells: CellValue[] = [r.quarter, r.title, r.outlet, r.date, r.name, r.unit, r.amount];
  if (r.late !== undefined) cells.push(r.late); // a blank last cell: the row ends before it, as the reader gives it
  return cells;
});

describe('payout history read', () => {
  it('reads every record as the row read alone would, repeats and short rows included', () => {
    fc.assert(fc.property(fc.array(fc.array(row, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), (runs) => {
      // runs of the same row one after another, as a history's co-authors and quarters come
      const rows = runs.flatMap((run) => run.flatMap((r, i) => (i % 2 ? [r, r] : [r])));
      const wb: WorkbookData = { sheets: [{ name: PAYOUT_SHEET, rows: [[...PAYOUT_COLUMNS], ...rows] }] };
      const problems: unknown[] = [];
      const history = readPayoutHistory(wb, problems as never);
      expect(problems).toEqual([]);
      expect(history.records).toEqual(rows.map(reference));
    }), { numRuns: 300 });
  });
});
