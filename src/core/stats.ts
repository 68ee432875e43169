// Per-person and per-unit totals over credits: points, 参与篇数, 折合篇数, counts by level.
// A unit is credited an article once however many of its people signed it; its points are its people's shares.
import type { Credit } from './credits';
import type { Person } from './persons';
import type { Publication } from './publication';

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

/** the unit of people whose unit is blank */
export const NO_UNIT = '（未填单位）';

function zeroLevels(levels: readonly string[]): Record<string, number> {
  return Object.fromEntries(levels.map((l) => [l, 0]));
}

interface UnitEntry { stats: UnitStats; lastSeq: number }

/**
 * Totals added credit by credit, with one map lookup each: a person's unit is part of who they are (the person
 * key holds it), so each person's entry leads to their unit's. The credits of one publication must come one after
 * another, as creditsFor and forEachCredit give them: a unit counts an article when the first of its authors comes.
 */
export class Totals {
  private readonly people = new Map<string, { stats: PersonStats; unit: UnitEntry }>();
  private readonly unitsByName = new Map<string, UnitEntry>();

  constructor(private readonly levels: readonly string[]) {}

  add(person: Person, points: number, share: number, pub: Publication): void {
    let entry = this.people.get(person.key);
    if (entry === undefined) {
      const name = person.unit || NO_UNIT;
      let unit = this.unitsByName.get(name);
      if (unit === undefined) {
        unit = { stats: { unit: name, points: 0, articles: 0, byLevel: zeroLevels(this.levels), people: 0, label: name }, lastSeq: -1 };
        this.unitsByName.set(name, unit);
      }
      unit.stats.people++;
      entry = { stats: { key: person.key, person, points: 0, articles: 0, shareArticles: 0, byLevel: zeroLevels(this.levels),
        label: `${person.name}${person.unit}` }, unit };
      this.people.set(person.key, entry);
    }
    const s = entry.stats;
    s.points += points;
    s.articles += 1;
    s.shareArticles += share;
    s.byLevel[pub.level] = (s.byLevel[pub.level] ?? 0) + 1;
    const u = entry.unit;
    u.stats.points += points;
    if (u.lastSeq !== pub.seq) {
      u.lastSeq = pub.seq;
      u.stats.articles += 1;
      u.stats.byLevel[pub.level] = (u.stats.byLevel[pub.level] ?? 0) + 1;
    }
  }

  /** per person key, in the order of their first credit */
  persons(): PersonStats[] {
    return Array.from(this.people.values(), (e) => e.stats);
  }

  /** per unit, in the order of their first credit */
  units(): UnitStats[] {
    return Array.from(this.unitsByName.values(), (e) => e.stats);
  }
}

/** Totals of credits (those of one publication together, as creditsFor gives them). */
export function totalsOf(credits: readonly Credit[], levels: readonly string[]): Totals {
  const totals = new Totals(levels);
  for (let i = 0; i < credits.length; i++) { // an index loop: a for-of allocates an iterator result per credit when cold
    const c = credits[i];
    totals.add(c.person, c.points, c.share, c.pub);
  }
  return totals;
}
