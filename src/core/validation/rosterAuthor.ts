// SPEC.md, Validation: each author is matched to the roster with the ledger's units (one per author or one for
// all); authors not in the roster, ambiguous names and unit counts that do not fit are warnings (see persons.ts).
import { ledgerUnitsFor, type PersonWarning } from '../persons';
import type { AuthorCell, LedgerRun, ResolvedAuthors, RowRule } from './rowCheck';

export const rosterAuthor: RowRule = (row, run) => {
  const unitText = row.text('unit');
  const resolved = resolve(run, row.authorCell, unitText);
  row.authorsRepeat = resolved.seen;
  resolved.seen = true;
  for (const w of resolved.warnings) row.add(w.field, 'warning', w.code, w.message, w.field === 'unit' ? row.raw.get('unit') : row.authorsText);
  row.authors = resolved.authors;
};

const NO_WARNINGS: PersonWarning[] = [];
// A new author/unit pair's warnings gather here and are copied out only when there are some (most pairs have none).
const gathered: PersonWarning[] = [];
const gather = (w: PersonWarning): void => { gathered.push(w); };

// A ledger repeats a few thousand author/unit cell pairs: each pair is resolved once per run, its warnings replayed.
function resolve(run: LedgerRun, cell: AuthorCell, unitText: string): ResolvedAuthors {
  if (cell.unitText === unitText) return cell.resolved!;
  let hit = cell.byUnit?.get(unitText);
  if (!hit) {
    gathered.length = 0;
    const { entries } = cell;
    const units = ledgerUnitsFor(run.unitsOf(unitText), entries.length, gather);
    const authors = entries.map((e, i) => run.personOf(e.name, units[i], gather, e.hint));
    hit = { authors, warnings: gathered.length ? gathered.slice() : NO_WARNINGS, seen: false };
    if (cell.resolved === undefined) {
      cell.unitText = unitText;
      cell.resolved = hit;
    } else {
      (cell.byUnit ??= new Map()).set(unitText, hit);
    }
  }
  return hit;
}
