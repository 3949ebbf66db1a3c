// Speed: a big plan has tens of thousands of exceptions to order. Sorting positions by two numbers each,
// made once, is cheaper than comparing fields (and date strings) in every comparison; and when the second
// number already rises with the position, as the engine lists actions sheet by sheet and row by row, the
// stable sort is a grouping by the first number (a few hundred ratings × due dates), not a sort item by item.

/** yyyymmdd of an ISO date ("2014-03-31" → 20140331); NaN when the text is not one. */
export function isoDateNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = iso.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** `items` in a stable sort by `first[i]`, then `second[i]` (both finite numbers, one per item). */
export function sortedByNumbers<T>(
  items: readonly T[],
  first: Float64Array,
  second: Float64Array
): T[] {
  if (nonDecreasing(second)) return groupedByKey(items, first);
  const positions = items.map((_, i) => i);
  positions.sort(
    (i, j) => (first[i] ?? 0) - (first[j] ?? 0) || (second[i] ?? 0) - (second[j] ?? 0)
  );
  return positions.map((i) => items[i] as T);
}

function nonDecreasing(keys: Float64Array): boolean {
  for (let i = 1; i < keys.length; i++)
    if ((keys[i] as number) < (keys[i - 1] as number)) return false;
  return true;
}

/**
 * The stable sort by `keys` of items whose second key already rises with their position: ties then keep
 * their order, so the list is grouped by key and the groups put in order.
 */
function groupedByKey<T>(items: readonly T[], keys: Float64Array): T[] {
  const groups = new Map<number, T[]>();
  for (let i = 0; i < items.length; i++) {
    const key = keys[i] as number;
    const group = groups.get(key);
    if (group) group.push(items[i] as T);
    else groups.set(key, [items[i] as T]);
  }
  const out: T[] = [];
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    for (const item of groups.get(key) as T[]) out.push(item);
  }
  return out;
}
