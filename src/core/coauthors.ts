// Co-author policy: equal split | each author full credit | first author share (rest equal).
// Money splits are exact in fen with the remainder to the first author.
import type { CoAuthorPolicy } from './rules';
import { splitFen } from './money';

/** Each author's share of one article (折合篇数); for 'full' every author has 1. */
export function authorShares(policy: CoAuthorPolicy, n: number, firstShare: number): number[] {
  if (n <= 1) return [1];
  if (policy === 'full') return Array(n).fill(1);
  if (policy === 'first') return [firstShare, ...Array(n - 1).fill((1 - firstShare) / (n - 1))];
  return Array(n).fill(1 / n);
}

/** Each author's money in fen for an article worth `fen`. */
export function splitArticleFen(policy: CoAuthorPolicy, fen: number, n: number, firstShare: number): number[] {
  if (n <= 1) return [fen];
  if (policy === 'full') return Array(n).fill(fen);
  return splitFen(fen, authorShares(policy, n, firstShare));
}
