// Quota progress: each target counts the publications in the window (年/半年/季度) that contains the end of
// the chosen period, up to that end. Status against the share of the window elapsed.
import type { Issue, Period } from './types';
import type { Publication } from './publication';
import type { AuthorTable } from './authorTable';
import type { Rules } from './rules';
import type { Target } from './targets';
import { meetsMinimumLevel } from './levels';
import { elapsedShare, periodOfDay, periodName, periodRange } from './periods';
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

/** Whether an author slot before the k-th of an article (slots from..k-1) has unit id `u`. */
function unitBefore(table: AuthorTable, from: number, k: number, u: number): boolean {
  for (let s = from; s < k; s++) if (table.unitOf[table.ids[s]] === u) return true;
  return false;
}

/** Articles of pubs[from] up to pubs[to] (those `counts` keeps, when given) with an author `is` says yes to: the
 *  question is asked once per person, not once per author slot. */
function articlesWith(table: AuthorTable, from: number, to: number, counts: ((p: Publication) => boolean) | null, is: (person: number) => boolean): number {
  const yes = Uint8Array.from(table.people, (_, id) => (is(id) ? 1 : 0));
  let done = 0;
  for (let i = from; i < to; i++) {
    let any = false;
    for (let k = table.start[i]; k < table.start[i + 1] && !any; k++) any = yes[table.ids[k]] === 1;
    if (any && (counts === null || counts(table.pubs[i]))) done++;
  }
  return done;
}

/** Quota lines of the targets; `table` holds every counted article, sorted by day. */
export function computeQuotas(
  targets: readonly Target[], table: AuthorTable, period: Period, rules: Rules, roster: Roster, warnings: Issue[],
): QuotaLine[] {
  if (targets.length === 0) return [];
  const pubs = table.pubs;
  // every unit and name known: the roster's and the ledger's authors' (the table has each person once)
  const units = new Set<string>(roster.entries.map((e) => e.unit));
  const names = new Set<string>(roster.byName.keys());
  for (const p of table.people) { units.add(p.unit); names.add(p.name); }
  units.delete('');
  const out: QuotaLine[] = [];
  for (const t of targets) {
    const window = periodOfDay(t.window, period.endDay);
    const { from, to } = periodRange({ startDay: window.startDay, endDay: period.endDay }, pubs);
    const counts = t.minLevel === null && t.genre === null ? null : (p: Publication) => meetsMinimumLevel(p.level, t.minLevel, rules.levels) && (t.genre === null || p.genre === t.genre);
    const line = (who: string, kind: QuotaLine['kind'], done: number): QuotaLine => {
      const rate = done / t.target;
      const elapsed = elapsedShare(window, period.endDay);
      return { who, kind, window, minLevel: t.minLevel, genre: t.genre, target: t.target, done, rate, elapsed, status: quotaStatus(rate, elapsed) };
    };
    const who = unitName(t.who);
    if (EVERYONE.test(t.who)) {
      let done = 0;
      for (let i = from; i < to; i++) if (counts === null || counts(pubs[i])) done++;
      out.push(line('全县', 'all', done));
    } else if (CATEGORIES.includes(t.who)) {
      // articles per unit in one pass (an article counts once for each unit among its authors), not one pass per unit
      const perUnit = new Int32Array(table.units.length);
      for (let i = from; i < to; i++) {
        if (counts !== null && !counts(pubs[i])) continue;
        const first = table.start[i];
        for (let k = first; k < table.start[i + 1]; k++) {
          const u = table.unitOf[table.ids[k]];
          if (!unitBefore(table, first, k, u)) perUnit[u]++;
        }
      }
      for (const u of [...units].filter((u) => unitCategory(u, roster) === t.who).sort()) {
        const id = table.unitId(u);
        out.push(line(u, 'unit', id < 0 ? 0 : perUnit[id]));
      }
    } else if (units.has(who)) out.push(line(who, 'unit', articlesWith(table, from, to, counts, (id) => table.units[table.unitOf[id]] === who)));
    else {
      if (!names.has(t.who)) {
        warnings.push({ sheet: SETTINGS_SHEETS.targets, row: t.row, column: t.whoColumn, field: '对象', value: t.who, severity: 'warning', code: 'TARGET_UNKNOWN',
          message: `${SETTINGS_SHEETS.targets} 第${t.row}行：对象“${t.who}”既不是已知单位也不是通讯员，按个人计（${periodName(window)}完成 0 篇）` });
      }
      out.push(line(t.who, 'person', articlesWith(table, from, to, counts, (id) => table.people[id].name === t.who)));
    }
  }
  return out;
}
