import { isXlsxName, periodOfOutputs, resultFileName } from '../../src/web/resultFile';
import { pageToday } from '../../src/web/today';

describe('result file name', () => {
  test('is the input name and the period', () => {
    expect(resultFileName('台账.xlsx', '2026Q3')).toBe('台账-2026Q3.xlsx');
    expect(resultFileName('2026年稿件台账.XLSX', '2026-07')).toBe('2026年稿件台账-2026-07.xlsx');
  });
  test('does not repeat the period when a result is opened again', () => {
    expect(resultFileName('台账-2026Q3.xlsx', '2026Q3')).toBe('台账-2026Q3.xlsx');
  });
  test('falls back to 台账 for a bare extension', () => {
    expect(resultFileName('.xlsx', '2026')).toBe('台账-2026.xlsx');
  });
  test('period is read from the result sheet names', () => {
    expect(periodOfOutputs(['排名-2026Q3', '稿酬-2026Q3'])).toBe('2026Q3');
    expect(periodOfOutputs(['稿酬发放记录', '排名-2026-07'])).toBe('2026-07');
    expect(periodOfOutputs(['稿酬发放记录'])).toBeUndefined();
  });
  test('only .xlsx names are accepted', () => {
    expect(isXlsxName('a.xlsx ')).toBe(true);
    expect(isXlsxName('a.xls')).toBe(false);
    expect(isXlsxName('a.xlsx.csv')).toBe(false);
  });
});

describe('today', () => {
  const now = new Date(2026, 10, 21, 23, 59); // local time
  test('is the local date', () => {
    expect(pageToday('', now)).toBe('2026-11-21');
  });
  test('can be pinned by ?today= (tests), but only to a well-formed date', () => {
    expect(pageToday('?today=2026-09-30', now)).toBe('2026-09-30');
    expect(pageToday('?today=tomorrow', now)).toBe('2026-11-21');
  });
});
