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
