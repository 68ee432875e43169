// The order of the 稿酬明细 table: this period's lines before 补发, then by unit, name, publication day and ledger
// order (lines equal on all of these keep their order).
import type { Person } from '../persons';
import type { StipendLine } from '../stipends';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The lines sorted. A quarter has tens of thousands of lines but a few hundred people: the people are put in
 *  order once, and the lines are sorted by numbers (no text comparison through three objects per comparison). */
export function stipendLineOrder(lines: readonly StipendLine[]): StipendLine[] {
  const people = [...new Set(lines.map((l) => l.credit.person))]
    .sort((a, b) => byText(a.unit, b.unit) || byText(a.name, b.name));
  // people equal on unit and name (two objects for one person) share a place
  const place = new Map<Person, number>();
  people.forEach((p, i) => {
    const before = people[i - 1];
    place.set(p, before && before.unit === p.unit && before.name === p.name ? place.get(before)! : i);
  });
  const n = lines.length;
  const late = new Uint8Array(n);
  const who = new Int32Array(n);
  const day = new Float64Array(n);
  const seq = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const { credit } = lines[i];
    late[i] = lines[i].late ? 1 : 0;
    who[i] = place.get(credit.person)!;
    day[i] = credit.pub.day;
    seq[i] = credit.pub.seq;
  }
  const bucketed = byPersonInOrder(lines, late, who, day, seq, people.length);
  if (bucketed) return bucketed;
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  // the index last: the same order as a stable sort of the lines
  order.sort((i, j) => late[i] - late[j] || who[i] - who[j] || day[i] - day[j] || seq[i] - seq[j] || i - j);
  return order.map((i) => lines[i]);
}

/** The same order without comparing: a run's lines come by day and ledger order (the period's, then each late
 *  quarter's), so each person's lines, 补发 or not, are in order already, and a stable split by (补发, place) sorts
 *  them. Null when some person's lines are not in that order (the comparison sort then decides). */
function byPersonInOrder(lines: readonly StipendLine[], late: Uint8Array, who: Int32Array, day: Float64Array, seq: Float64Array,
  places: number): StipendLine[] | null {
  const n = lines.length;
  const bucket = (i: number) => late[i] * places + who[i];
  const lastDay = new Float64Array(2 * places).fill(-Infinity);
  const lastSeq = new Float64Array(2 * places);
  const starts = new Int32Array(2 * places + 1);
  for (let i = 0; i < n; i++) {
    const b = bucket(i);
    if (day[i] < lastDay[b] || (day[i] === lastDay[b] && seq[i] < lastSeq[b])) return null;
    lastDay[b] = day[i];
    lastSeq[b] = seq[i];
    starts[b + 1]++;
  }
  for (let b = 0; b < 2 * places; b++) starts[b + 1] += starts[b];
  const out: StipendLine[] = new Array(n);
  for (let i = 0; i < n; i++) out[starts[bucket(i)]++] = lines[i];
  return out;
}
