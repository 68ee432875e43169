// A stable sort for lists that are mostly in order already: the payout history read back from our own sheet is
// sorted, and a run appends its quarter's records at the end. The longest ordered head is kept as it is, only the
// tail is sorted, then the two are merged: the same order as [...items].sort(compare), in O(n) for a sorted list.

/** Exactly [...items].sort(compare) (stable: ties keep their order), for a consistent comparator. */
export function sortMostlySorted<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  let head = 1;
  while (head < items.length && compare(items[head - 1], items[head]) <= 0) head++;
  if (head >= items.length) return items.slice();
  const tail = items.slice(head).sort(compare);
  const out: T[] = new Array(items.length);
  let i = 0;
  let j = 0;
  let k = 0;
  // On a tie the head's item goes first: it came first in `items`, as a stable sort keeps it.
  while (i < head && j < tail.length) out[k++] = compare(items[i], tail[j]) <= 0 ? items[i++] : tail[j++];
  while (i < head) out[k++] = items[i++];
  while (j < tail.length) out[k++] = tail[j++];
  return out;
}
