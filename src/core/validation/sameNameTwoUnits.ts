// SPEC.md, Validation: one name under two units is a warning; they are counted as two people.
import type { RowRule } from './rowCheck';

export const sameNameTwoUnits: RowRule = (row, run) => {
  // The same authors as an earlier row: every name was seen with its unit then, so this row can neither warn
  // nor add a unit (rosterAuthor, which sets the flag, always runs just before this rule).
  if (row.authorsRepeat) return;
  for (const p of row.authors) {
    let seen = run.unitsOfName.get(p.name);
    if (!seen) run.unitsOfName.set(p.name, (seen = new Set<string>()));
    if (seen.size > 0 && !seen.has(p.unit)) {
      row.add('authors', 'warning', 'SAME_NAME_TWO_UNITS', `“${p.name}”出现在不同单位（${[...seen].join('、')}、${p.unit || '未填单位'}），按不同的人分别统计`, p.name);
    }
    seen.add(p.unit);
  }
};
