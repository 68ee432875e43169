import fc from 'fast-check';
import { PaidIndex, type PayoutRecord } from '../../src/core/payouts';
import { outletKey, type MediaDirectory } from '../../src/core/mediaDirectory';
import { titleKey } from '../../src/core/text';

// A directory that lists 人民日报 under an alias, so that outlet keys go through it.
const directory: MediaDirectory = { present: true, byKey: new Map([[outletKey('人民日报社'), { name: '人民日报', level: '国家级' }]]) };
const outletKeyOf = (o: string) => outletKey(directory.byKey.get(outletKey(o))?.name ?? o);

/** The definition: the first record, in the history's order, of the same article (title key, outlet key, day) and person. */
function reference(records: PayoutRecord[], pub: { title: string; outlet: string; day: number }, person: { name: string; unit: string }): string | null {
  const hit = records.find((x) => titleKey(x.title) === titleKey(pub.title) && outletKeyOf(x.outlet) === outletKeyOf(pub.outlet)
    && x.day === pub.day && x.name === person.name && x.unit === person.unit);
  return hit ? hit.quarter : null;
}

const titles = ['青山新闻', '《青山新闻》', '青山 新闻', '代表履职'];
const outlets = ['人民日报', '人民日报社', '青山发布'];
const names = ['张三', '李四', '王五'];
const units = ['城关镇', '财经委'];

// Days close together (a table indexed by day and name) or a century apart (a Map): both must answer alike.
const scenario = (dayOf: fc.Arbitrary<number>) => fc.record({
  records: fc.array(fc.record({
    quarter: fc.constantFrom('2025Q1', '2025Q2', '2026Q1'), title: fc.constantFrom(...titles), outlet: fc.constantFrom(...outlets),
    day: dayOf, name: fc.constantFrom(...names), unit: fc.constantFrom(...units), fen: fc.nat(1000), late: fc.boolean(),
  }), { maxLength: 40 }),
  queries: fc.array(fc.record({ title: fc.constantFrom(...titles), outlet: fc.constantFrom(...outlets), day: dayOf,
    name: fc.constantFrom(...names, '赵六'), unit: fc.constantFrom(...units) }), { maxLength: 30 }),
});

/** Both lists in their own order, merged as `picks` say (true: the next of `a`); what is left of either follows. */
function interleave<T>(a: T[], b: T[], picks: boolean[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  for (const p of picks) if (p && i < a.length) out.push(a[i++]); else if (j < b.length) out.push(b[j++]);
  return [...out, ...a.slice(i), ...b.slice(j)];
}

describe('PaidIndex', () => {
  for (const [what, dayOf] of [['days close together', fc.integer({ min: 20000, max: 20005 })],
    ['days a century apart', fc.constantFrom(-20000, 0, 20000, 36600)]] as const) {
    it(`finds the quarter of the first matching record, as the definition does (${what})`, () => {
      fc.assert(fc.property(scenario(dayOf), ({ records, queries }) => {
        const index = new PaidIndex(records, directory);
        for (const q of queries) {
          const pub = { title: q.title, titleKey: titleKey(q.title), outlet: q.outlet, outletKey: outletKeyOf(q.outlet), day: q.day };
          const person = { name: q.name, unit: q.unit };
          expect(index.paidIn(pub, person)).toBe(reference(records, pub, person));
        }
      }), { numRuns: 300 });
    });

    it(`says whether the person was paid, as the definition does, for queries in the history's order and any other (${what})`, () => {
      // queries made from the records themselves (so the guessed next record is often the one) mixed with any others
      const mixed = scenario(dayOf).chain(({ records, queries }) => fc.record({
        records: fc.constant(records),
        queries: fc.tuple(fc.subarray(records.map((r) => ({ title: r.title, outlet: r.outlet, day: r.day, name: r.name, unit: r.unit }))),
          fc.array(fc.boolean(), { maxLength: 80 })).map(([own, picks]) => interleave(own, queries, picks)),
      }));
      fc.assert(fc.property(mixed, ({ records, queries }) => {
        const index = new PaidIndex(records, directory);
        for (const q of queries) {
          const pub = { title: q.title, titleKey: titleKey(q.title), outlet: q.outlet, outletKey: outletKeyOf(q.outlet), day: q.day };
          const person = { name: q.name, unit: q.unit };
          expect(index.isPaid(pub, person)).toBe(reference(records, pub, person) !== null);
          expect(index.paidIn(pub, person)).toBe(reference(records, pub, person)); // the guesses leave the first match alone
        }
      }), { numRuns: 300 });
    });
  }
});
