// SPEC.md, Validation: each author is matched to the roster with the ledger's units (one per author or one for
// all); authors not in the roster, ambiguous names and unit counts that do not fit are warnings (see persons.ts).
import { ledgerUnitsFor, type Person, type PersonWarning } from '../persons';
import type { AuthorEntry } from '../authors';
import type { LedgerRun, RowRule } from './rowCheck';

interface Resolved { authors: Person[]; warnings: PersonWarning[] }

export const rosterAuthor: RowRule = (row, run) => {
  const unitText = row.text('unit');
  const resolved = resolve(run, row.authorsText, unitText, row.entries);
  for (const w of resolved.warnings) row.add(w.field, 'warning', w.code, w.message, w.field === 'unit' ? row.raw.get('unit') : row.authorsText);
  row.authors = resolved.authors;
};

// A ledger repeats a few thousand author/unit cell pairs: each pair is resolved once per run, its warnings replayed.
const cache = new WeakMap<LedgerRun, Map<string, Map<string, Resolved>>>();

function resolve(run: LedgerRun, authorsText: string, unitText: string, entries: readonly AuthorEntry[]): Resolved {
  let byAuthors = cache.get(run);
  if (!byAuthors) cache.set(run, (byAuthors = new Map()));
  let byUnit = byAuthors.get(authorsText);
  if (!byUnit) byAuthors.set(authorsText, (byUnit = new Map()));
  let hit = byUnit.get(unitText);
  if (!hit) {
    const warnings: PersonWarning[] = [];
    const warn = (w: PersonWarning) => warnings.push(w);
    const units = ledgerUnitsFor(run.unitsOf(unitText), entries.length, warn);
    hit = { authors: entries.map((e, i) => run.personOf(e.name, units[i], warn, e.hint)), warnings };
    byUnit.set(unitText, hit);
  }
  return hit;
}
