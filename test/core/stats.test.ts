import fc from 'fast-check';
import { creditsFor, forEachCredit, type Credit } from '../../src/core/credits';
import { totalsOf, Totals, type PersonStats, type UnitStats } from '../../src/core/stats';
import { defaultRules } from '../../src/core/rules';
import { makePerson } from '../../src/core/persons';
import type { Publication } from '../../src/core/publication';

const rules = defaultRules();

// The definitions, credit by credit: a person's totals by person key; a unit's points over its people's credits,
// its articles counted once per publication (by seq) and its people once per person key.
function referencePersons(credits: Credit[]): PersonStats[] {
  const map = new Map<string, PersonStats>();
  for (const c of credits) {
    const s = map.get(c.personKey) ?? map.set(c.personKey, { key: c.personKey, person: c.person, points: 0, articles: 0, shareArticles: 0,
      byLevel: Object.fromEntries(rules.levels.map((l) => [l, 0])), label: `${c.person.name}${c.person.unit}` }).get(c.personKey)!;
    s.points += c.points;
    s.articles += 1;
    s.shareArticles += c.share;
    s.byLevel[c.pub.level] += 1;
  }
  return [...map.values()];
}

function referenceUnits(credits: Credit[]): UnitStats[] {
  const map = new Map<string, UnitStats & { seqs: Set<number>; keys: Set<string> }>();
  for (const c of credits) {
    const unit = c.person.unit || '（未填单位）';
    const s = map.get(unit) ?? map.set(unit, { unit, points: 0, articles: 0, byLevel: Object.fromEntries(rules.levels.map((l) => [l, 0])),
      people: 0, label: unit, seqs: new Set(), keys: new Set() }).get(unit)!;
    s.points += c.points;
    s.keys.add(c.personKey);
    if (!s.seqs.has(c.pub.seq)) {
      s.seqs.add(c.pub.seq);
      s.articles += 1;
      s.byLevel[c.pub.level] += 1;
    }
  }
  return [...map.values()].map(({ seqs: _s, keys, ...rest }) => ({ ...rest, people: keys.size }));
}

// Few names and units (a blank unit and one spelled as the blank's placeholder among them), so people share units,
// articles share authors' units, and titles repeat across outlets (the one-article-many-outlets rule).
const person = fc.record({ name: fc.constantFrom('张三', '李四', '王五'), unit: fc.constantFrom('办公室', '城关镇', '', '（未填单位）') })
  .map((p) => makePerson(p.name, p.unit));
const pubs = fc.array(fc.record({
  title: fc.constantFrom('甲', '乙', '丙'), outlet: fc.constantFrom('青山发布', '人民日报'), level: fc.constantFrom(...rules.levels),
  genre: fc.constantFrom('消息', '通讯', '图片'), headline: fc.boolean(), authors: fc.array(person, { minLength: 1, maxLength: 4 }),
}), { maxLength: 30 }).map((xs) => xs.map((x, seq): Publication => ({
  ...x, seq, sheet: 's', row: seq + 2, titleKey: x.title, outletKey: x.outlet, day: 20000 + seq,
})));

describe('Totals', () => {
  it('are the per-person and per-unit definitions, in the order of first credit', () => {
    fc.assert(fc.property(pubs, (ps) => {
      const credits = creditsFor(ps, rules);
      const totals = totalsOf(credits, rules.levels);
      expect(totals.persons()).toEqual(referencePersons(credits));
      expect(totals.units()).toEqual(referenceUnits(credits));
    }), { numRuns: 300 });
  });

  it('added straight from forEachCredit, without credits, come out the same', () => {
    fc.assert(fc.property(pubs, (ps) => {
      const direct = new Totals(rules.levels);
      forEachCredit(ps, rules, (pub, i, share, points) => direct.add(pub.authors[i], points, share, pub));
      const credits = creditsFor(ps, rules);
      expect(direct.persons()).toEqual(referencePersons(credits));
      expect(direct.units()).toEqual(referenceUnits(credits));
    }), { numRuns: 200 });
  });
});
