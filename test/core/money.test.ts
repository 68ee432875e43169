import fc from 'fast-check';
import { splitFen, wholeFen } from '../../src/core/money';
import { capitalYuan } from '../../src/core/capitalNumerals';
import { splitArticleFen, authorShares } from '../../src/core/coauthors';

describe('splitFen', () => {
  it('adds up exactly, whole fen, remainder to the first author', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 12 }), (total, weights) => {
      const shares = splitFen(total, weights);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
      shares.forEach((s) => expect(Number.isInteger(s) && s >= 0).toBe(true));
      const sum = weights.reduce((a, b) => a + b, 0);
      shares.slice(1).forEach((s, i) => expect(s).toBe(Math.floor((total * weights[i + 1]) / sum)));
    }));
  });

  it('every co-author policy splits an article to the fen', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 9 }), fc.double({ min: 0.05, max: 1, noNaN: true }),
      fc.constantFrom('equal' as const, 'first' as const), (fen, n, first, policy) => {
        const parts = splitArticleFen(policy, fen, n, first);
        expect(parts).toHaveLength(n);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(fen);
        expect(authorShares(policy, n, first).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }));
  });

  it('equal split of 100 元 among 3 gives the extra fen to the first author', () => {
    expect(splitArticleFen('equal', 10000, 3, 0.6)).toEqual([3334, 3333, 3333]);
    expect(splitArticleFen('first', 10000, 3, 0.6)).toEqual([6000, 2000, 2000]);
    expect(splitArticleFen('full', 10000, 3, 0.6)).toEqual([10000, 10000, 10000]);
  });
});

describe('capitalYuan (大写)', () => {
  it.each([
    [120000, '壹仟贰佰元整'],
    [0, '零元整'],
    [10500, '壹佰零伍元整'],
    [10530, '壹佰零伍元叁角整'],
    [10503, '壹佰零伍元零叁分'],
    [100000000, '壹佰万元整'],
    [1000500, '壹万零伍元整'],
    [10005000, '壹拾万零伍拾元整'],
    [3000000, '叁万元整'],
    [45, '肆角伍分'],
    [123456789, '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
  ])('%i fen → %s', (fen, text) => expect(capitalYuan(fen)).toBe(text));
});

describe('wholeFen', () => {
  it('returns the very same number (whole, fractional, negative, -0, beyond 32 bits)', () => {
    for (const x of [0, -0, 1, -1, 5000, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 40, 0.5, -2.25, Number.NaN, Infinity]) {
      expect(Object.is(wholeFen(x), x)).toBe(true);
    }
    fc.assert(fc.property(fc.double(), (x) => Object.is(wholeFen(x), x)));
    fc.assert(fc.property(fc.integer(), (x) => Object.is(wholeFen(x * 1.0), x)));
  });
});
