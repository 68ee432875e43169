// SPEC.md, Validation: the same title counted in other outlets is a warning (scored by the 一稿多发 rule).
import type { Publication } from '../publication';
import type { RowCheck } from './rowCheck';

/** Runs once the row's publication is built, since it names the outlets already counted. */
export function sameTitleOutlets(row: RowCheck, pub: Publication): void {
  const first = row.sameTitle!;
  if (!first.next) return; // the title's only row
  const others = new Set<string>();
  for (let x: typeof first | undefined = first; x; x = x.next) if (x.pub && x.outletKey !== pub.outletKey) others.add(x.pub.outlet);
  if (others.size) row.add('title', 'warning', 'MULTI_OUTLET', `同一稿件也刊发于${[...others].join('、')}（一稿多发，按“一稿多发”规则计）`, row.title);
}
