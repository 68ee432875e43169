// SPEC.md, Validation: one name under two units is a warning; they are counted as two people.
import type { Person } from '../persons';
import type { LedgerRun, RowRule } from './rowCheck';

// Rows with the same author and unit cells share one authors array (rosterAuthor): once it has been checked,
// every name in it has already been seen with its unit, so checking it again can neither warn nor add a unit.
const checked = new WeakMap<LedgerRun, WeakSet<readonly Person[]>>();

export const sameNameTwoUnits: RowRule = (row, run) => {
  let done = checked.get(run);
  if (!done) checked.set(run, (done = new WeakSet()));
  if (done.has(row.authors)) return;
  done.add(row.authors);
  for (const p of row.authors) {
    let seen = run.unitsOfName.get(p.name);
    if (!seen) run.unitsOfName.set(p.name, (seen = new Set<string>()));
    if (seen.size > 0 && !seen.has(p.unit)) {
      row.add('authors', 'warning', 'SAME_NAME_TWO_UNITS', `“${p.name}”出现在不同单位（${[...seen].join('、')}、${p.unit || '未填单位'}），按不同的人分别统计`, p.name);
    }
    seen.add(p.unit);
  }
};
