// SPEC.md, Validation: rows with the same title, outlet and date are one article; only the first counts.
import { titleKey } from '../text';
import type { RowRule, TitleEntry } from './rowCheck';

export const exactDuplicate: RowRule = (row, run) => {
  row.titleKey = titleKey(row.title);
  const { day } = row;
  if (!row.title || !row.outletText || day === null) return;
  const id = run.titleIds.add(row.titleKey);
  const head: TitleEntry | undefined = run.titleRows[id];
  let last: TitleEntry | undefined;
  for (let x: TitleEntry | undefined = head; x; x = x.next) {
    if (x.outletKey === row.outletKey && x.day === day) {
      row.add('title', 'error', 'DUPLICATE_ROW', `与 ${x.sheet} 第${x.row}行重复（标题、媒体、日期都相同），只计第一行`, row.title);
      return;
    }
    last = x;
  }
  // every field set here, pub and next too, so the object keeps one shape (no property store added later)
  row.entry = { outletKey: row.outletKey, day, sheet: row.raw.sheet, row: row.raw.row, pub: undefined, next: undefined };
  if (last) last.next = row.entry;
  else run.titleRows[id] = row.entry; // ids are dense: this appends
  row.sameTitle = head ?? row.entry;
};
