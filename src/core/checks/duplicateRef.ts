import { isRegExpSpace } from "../text/trimEnd";
import type { DetectedRow } from "../detect/types";
import type { Finding, RowCheck } from "./types";

/**
 * A ref as duplicates compare it: `ref.trim().toLowerCase().replace(/[.)\s]+$/, "")`, with a loop for the
 * expression, which tries a match from every position of every ref.
 */
function refKey(ref: string): string {
  const lower = ref.trim().toLowerCase();
  let end = lower.length;
  while (end > 0) {
    const c = lower.charCodeAt(end - 1);
    if (c !== 46 && c !== 41 && !isRegExpSpace(c)) break;
    end--;
  }
  return end === lower.length ? lower : lower.slice(0, end);
}

/**
 * Refs that appear more than once among rows that belong together (a table and its continuation after a
 * page break). Returns, for each repeated row, the row where the ref was first seen.
 */
export function duplicateRefs(rows: readonly DetectedRow[]): Map<DetectedRow, DetectedRow> {
  const first = new Map<string, DetectedRow>();
  const repeats = new Map<DetectedRow, DetectedRow>();
  for (const row of rows) {
    if (row.ref === null) continue;
    const key = refKey(row.ref);
    if (key === "") continue;
    const seen = first.get(key);
    if (seen) repeats.set(row, seen);
    else first.set(key, row);
  }
  return repeats;
}

const NONE: readonly Finding[] = Object.freeze([]);

/** A reference already used by an earlier action of the table (found by duplicateRefs, once a table). */
export const duplicateRefCheck: RowCheck = {
  codes: ["duplicate-ref"],
  run: ({ table, firstRow }) =>
    firstRow
      ? [
          {
            code: "duplicate-ref",
            field: table.columns.ref !== undefined ? "ref" : "action",
            params: { firstRow: firstRow.row },
          },
        ]
      : NONE,
};
