import fc from 'fast-check';
import { rankItems } from '../../src/core/ranking';
import { DEFAULT_LEVELS } from '../../src/core/levels';

const levels = [...DEFAULT_LEVELS];
const item = fc.record({
  points: fc.integer({ min: 0, max: 60 }).map((x) => x / 4),
  byLevel: fc.record({ 国家级: fc.nat(3), 省级: fc.nat(3), 市级: fc.nat(3), 县级: fc.nat(3) }),
  label: fc.string({ maxLength: 4 }),
}).map((x) => ({ ...x, articles: Object.values(x.byLevel).reduce((a, b) => a + b, 0) }));

const key = (x: { points: number; byLevel: Record<string, number>; articles: number }) =>
  [x.points, ...levels.map((l) => x.byLevel[l]), x.articles].join('|');

describe('ranking', () => {
  it('dense ranks are 1..k without gaps, equal keys share a rank, order follows the keys', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 40 }), (items) => {
      const ranked = rankItems(items, levels, 'dense');
      expect(ranked).toHaveLength(items.length);
      ranked.forEach((r, i) => {
        if (i === 0) expect(r.rank).toBe(1);
        else {
          const prev = ranked[i - 1];
          const same = key(prev) === key(r);
          expect(r.rank).toBe(same ? prev.rank : prev.rank + 1);
          expect(prev.points >= r.points).toBe(true);
        }
      });
    }));
  });

  it('competition ranks skip after ties (1,1,3)', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 40 }), (items) => {
      const ranked = rankItems(items, levels, 'competition');
      ranked.forEach((r, i) => {
        const firstEqual = ranked.findIndex((x) => key(x) === key(r));
        expect(r.rank).toBe(firstEqual + 1);
      });
    }));
  });

  it('tie-break: points, then 国家级, 省级, 市级, 县级, then total', () => {
    const mk = (label: string, points: number, b: number[], extra = 0) => ({
      label, points, byLevel: { 国家级: b[0], 省级: b[1], 市级: b[2], 县级: b[3] }, articles: b.reduce((a, x) => a + x, 0) + extra,
    });
    const ranked = rankItems([mk('c', 10, [0, 1, 0, 0]), mk('a', 10, [1, 0, 0, 0]), mk('d', 10, [0, 1, 0, 0], 1), mk('b', 12, [0, 0, 0, 0]), mk('e', 10, [0, 1, 0, 0])], levels, 'dense');
    expect(ranked.map((r) => [r.label, r.rank])).toEqual([['b', 1], ['a', 2], ['d', 3], ['c', 4], ['e', 4]]);
  });

  it('points are compared to 2 decimals', () => {
    const ranked = rankItems([
      { label: 'x', points: 1 / 3 + 1 / 3 + 1 / 3, byLevel: {}, articles: 1 },
      { label: 'y', points: 1, byLevel: {}, articles: 1 },
    ], levels, 'dense');
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });
});
