// Per-person and per-unit totals over credits: points, 参与篇数, 折合篇数, counts by level.
// A unit is credited an article once however many of its people signed it; its points are its people's shares.
import type { Credit } from './credits';
import type { Person } from './persons';

export interface PersonStats {
  key: string;
  person: Person;
  points: number;
  articles: number;
  shareArticles: number;
  byLevel: Record<string, number>;
  label: string;
}

export interface UnitStats {
  unit: string;
  points: number;
  articles: number;
  byLevel: Record<string, number>;
  people: number;
  label: string;
}

function zeroLevels(levels: readonly string[]): Record<string, number> {
  return Object.fromEntries(levels.map((l) => [l, 0]));
}

export function personStats(credits: readonly Credit[], levels: readonly string[]): Map<string, PersonStats> {
  const map = new Map<string, PersonStats>();
  for (let i = 0; i < credits.length; i++) { // index loops: a for-of allocates an iterator result per credit when cold
    const c = credits[i];
    let s = map.get(c.personKey);
    if (!s) {
      s = { key: c.personKey, person: c.person, points: 0, articles: 0, shareArticles: 0, byLevel: zeroLevels(levels),
        label: `${c.person.name}${c.person.unit}` };
      map.set(c.personKey, s);
    }
    s.points += c.points;
    s.articles += 1;
    s.shareArticles += c.share;
    s.byLevel[c.pub.level] = (s.byLevel[c.pub.level] ?? 0) + 1;
  }
  return map;
}

export function unitStats(credits: readonly Credit[], levels: readonly string[]): Map<string, UnitStats> {
  const map = new Map<string, UnitStats & { seqs: Set<number>; keys: Set<string> }>();
  for (let i = 0; i < credits.length; i++) {
    const c = credits[i];
    const unit = c.person.unit || '（未填单位）';
    let s = map.get(unit);
    if (!s) {
      s = { unit, points: 0, articles: 0, byLevel: zeroLevels(levels), people: 0, label: unit, seqs: new Set(), keys: new Set() };
      map.set(unit, s);
    }
    s.points += c.points;
    s.keys.add(c.personKey);
    if (!s.seqs.has(c.pub.seq)) {
      s.seqs.add(c.pub.seq);
      s.articles += 1;
      s.byLevel[c.pub.level] = (s.byLevel[c.pub.level] ?? 0) + 1;
    }
  }
  const out = new Map<string, UnitStats>();
  for (const [k, { seqs: _s, keys, ...rest }] of map) out.set(k, { ...rest, people: keys.size });
  return out;
}
