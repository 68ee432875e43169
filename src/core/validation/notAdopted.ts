// SPEC.md, Validation: rows marked 未采用 (etc.) in a status column are skipped, kept aside for adoption rates.
import { parseDateCell } from '../dates';
import { ledgerAuthorsAndUnits } from '../persons';
import type { RawRow } from '../ledgerRows';
import type { Roster } from '../roster';
import type { LedgerRun, RowCheck } from './rowCheck';

export interface RejectedRow { units: string[]; day: number | null }

/** The row's rejected entry when it is marked not adopted, else undefined. */
export function notAdopted(row: RowCheck, run: LedgerRun): RejectedRow | undefined {
  if (!row.raw.has('status') || !run.notAdoptedOf(row.text('status'))) return undefined;
  return { units: rejectedUnits(row.raw, run.ctx.roster), day: parseDateCell(row.raw.get('date')) };
}

/** Units of a row not adopted: the roster's unit of each author, else the ledger's unit cell. */
function rejectedUnits(raw: RawRow, roster: Roster): string[] {
  const { names, units } = ledgerAuthorsAndUnits(raw);
  return [...new Set(units.map((u, i) => roster.byName.get(names[i])?.[0]?.unit || u))];
}
