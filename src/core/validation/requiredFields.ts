// SPEC.md, Validation: a row without title, authors or outlet is an error (a formula error there counts as missing).
import { isErrorValue } from '../text';
import type { RowRule } from './rowCheck';

export const requiredFields: RowRule = (row, run) => {
  row.title = row.text('title');
  row.authorsText = row.text('authors');
  row.outletText = row.text('outlet');
  if (!row.title) row.add('title', 'error', 'MISSING_TITLE', '缺少标题');
  row.authorCell = run.authorCellOf(row.authorsText);
  if (row.authorCell.entries.length === 0 && !isErrorValue(row.raw.get('authors'))) row.add('authors', 'error', 'MISSING_AUTHORS', '缺少作者');
  if (!row.outletText && !isErrorValue(row.raw.get('outlet'))) row.add('outlet', 'error', 'MISSING_OUTLET', '缺少刊发媒体');
};
