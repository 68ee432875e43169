// Quota progress: each target counts the publications in the window (年/半年/季度) that contains the end of
// the chosen period, up to that end. Status against the share of the window elapsed.
import type { Issue, Period } from './types';
import type { Publication } from './publication';
import type { Person } from './persons';
import type { Rules } from './rules';
import type { Target } from './targets';
import { meetsMinimumLevel } from './levels';
import { elapsedShare, periodOfDay, periodName, pubsIn } from './periods';
import { unitCategory, unitName, type Roster } from './roster';
import { SETTINGS_SHEETS } from './settingsSheets';

export interface QuotaLine {
  who: string;
  kind: 'all' | 'unit' | 'person';
  window: Period;
  minLevel: string | null;
  genre: string | null;
  target: number;
  done: number;
  rate: number;
  elapsed: number;
  status: string;
}

export const STATUS = { done: '已完成', normal: '正常', behind: '滞后', farBehind: '严重滞后' } as const;
const EVERYONE = /^(全部|全县|全区|全体|合计|总计)$/;
const CATEGORIES = ['委室', '乡镇', '部门', '特邀'];

export function quotaStatus(rate: number, elapsed: number): string {
  if (rate >= 1) return STATUS.done;
  if (rate >= elapsed) return STATUS.normal;
  return rate < elapsed / 2 ? STATUS.farBehind : STATUS.behind;
}

/** Whether an author before the k-th has unit `u` (without a slice per author). Loops over articles and authors
 *  here go by index: a for-of allocates an iterator result per element until the loop is optimised (megabytes of
 *  garbage in a cold CLI run). */
function unitBefore(authors: readonly Person[], k: number, u: string): boolean {
  for (let i = 0; i < k; i++) if (authors[i].unit === u) return true;
  return false;
}

export function computeQuotas(
  targets: readonly Target[], pubs: readonly Publication[] /* sorted by day */, period: Period, rules: Rules, roster: Roster, warnings: Issue[],
): QuotaLine[] {
  if (targets.length === 0) return [];
  const units = new Set<string>(roster.entries.map((e) => e.unit));
  const names = new Set<string>(roster.byName.keys());
  // A ledger names a few hundred people in a hundred thousand author slots, each slot holding the person's one object.
  const seen = new Set<Person>();
  for (let i = 0; i < pubs.length; i++) { // index loops: see unitBefore
    const authors = pubs[i].authors;
    for (let k = 0; k < authors.length; k++) {
      const a = authors[k];
      if (!seen.has(a)) { seen.add(a); units.add(a.unit); names.add(a.name); }
    }
  }
  units.delete('');
  const out: QuotaLine[] = [];
  for (const t of targets) {
    const window = periodOfDay(t.window, period.endDay);
    const windowPubs = pubsIn({ ...window, endDay: period.endDay }, pubs);
    const inWindow = t.minLevel === null && t.genre === null ? windowPubs
      : windowPubs.filter((p) => meetsMinimumLevel(p.level, t.minLevel, rules.levels) && (t.genre === null || p.genre === t.genre));
    const line = (who: string, kind: QuotaLine['kind'], match: ((p: Publication) => boolean) | number): QuotaLine => {
      const done = typeof match === 'number' ? match : inWindow.filter(match).length;
      const rate = done / t.target;
      const elapsed = elapsedShare(window, period.endDay);
      return { who, kind, window, minLevel: t.minLevel, genre: t.genre, target: t.target, done, rate, elapsed, status: quotaStatus(rate, elapsed) };
    };
    const who = unitName(t.who);
    if (EVERYONE.test(t.who)) out.push(line('全县', 'all', inWindow.length));
    else if (CATEGORIES.includes(t.who)) {
      // articles per unit in one pass (an article counts once for each unit among its authors), not one pass per unit
      const perUnit = new Map<string, number>();
      for (let i = 0; i < inWindow.length; i++) {
        const p = inWindow[i];
        for (let k = 0; k < p.authors.length; k++) {
          const u = p.authors[k].unit;
          if (!unitBefore(p.authors, k, u)) perUnit.set(u, (perUnit.get(u) ?? 0) + 1);
        }
      }
      for (const u of [...units].filter((u) => unitCategory(u, roster) === t.who).sort()) out.push(line(u, 'unit', perUnit.get(u) ?? 0));
    } else if (units.has(who)) out.push(line(who, 'unit', (p) => p.authors.some((a) => a.unit === who)));
    else {
      if (!names.has(t.who)) {
        warnings.push({ sheet: SETTINGS_SHEETS.targets, row: t.row, column: t.whoColumn, field: '对象', value: t.who, severity: 'warning', code: 'TARGET_UNKNOWN',
          message: `${SETTINGS_SHEETS.targets} 第${t.row}行：对象“${t.who}”既不是已知单位也不是通讯员，按个人计（${periodName(window)}完成 0 篇）` });
      }
      out.push(line(t.who, 'person', (p) => p.authors.some((a) => a.name === t.who)));
    }
  }
  return out;
}
