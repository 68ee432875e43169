// Credits: what each author of each publication gets (money, points, article shares) under the rules.
import type { Rules } from './rules';
import type { Publication } from './publication';
import { authorShares, splitArticleFen } from './coauthors';
import { unscoredRepeats } from './multiOutlet';
import { publicationPoints } from './points';
import { publicationBaseFen, publicationFen } from './stipendRate';
import type { Person } from './persons';
import { wholeFen } from './money';

export interface Credit {
  pub: Publication;
  person: Person;
  personKey: string;
  authorIndex: number;
  authorCount: number;
  share: number; // 折合篇数 share
  points: number; // after share
  baseFen: number; // money table value
  articleFen: number; // after headline factor (and 0 for an unscored repeat)
  fen: number; // this author's money
  scored: boolean; // false: a repeat under the one-article-many-outlets policy
}

/** splitArticleFen remembered by author count and (positive) amount; zero amounts (an unscored repeat) keep
 *  their sign through the split, so they are not merged under one key. */
function splitOf(fensOf: Array<Map<number, readonly number[]>>, articleFen: number, n: number, rules: Rules): readonly number[] {
  if (!(articleFen > 0)) return splitArticleFen(rules.coAuthor, articleFen, n, rules.firstShare);
  const byFen = (fensOf[n] ??= new Map());
  let fens = byFen.get(articleFen);
  if (!fens) byFen.set(articleFen, (fens = splitArticleFen(rules.coAuthor, articleFen, n, rules.firstShare)));
  return fens;
}

/** One author's credit, as creditsFor makes it, handed over as arguments: totals over a year to date (sixty thousand
 *  credits) need no Credit object each. */
export type CreditVisitor = (pub: Publication, authorIndex: number, share: number, points: number, baseFen: number,
  articleFen: number, fen: number, scored: boolean) => void;

/** Every credit of a set of publications, in order (publication by publication, authors in order); the
 *  one-article-many-outlets rule applies within that set. */
export function forEachCredit(pubs: readonly Publication[], rules: Rules, visit: CreditVisitor): void {
  const repeats = unscoredRepeats(pubs, rules.multiOutlet, (p) => publicationFen(p, rules));
  const sharesOf: number[][] = []; // by author count: the same few arrays for every article
  // by author count and article amount: a money table has a few amounts, so a few splits serve every article
  const fensOf: Array<Map<number, readonly number[]>> = [];
  for (let p = 0; p < pubs.length; p++) { // an index loop: a for-of allocates an iterator result per article when cold
    const pub = pubs[p];
    const n = pub.authors.length;
    const scored = !repeats.has(pub.seq);
    const articleFen = scored ? publicationFen(pub, rules) : 0;
    const shares = (sharesOf[n] ??= authorShares(rules.coAuthor, n, rules.firstShare));
    const fens = splitOf(fensOf, articleFen, n, rules);
    const pts = scored ? publicationPoints(pub, rules) : 0;
    const baseFen = publicationBaseFen(pub, rules);
    for (let i = 0; i < n; i++) visit(pub, i, shares[i], pts * shares[i], baseFen, articleFen, wholeFen(fens[i]), scored); // see wholeFen
  }
}

/** Credits for a set of publications; the one-article-many-outlets rule applies within that set. */
export function creditsFor(pubs: readonly Publication[], rules: Rules): Credit[] {
  const out: Credit[] = [];
  forEachCredit(pubs, rules, (pub, i, share, points, baseFen, articleFen, fen, scored) => {
    const person = pub.authors[i];
    out.push({ pub, person, personKey: person.key, authorIndex: i, authorCount: pub.authors.length, share, points, baseFen, articleFen, fen, scored });
  });
  return out;
}
