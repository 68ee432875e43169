// SPEC.md, Validation: the publication date is required and must be a whole, plausible date.
import { cellText, isErrorValue } from '../text';
import { dayFromYmd, formatDay, parseDateCell } from '../dates';
import type { RowRule } from './rowCheck';

const EARLIEST_DAY = dayFromYmd(1990, 1, 1)!;

export const dateRule: RowRule = (row) => {
  const value = row.raw.get('date');
  if (isErrorValue(value)) { row.text('date'); return; }
  // a date cell (the usual case) is never blank: only texts and empties need their display text here
  if (!(value instanceof Date) && cellText(value) === '') { row.add('date', 'error', 'MISSING_DATE', '缺少发表日期'); return; }
  const day = parseDateCell(value);
  if (day === null) {
    row.add('date', 'error', 'BAD_DATE', `日期“${cellText(value)}”无法识别（请写成 2026-03-05 或 2026年3月5日 等完整日期）`, value);
  } else if (day < EARLIEST_DAY) {
    // e.g. a bare year 2026 typed into a date cell is Excel serial 2026 = 1905-07-18: reject, do not guess.
    row.add('date', 'error', 'BAD_DATE', `日期 ${formatDay(day)} 不合理（早于1990年），请填写完整的发表日期`, cellText(value));
  } else {
    row.day = day; // futureDate may still take it back
  }
};
