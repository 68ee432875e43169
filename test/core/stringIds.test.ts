import fc from 'fast-check';
import { StringIds } from '../../src/core/stringIds';

describe('StringIds', () => {
  it('gives each distinct string one dense id, as a Map of first occurrences would', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 400 }), (words) => {
      const ids = new StringIds();
      const expected = new Map<string, number>();
      for (const w of words) {
        if (!expected.has(w)) expected.set(w, expected.size);
        expect(ids.add(w)).toBe(expected.get(w));
      }
      expect(ids.size).toBe(expected.size);
      for (const [w, id] of expected) {
        expect(ids.find(w)).toBe(id);
        expect(ids.key(id)).toBe(w);
      }
    }));
  });

  it('finds nothing it was not given, across table growth', () => {
    const ids = new StringIds();
    for (let i = 0; i < 5000; i++) ids.add(`标题${i}`);
    expect(ids.size).toBe(5000);
    expect(ids.find('标题4999')).toBe(4999);
    expect(ids.find('标题5000')).toBe(-1);
    expect(ids.find('')).toBe(-1);
    expect(ids.add('')).toBe(5000);
    expect(ids.find('')).toBe(5000);
  });
});
