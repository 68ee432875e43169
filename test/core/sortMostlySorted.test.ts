import fc from 'fast-check';
import { sortMostlySorted } from '../../src/core/sortMostlySorted';

// Items with few distinct keys (many ties) and an id that tells tied items apart, so that a tie broken the
// wrong way shows.
const item = fc.record({ key: fc.integer({ min: 0, max: 5 }), sub: fc.constantFrom('a', 'b'), id: fc.nat() });
type Item = { key: number; sub: string; id: number };
const byKey = (a: Item, b: Item) => a.key - b.key || (a.sub < b.sub ? -1 : a.sub > b.sub ? 1 : 0);

describe('sortMostlySorted', () => {
  it('gives the order of the plain stable sort, ties included, for any list', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 60 }), (items) => {
      expect(sortMostlySorted(items, byKey)).toEqual([...items].sort(byKey));
    }), { numRuns: 500 });
  });

  it('gives the order of the plain stable sort for a sorted head followed by any tail (a history and a new quarter)', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 60 }), fc.array(item, { maxLength: 30 }), (head, tail) => {
      const items = [...[...head].sort(byKey), ...tail];
      const out = sortMostlySorted(items, byKey);
      expect(out).toEqual([...items].sort(byKey));
      expect(out).not.toBe(items); // a new array, as the plain sort of a copy
    }), { numRuns: 500 });
  });

  it('leaves its input as it was', () => {
    const items = [{ key: 2, sub: 'a', id: 1 }, { key: 1, sub: 'a', id: 2 }, { key: 2, sub: 'a', id: 3 }];
    const copy = items.map((x) => ({ ...x }));
    expect(sortMostlySorted(items, byKey).map((x) => x.id)).toEqual([2, 1, 3]);
    expect(items).toEqual(copy);
  });
});
