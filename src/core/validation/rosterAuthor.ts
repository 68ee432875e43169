// SPEC.md, Validation: each author is matched to the roster with the ledger's units (one per author or one for
// all); authors not in the roster, ambiguous names and unit counts that do not fit are warnings (see persons.ts).
import { ledgerUnitsFor, type PersonWarning } from '../persons';
import type { RowRule } from './rowCheck';

export const rosterAuthor: RowRule = (row, run) => {
  const warn = (w: PersonWarning) => row.add(w.field, 'warning', w.code, w.message, w.field === 'unit' ? row.raw.get('unit') : row.authorsText);
  const units = ledgerUnitsFor(run.unitsOf(row.text('unit')), row.entries.length, warn);
  row.authors = row.entries.map((e, i) => run.personOf(e.name, units[i], warn, e.hint));
};
