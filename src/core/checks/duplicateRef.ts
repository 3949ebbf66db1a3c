import type { DetectedRow } from "../detect/types";

/**
 * Refs that appear more than once among rows that belong together (a table and its continuation after a
 * page break). Returns, for each repeated row, the row where the ref was first seen.
 */
export function duplicateRefs(rows: readonly DetectedRow[]): Map<DetectedRow, DetectedRow> {
  const first = new Map<string, DetectedRow>();
  const repeats = new Map<DetectedRow, DetectedRow>();
  for (const row of rows) {
    if (row.ref === null) continue;
    const key = row.ref
      .trim()
      .toLowerCase()
      .replace(/[.)\s]+$/, "");
    if (key === "") continue;
    const seen = first.get(key);
    if (seen) repeats.set(row, seen);
    else first.set(key, row);
  }
  return repeats;
}
