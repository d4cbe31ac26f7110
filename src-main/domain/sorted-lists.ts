// Keeping a long list in order across small changes. Sorting 5,000 names with the Danish collator costs 6–30 ms, and a
// deleted or added speaker changed one of them: the list sorted last time already holds the answer for the rest.

/** Above this many new items a plain sort is as quick as putting each in place. */
const INSERT_AT_MOST = 64;

/** The index in `sorted` after every item that does not sort after `item` (so equal items keep their arrival order). */
function placeFor<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(sorted[middle]!, item) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `next` in the order of `compare`. `previous` is an earlier list sorted by the same `compare` (null: none): the items
 * both hold (the same objects) keep their order from it, those it lacks are put in place, one binary search each.
 */
export function resorted<T>(previous: readonly T[] | null, next: readonly T[], compare: (a: T, b: T) => number): T[] {
  if (previous === null) return [...next].sort(compare);
  const inPrevious = new Set(previous);
  const added = next.filter((item) => !inPrevious.has(item));
  if (added.length > INSERT_AT_MOST) return [...next].sort(compare);
  const inNext = new Set(next);
  const sorted = previous.filter((item) => inNext.has(item));
  for (const item of added) sorted.splice(placeFor(sorted, item, compare), 0, item);
  return sorted;
}
