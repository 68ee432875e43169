// Excel's 1,048,576 rows per worksheet: a result sheet that would not fit stops the run with a clear message.
import { assertSheetsFit, EXCEL_MAX_ROWS } from '../../src/core/excelLimits';
import { OutputTooLargeError } from '../../src/core/errors';
import { layoutSheet } from '../../src/core/layout';
import { col, sheet } from '../../src/core/outputs/build';
import type { OutputSheet } from '../../src/core/types';

/** A payout-history-like sheet with a summary block and `records` record rows (one shared row array: cheap). */
function history(records: number): OutputSheet {
  const s = sheet('payouts', '稿酬发放记录', null, '宣传稿件稿酬发放记录');
  s.notes.push('说明');
  s.blocks.push({ caption: '各季度发放汇总', tableName: 'S', columns: [col('结算季度')], rows: [['2026Q1'], ['2026Q2']] });
  const row = ['2026Q2', '标题', '媒体', '2026-05-01', '张三', '办公室', 100, ''];
  s.blocks.push({ caption: '发放记录', tableName: 'R', columns: row.map((_, i) => col(`列${i}`)), rows: new Array(records).fill(row) });
  return s;
}

describe('assertSheetsFit', () => {
  // rows the sheet takes besides its records: title, note, blank, two captions and headers, the summary, a blank
  // (measured with one record: an empty table keeps a blank data row)
  const overhead = layoutSheet(history(1)).lastRow - 1;

  it('accepts a sheet ending exactly on Excel\'s last row', () => {
    const s = history(EXCEL_MAX_ROWS - overhead);
    expect(layoutSheet(s).lastRow).toBe(EXCEL_MAX_ROWS);
    expect(() => assertSheetsFit([s])).not.toThrow();
  });

  it('refuses one row more, naming the sheet, the rows needed and the limit in Chinese', () => {
    const s = history(EXCEL_MAX_ROWS - overhead + 1);
    let error: unknown;
    try {
      assertSheetsFit([history(10), s]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutputTooLargeError);
    const e = error as OutputTooLargeError;
    expect(e.sheet).toBe('稿酬发放记录');
    expect(e.rows).toBe(EXCEL_MAX_ROWS + 1);
    expect(e.message).toContain('结果工作表“稿酬发放记录”需要 1,048,577 行');
    expect(e.message).toContain('1,048,576 行的上限');
    expect(e.message).toContain('未写入任何结果');
  });
});
