// SPEC.md, Validation: a date after today is an error.
import { formatDay } from '../dates';
import type { RowRule } from './rowCheck';

export const futureDate: RowRule = (row, run) => {
  if (row.day === null || row.day <= run.ctx.today) return;
  row.add('date', 'error', 'FUTURE_DATE', `日期 ${formatDay(row.day)} 晚于今天`, formatDay(row.day));
  row.day = null;
};
