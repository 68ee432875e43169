// Excel's worksheet limit (1,048,576 rows): a result sheet that would not fit is refused before anything is
// written, since Excel opens such a file only after a repair that drops rows (the payout history among them).
import type { OutputSheet } from './types';
import { OutputTooLargeError } from './errors';
import { countText } from './format';
import { layoutSheet } from './layout';

export const EXCEL_MAX_ROWS = 1048576;

/** Throws OutputTooLargeError naming the first sheet whose layout ends below Excel's last row. */
export function assertSheetsFit(sheets: readonly OutputSheet[]): void {
  for (const sheet of sheets) {
    const rows = layoutSheet(sheet).lastRow;
    if (rows <= EXCEL_MAX_ROWS) continue;
    throw new OutputTooLargeError(sheet.name, rows, `结果工作表“${sheet.name}”需要 ${countText(rows, '行')}，超过 Excel 每张工作表`
      + ` ${countText(EXCEL_MAX_ROWS, '行')}的上限，因此未写入任何结果。请按年度分册登记台账（每年一个工作簿），再分别统计。`);
  }
}
