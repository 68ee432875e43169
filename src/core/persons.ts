// A person is name + unit. The unit is the roster's; without a roster entry, the ledger's unit cell (a cell
// listing as many units as there are authors pairs them by position; one unit applies to all).
import type { Roster, RosterEntry } from './roster';
import { splitAuthors, splitUnits, unitName } from './authors';
import { listText } from './text';
import type { CellValue } from './types';

export interface Person {
  name: string;
  unit: string;
  /** name + unit, the identity of a person (see personKey) */
  key: string;
}

export interface PersonWarning {
  code: 'AUTHOR_NOT_IN_ROSTER' | 'UNIT_MISMATCH' | 'SAME_NAME_AMBIGUOUS' | 'UNIT_COUNT_MISMATCH';
  message: string;
  field: 'authors' | 'unit';
}

export function personKey(p: { name: string; unit: string }): string {
  return `${p.name}\u0000${p.unit}`;
}

export function makePerson(name: string, unit: string): Person {
  return { name, unit, key: personKey({ name, unit }) };
}

/** Units from the ledger cell (already split by splitUnits), one per author. */
export function ledgerUnitsFor(units: readonly string[], authorCount: number, warn: (w: PersonWarning) => void): string[] {
  if (units.length > 1 && units.length !== authorCount) {
    warn({ code: 'UNIT_COUNT_MISMATCH', field: 'unit',
      message: `单位列有 ${units.length} 个单位，作者有 ${authorCount} 位，无法一一对应：按顺序对应，多出的作者计入最后一个单位` });
  }
  // a plain loop into an array of the exact size: Array(n).fill and Array.from showed as ~2 µs a call in a cold run,
  // and push grows an array to 16 entries (once per distinct author cell)
  const out = new Array<string>(authorCount);
  for (let i = 0; i < authorCount; i++) out[i] = units.length === 0 ? '' : units[Math.min(i, units.length - 1)];
  return out;
}

export function resolvePerson(name: string, ledgerUnit: string, roster: Roster, warn: (w: PersonWarning) => void, hint = ''): Person {
  const entries = roster.byName.get(name);
  if (!entries) {
    if (roster.present) {
      const hint = suggestNames(name, roster);
      warn({ code: 'AUTHOR_NOT_IN_ROSTER', field: 'authors',
        message: `作者“${name}”不在通讯员名单中${hint ? `，是否应为“${hint}”？` : ''}` });
    }
    return makePerson(name, ledgerUnit);
  }
  let entry: RosterEntry = entries[0];
  if (entries.length > 1) {
    // The unit column tells them apart, or a remark after the name: 王伟（财经委） or 王伟（编号）.
    const match = entries.find((e) => e.unit === ledgerUnit)
      ?? (hint ? entries.find((e) => (e.id !== '' && e.id === hint) || e.unit === unitName(hint)) : undefined);
    if (match) entry = match;
    else warn({ code: 'SAME_NAME_AMBIGUOUS', field: 'unit',
      message: `名单中有 ${entries.length} 位“${name}”（${entries.map((e) => e.unit).join('、')}），本行无法区分，暂计入“${entry.unit}”；`
        + `请在单位列填写单位，或写成“${name}（单位）”` });
  } else if (ledgerUnit && entry.unit && ledgerUnit !== entry.unit) {
    warn({ code: 'UNIT_MISMATCH', field: 'unit', message: `“${name}”的单位在台账中为“${ledgerUnit}”，名单中为“${entry.unit}”，按名单计` });
  }
  return makePerson(name, entry.unit || ledgerUnit);
}

/** `张三李四` → `张三、李四` when both halves are roster names; else a roster name one character away. */
export function suggestNames(name: string, roster: Roster): string | null {
  for (let k = 2; k <= name.length - 2; k++) {
    const a = name.slice(0, k);
    const b = name.slice(k);
    if (roster.byName.has(a) && roster.byName.has(b)) return `${a}、${b}`;
  }
  for (const other of roster.byName.keys()) {
    if (other.length === name.length && [...other].filter((ch, i) => ch !== name[i]).length === 1) return other;
  }
  return null;
}

/** resolvePerson remembered per (name, ledger unit): the same person object and the same warnings each time,
 *  so a large ledger keeps one object per person instead of one per signature. */
export function personResolver(roster: Roster): (name: string, ledgerUnit: string, warn: (w: PersonWarning) => void, hint?: string) => Person {
  const cache = new Map<string, Map<string, { person: Person; warnings: PersonWarning[] }>>();
  return (name, ledgerUnit, warn, hint = '') => {
    let byUnit = cache.get(name);
    if (!byUnit) cache.set(name, (byUnit = new Map()));
    const key = hint ? `${ledgerUnit}\u0001${hint}` : ledgerUnit;
    let hit = byUnit.get(key);
    if (!hit) {
      const warnings: PersonWarning[] = [];
      hit = { person: resolvePerson(name, ledgerUnit, roster, (w) => warnings.push(w), hint), warnings };
      byUnit.set(key, hit);
    }
    for (const w of hit.warnings) warn(w);
    return hit.person;
  };
}

/** A ledger row's author names and, for each (at least one, so a unit cell alone still counts), the ledger's unit;
 *  no roster and no warnings: for prefilling settings and counting rows that are not adopted. */
export function ledgerAuthorsAndUnits(raw: { get(field: 'authors' | 'unit'): CellValue }): { names: string[]; units: string[] } {
  const names = splitAuthors(listText(raw.get('authors')));
  return { names, units: ledgerUnitsFor(splitUnits(listText(raw.get('unit'))), Math.max(1, names.length), () => undefined) };
}
