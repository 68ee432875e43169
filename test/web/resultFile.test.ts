import { isLedgerName, periodOfOutputs, resultFileName } from '../../src/web/resultFile';
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
  test('a CSV ledger gives an .xlsx result named after it', () => {
    expect(resultFileName('台账.csv', '2026Q3')).toBe('台账-2026Q3.xlsx');
    expect(resultFileName('导出.TSV ', '2026')).toBe('导出-2026.xlsx');
  });
  test('.xlsx workbooks and CSV/text ledgers are accepted, nothing else', () => {
    expect(isLedgerName('a.xlsx ')).toBe(true);
    expect(isLedgerName('a.xlsx.csv')).toBe(true);
    expect(isLedgerName('a.CSV')).toBe(true);
    expect(isLedgerName('a.xls')).toBe(false);
    expect(isLedgerName('a.ods')).toBe(false);
    expect(isLedgerName('a.csv.zip')).toBe(false);
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
