/**
 * Estimates of what a command costs on the wire, so large operations are split into requests that stay
 * under Excel on the web's 5 MB limit. Office.js sends each command as an action plus an object path
 * (about 200 bytes of JSON), plus its arguments; a cell's fill (colour, pattern, pattern colour, two tints) comes back as about 120 bytes.
 */
export const BYTES_PER_COMMAND = 200;
export const BYTES_PER_FILL_READ = 128;

/** What the adapter aims to keep each request and response under (default 4 MB of the 5 MB limit). */
export const DEFAULT_BATCH_BUDGET = 4 * 1024 * 1024;

/**
 * Groups items in order into batches whose summed cost stays under `budget` (an item over the budget
 * travels alone). `reserve` is taken from the first batch's budget for what it carries besides the items.
 */
export function packBatches<T>(
  items: readonly T[],
  cost: (item: T) => number,
  budget: number,
  reserve = 0
): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let used = reserve;
  for (const item of items) {
    const c = cost(item);
    if (cur.length > 0 && used + c > budget) {
      out.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(item);
    used += c;
  }
  if (cur.length > 0 || out.length === 0) out.push(cur);
  return out;
}
