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
  const order = Array.from({ length: n }, (_, i) => i);
  // the index last: the same order as a stable sort of the lines
  order.sort((i, j) => late[i] - late[j] || who[i] - who[j] || day[i] - day[j] || seq[i] - seq[j] || i - j);
  return order.map((i) => lines[i]);
}
