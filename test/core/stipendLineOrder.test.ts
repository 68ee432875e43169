import fc from 'fast-check';
import { stipendLineOrder } from '../../src/core/outputs/stipendLineOrder';
import { makePerson } from '../../src/core/persons';
import type { StipendLine } from '../../src/core/stipends';

// Few people (two objects for the same 王伟 of 财经委 among them), days and ledger rows, so that ties are common.
const people = [makePerson('王伟', '财经委'), makePerson('王伟', '财经委'), makePerson('李四', '财经委'),
  makePerson('王伟', '城关镇'), makePerson('张三', ''), makePerson('赵六', '办公室')];
const line = fc.record({ who: fc.nat(people.length - 1), late: fc.boolean(), day: fc.integer({ min: -3, max: 3 }), seq: fc.nat(4), id: fc.nat() })
  .map(({ who, late, day, seq, id }) => ({ late, id, credit: { person: people[who], pub: { day: 20000 + day * 7, seq } } }) as unknown as StipendLine);

/** The comparison the 稿酬明细 table is defined by, applied by the built-in stable sort. */
const plain = (lines: StipendLine[]) => [...lines].sort((a, b) => Number(a.late) - Number(b.late)
  || (a.credit.person.unit < b.credit.person.unit ? -1 : a.credit.person.unit > b.credit.person.unit ? 1 : 0)
  || (a.credit.person.name < b.credit.person.name ? -1 : a.credit.person.name > b.credit.person.name ? 1 : 0)
  || a.credit.pub.day - b.credit.pub.day || a.credit.pub.seq - b.credit.pub.seq);

describe('stipendLineOrder', () => {
  it('sorts as the plain stable sort by 补发, unit, name, day and ledger order, ties included', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 80 }), (lines) => {
      expect(stipendLineOrder(lines)).toEqual(plain(lines));
    }), { numRuns: 500 });
  });

  it('sorts as the plain stable sort lines that come by day and ledger order, as a run makes them', () => {
    const byDay = (a: StipendLine, b: StipendLine) => a.credit.pub.day - b.credit.pub.day || a.credit.pub.seq - b.credit.pub.seq;
    fc.assert(fc.property(fc.array(line, { maxLength: 80 }), fc.array(line, { maxLength: 20 }), (now, late) => {
      // the period's lines, then the 补发 lines, each by day and ledger order (the split decides, not the comparison)
      const lines = [...now.map((l) => ({ ...l, late: false })).sort(byDay), ...late.map((l) => ({ ...l, late: true })).sort(byDay)];
      expect(stipendLineOrder(lines)).toEqual(plain(lines));
    }), { numRuns: 500 });
  });

  it('puts 补发 last and orders by unit (办公室 before 财经委) before name', () => {
    const [a, b, c] = [{ p: people[2], late: false }, { p: people[5], late: false }, { p: people[3], late: true }]
      .map(({ p, late }, id) => ({ late, id, credit: { person: p, pub: { day: 1, seq: id } } }) as unknown as StipendLine);
    expect(stipendLineOrder([c, a, b]).map((l) => (l as unknown as { id: number }).id)).toEqual([1, 0, 2]);
  });
});
