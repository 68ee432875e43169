// SPEC.md, Validation: rows with the same title, outlet and date are one article; only the first counts.
import { titleKey } from '../text';
import type { RowRule, TitleEntry } from './rowCheck';

export const exactDuplicate: RowRule = (row, run) => {
  row.titleKey = titleKey(row.title);
  row.sameTitle = run.byTitle.get(row.titleKey);
  const { day } = row;
  if (!row.title || !row.outletText || day === null) return;
  if (!row.sameTitle) run.byTitle.set(row.titleKey, (row.sameTitle = []));
  let first: TitleEntry | undefined;
  for (const x of row.sameTitle) if (x.outletKey === row.outletKey && x.day === day) { first = x; break; }
  if (first) row.add('title', 'error', 'DUPLICATE_ROW', `与 ${first.sheet} 第${first.row}行重复（标题、媒体、日期都相同），只计第一行`, row.title);
  else row.sameTitle.push((row.entry = { outletKey: row.outletKey, day, sheet: row.raw.sheet, row: row.raw.row }));
};
