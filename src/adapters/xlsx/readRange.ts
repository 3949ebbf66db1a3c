import type { CellRange } from "../../core/grid/types";

// A merge's range reference ("A3:E3") in sheet coordinates.

/** "BC12" → column 55 (row digits ignored); 0 when there are no letters. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    n = n * 26 + c - 96;
  }
  return n;
}

function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++;
  return Number(ref.slice(i)) || 0;
}

/** "A3:E3" → its range in sheet coordinates; null when it is not a range. */
export function rangeOf(ref: string): CellRange | null {
  const [a = "", b = a] = ref.trim().replace(/\$/g, "").split(":");
  const top = rowOf(a);
  const left = columnOf(a);
  const bottom = rowOf(b);
  const right = columnOf(b);
  if (!top || !left || !bottom || !right) return null;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
