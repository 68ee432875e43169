// Money is integer fen (分) everywhere; yuan only at the edges.
export function yuan(fen: number): number {
  return Math.round(fen) / 100;
}

/** Split `total` fen by weights; every share is whole fen and the remainder goes to the first share with a
 *  positive weight (the first author). */
export function splitFen(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (sum > 0 ? Math.floor((total * w) / sum) : 0));
  const first = Math.max(0, weights.findIndex((w) => w > 0));
  shares[first] += total - shares.reduce((a, b) => a + b, 0);
  return shares;
}

/** The same amount, held as a small integer where it is one. Amounts computed through arrays of fractions (the
 *  co-author split) come out as boxed doubles although whole; V8 gives objects of one shape one representation
 *  per field, so one such amount among a hundred thousand payout records read with small integers moves every
 *  record to a new shape on its next access (measured: a quarter of a second in the CLI). */
export function wholeFen(fen: number): number {
  return (fen | 0) === fen && (fen !== 0 || 1 / fen > 0) ? fen | 0 : fen;
}
