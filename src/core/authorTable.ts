// Every counted article's authors as small numbers, made once a run: the notice's period summaries and the quota
// counts each go over tens of thousands of author slots, and count people and units by number (typed arrays)
// instead of hashing a person key and a unit per slot.
import type { Person } from './persons';
import type { Publication } from './publication';

export class AuthorTable {
  /** the person ids of pubs[i]'s authors, in order: ids[start[i]] up to ids[start[i + 1]] (exclusive) */
  readonly start: Int32Array;
  readonly ids: Int32Array;
  /** by person id, one per person key: the first Person met with that key */
  readonly people: Person[] = [];
  /** by person id: the id of the person's unit */
  readonly unitOf: number[] = [];
  /** by unit id: the unit as the person has it ('' included) */
  readonly units: string[] = [];
  /** the level of pubs[i] as its index in `levels` (a ledger has a handful, in the order first met) */
  readonly levelOf: Int32Array;
  readonly levels: string[] = [];
  private readonly unitIds = new Map<string, number>();
  /** per person and per unit: the last count that met it (see distinct) */
  private readonly personSeen: Int32Array;
  private readonly unitSeen: Int32Array;
  private round = 0;

  constructor(readonly pubs: readonly Publication[]) {
    let slots = 0;
    for (let i = 0; i < pubs.length; i++) slots += pubs[i].authors.length;
    this.start = new Int32Array(pubs.length + 1);
    this.ids = new Int32Array(slots);
    this.levelOf = new Int32Array(pubs.length);
    const byKey = new Map<string, number>();
    let s = 0;
    for (let i = 0; i < pubs.length; i++) { // index loops: a for-of allocates an iterator result per article when cold
      this.start[i] = s;
      let level = this.levels.indexOf(pubs[i].level);
      if (level < 0) level = this.levels.push(pubs[i].level) - 1;
      this.levelOf[i] = level;
      const authors = pubs[i].authors;
      for (let k = 0; k < authors.length; k++) {
        const a = authors[k];
        let id = byKey.get(a.key);
        if (id === undefined) {
          id = this.people.length;
          byKey.set(a.key, id);
          this.people.push(a);
          this.unitOf.push(this.unitId(a.unit, true));
        }
        this.ids[s++] = id;
      }
    }
    this.start[pubs.length] = s;
    this.personSeen = new Int32Array(this.people.length);
    this.unitSeen = new Int32Array(this.units.length);
  }

  /** The id of a unit, -1 when no author has it (or a new id, when `add`). */
  unitId(unit: string, add = false): number {
    let id = this.unitIds.get(unit);
    if (id === undefined) {
      if (!add) return -1;
      this.unitIds.set(unit, (id = this.units.length));
      this.units.push(unit);
    }
    return id;
  }

  /** Articles of pubs[from] up to pubs[to] by level id. */
  levelCounts(from: number, to: number): Int32Array {
    const counts = new Int32Array(this.levels.length);
    for (let i = from; i < to; i++) counts[this.levelOf[i]]++;
    return counts;
  }

  /** Distinct people (by key) and distinct non-blank units among the authors of pubs[from] up to pubs[to]. */
  distinct(from: number, to: number): { people: number; units: number } {
    const round = ++this.round;
    let people = 0;
    let units = 0;
    for (let s = this.start[from]; s < this.start[to]; s++) {
      const id = this.ids[s];
      if (this.personSeen[id] === round) continue;
      this.personSeen[id] = round;
      people++;
      const u = this.unitOf[id];
      if (this.unitSeen[u] !== round && this.units[u] !== '') {
        this.unitSeen[u] = round;
        units++;
      }
    }
    return { people, units };
  }
}
