// 一稿多发: the same normalised title by the same authors in several outlets within the period. Policy
// 'highest' pays and scores only the highest-paid publication; 'each' pays and scores every one. Either way
// every publication still counts in article counts and quotas.
import type { MultiOutletPolicy } from './rules';
import type { Publication } from './publication';

/** seq of publications that are NOT paid or scored (repeats of a better-paid publication). */
export function unscoredRepeats(pubs: readonly Publication[], policy: MultiOutletPolicy, fenOf: (p: Publication) => number): Set<number> {
  const out = new Set<number>();
  if (policy === 'each') return out;
  // Most titles appear once: the first publication of a title is kept as it is, an array made only for a second.
  const byTitle = new Map<string, Publication | Publication[]>();
  for (let i = 0; i < pubs.length; i++) { // an index loop: a for-of allocates an iterator result per article when cold
    const p = pubs[i];
    const g = byTitle.get(p.titleKey);
    if (g === undefined) byTitle.set(p.titleKey, p);
    else if (Array.isArray(g)) g.push(p);
    else byTitle.set(p.titleKey, [g, p]);
  }
  // Only titles seen more than once can repeat; split those by author set.
  const groups: Publication[][] = [];
  for (const sameTitle of byTitle.values()) {
    if (!Array.isArray(sameTitle)) continue;
    const byAuthors = new Map<string, Publication[]>();
    for (const p of sameTitle) {
      const k = p.authors.map((a) => a.name).sort().join('、');
      const g = byAuthors.get(k);
      if (g) g.push(p); else byAuthors.set(k, [p]);
    }
    groups.push(...byAuthors.values());
  }
  for (const g of groups) {
    if (g.length < 2 || new Set(g.map((p) => p.outletKey)).size < 2) continue;
    const best = [...g].sort((a, b) => fenOf(b) - fenOf(a) || a.day - b.day || a.seq - b.seq)[0];
    for (const p of g) if (p !== best) out.add(p.seq);
  }
  return out;
}
