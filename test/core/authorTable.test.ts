import fc from 'fast-check';
import { AuthorTable } from '../../src/core/authorTable';
import { computeQuotas } from '../../src/core/quotas';
import { summarize } from '../../src/core/summary';
import { makePeriod } from '../../src/core/periods';
import { makePerson, type Person } from '../../src/core/persons';
import { defaultRules } from '../../src/core/rules';
import { meetsMinimumLevel } from '../../src/core/levels';
import { unitCategory, type Roster } from '../../src/core/roster';
import { dayFromYmd } from '../../src/core/dates';
import type { Publication } from '../../src/core/publication';
import type { Target } from '../../src/core/targets';

const rules = defaultRules();
// Two objects for the same 王伟 of 财经委, a blank unit, units in and out of the roster, so keys and units repeat.
const people: Person[] = [makePerson('王伟', '财经委'), makePerson('王伟', '财经委'), makePerson('李四', '财经委'),
  makePerson('王伟', '城关镇'), makePerson('张三', ''), makePerson('赵六', '法工委'), makePerson('钱七', '青山镇')];
const roster: Roster = { present: true, entries: [{ name: '李四', unit: '财经委', category: '委室', id: '', row: 2 },
  { name: '孙八', unit: '农业委', category: '委室', id: '', row: 3 }], byName: new Map(), unitCategory: new Map([['财经委', '委室'], ['农业委', '委室']]) };
roster.byName.set('李四', [roster.entries[0]]);
roster.byName.set('孙八', [roster.entries[1]]);

const day0 = dayFromYmd(2026, 1, 1)!;
/** Articles of 2026 sorted by day, as the engine's. */
const pubs = fc.array(fc.record({
  day: fc.integer({ min: 0, max: 364 }), level: fc.constantFrom(...rules.levels), genre: fc.constantFrom('消息', '理论调研'),
  authors: fc.array(fc.constantFrom(...people), { minLength: 1, maxLength: 4 }),
}), { maxLength: 40 }).map((xs) => xs.sort((a, b) => a.day - b.day).map((x, seq): Publication => ({
  seq, sheet: 's', row: seq + 2, title: `稿${seq}`, titleKey: `稿${seq}`, outlet: '某报', outletKey: '某报', level: x.level, genre: x.genre,
  day: day0 + x.day, headline: false, authors: x.authors,
})));

describe('AuthorTable', () => {
  it('counts the distinct people (by key) and non-blank units of any run of articles, as sets of them do', () => {
    fc.assert(fc.property(pubs, fc.nat(), fc.nat(), (ps, a, b) => {
      const table = new AuthorTable(ps);
      for (const [from, to] of [[0, ps.length], [Math.min(a, b) % (ps.length + 1), Math.max(a, b) % (ps.length + 1)]]) {
        const authors = ps.slice(from, Math.max(from, to)).flatMap((p) => p.authors);
        expect(table.distinct(from, Math.max(from, to))).toEqual({
          people: new Set(authors.map((x) => x.key)).size, units: new Set(authors.map((x) => x.unit).filter((u) => u)).size,
        });
      }
    }), { numRuns: 300 });
  });

  it('period summaries are the articles by level and the sets of people and units in the period', () => {
    // now and then a level outside the rules' (validation never lets one through, but a summary counts it too)
    fc.assert(fc.property(pubs, fc.integer({ min: 1, max: 12 }), fc.boolean(), (all, month, other) => {
      const ps = all.map((p) => (other && p.seq % 3 === 1 ? { ...p, level: '内部' } : p));
      const period = makePeriod('month', 2026, month);
      const inIt = ps.filter((p) => p.day >= period.startDay && p.day <= period.endDay);
      const authors = inIt.flatMap((p) => p.authors);
      const byLevel: Record<string, number> = Object.fromEntries(rules.levels.map((l) => [l, 0]));
      for (const p of inIt) byLevel[p.level] = (byLevel[p.level] ?? 0) + 1;
      expect(summarize(period, new AuthorTable(ps), rules.levels)).toEqual({
        period, articles: inIt.length, byLevel, people: new Set(authors.map((x) => x.key)).size, units: new Set(authors.map((x) => x.unit).filter((u) => u)).size,
      });
    }), { numRuns: 300 });
  });

  it('quota counts: each unit of a category counts the articles in the window with an author of that unit', () => {
    const target = (who: string, window: Target['window'], minLevel: string | null, genre: string | null): Target =>
      ({ who, window, minLevel, genre, target: 3, row: 2, whoColumn: 'A' });
    const targets = [target('委室', 'quarter', '市级', null), target('委室', 'year', null, '理论调研'), target('乡镇', 'half', null, null),
      target('全部', 'year', '省级', null), target('财经委', 'year', null, null), target('王伟', 'quarter', null, null)];
    fc.assert(fc.property(pubs, fc.integer({ min: 1, max: 4 }), (ps, q) => {
      const period = makePeriod('quarter', 2026, q);
      const lines = computeQuotas(targets, new AuthorTable(ps), period, rules, roster, []);
      const units = [...new Set([...roster.entries.map((e) => e.unit), ...ps.flatMap((p) => p.authors.map((a) => a.unit))])].filter((u) => u);
      const expected = targets.flatMap((t) => {
        const window = t.window === 'year' ? makePeriod('year', 2026, 1) : t.window === 'half' ? makePeriod('half', 2026, q <= 2 ? 1 : 2) : period;
        const inWindow = ps.filter((p) => p.day >= window.startDay && p.day <= period.endDay
          && meetsMinimumLevel(p.level, t.minLevel, rules.levels) && (t.genre === null || p.genre === t.genre));
        const count = (has: (a: Person) => boolean) => inWindow.filter((p) => p.authors.some(has)).length;
        if (t.who === '全部') return [['全县', inWindow.length]];
        if (t.who === '委室' || t.who === '乡镇') {
          return units.filter((u) => unitCategory(u, roster) === t.who).sort().map((u) => [u, count((a) => a.unit === u)]);
        }
        return [[t.who, units.includes(t.who) ? count((a) => a.unit === t.who) : count((a) => a.name === t.who)]];
      });
      expect(lines.map((l) => [l.who, l.done])).toEqual(expected);
    }), { numRuns: 300 });
  });
});
