import type { FieldName } from "../schema/fields";
import { type HeaderMatch, kindRank, matchHeader } from "./match";

/** Which column each field went to, and the fields two or more columns claimed. */
export interface Resolved {
  readonly chosen: ReadonlyMap<FieldName, number>;
  readonly claims: ReadonlyMap<FieldName, readonly number[]>;
  /** The matches as resolved (a fallback applied). */
  readonly matches: ReadonlyMap<number, HeaderMatch>;
}

/**
 * Gives each field one column: of the columns that claim it, the higher score wins (a bare "Date" loses to
 * "Target date"), then the stronger kind of match, then the leftmost.
 */
export function resolveClaims(given: ReadonlyMap<number, HeaderMatch>): Resolved {
  const matches = withFallbacks(given);
  const claims = new Map<FieldName, number[]>();
  for (const [col, m] of [...matches].sort((a, b) => a[0] - b[0])) {
    const list = claims.get(m.field) ?? [];
    list.push(col);
    claims.set(m.field, list);
  }
  const chosen = new Map<FieldName, number>();
  const score = (c: number): number => matches.get(c)?.score ?? 0;
  const rank = (c: number): number => kindRank(matches.get(c)?.kind ?? "contains");
  for (const [field, cols] of claims) {
    const best = [...cols].sort((a, b) => score(b) - score(a) || rank(a) - rank(b) || a - b)[0];
    if (best !== undefined) chosen.set(field, best);
  }
  dropEntryDate(chosen, claims, matches);
  return { chosen, claims, matches };
}

/**
 * A row with no column that names the action takes the first whose header has the action as its fallback
 * ("Recommendation | Responsible officer | Target date": the recommendation is what is acted on).
 */
function withFallbacks(
  matches: ReadonlyMap<number, HeaderMatch>
): ReadonlyMap<number, HeaderMatch> {
  for (const m of matches.values()) if (m.field === "action") return matches;
  const col = [...matches.keys()]
    .sort((a, b) => a - b)
    .find((c) => matches.get(c)?.alt === "action");
  const m = col === undefined ? undefined : matches.get(col);
  if (col === undefined || !m) return matches;
  const out = new Map(matches);
  out.set(col, {
    ...m,
    field: "action",
    reason: `${m.reason}; no other column names the action, so it is read as the action`,
  });
  return out;
}

/**
 * The field each header of one row maps to once the row is read as a whole (null for a column that names
 * none or lost its field to a better column), with the match: what the vocabulary test scores.
 */
export function mapHeaderRow(headers: readonly string[]): (HeaderMatch | null)[] {
  const matches = new Map<number, HeaderMatch>();
  headers.forEach((h, i) => {
    const m = matchHeader(h);
    if (m) matches.set(i, m);
  });
  const resolved = resolveClaims(matches);
  return headers.map((_h, i) => {
    const m = resolved.matches.get(i);
    const chosen = resolved.chosen;
    return m && chosen.get(m.field) === i ? m : null;
  });
}

/**
 * A bare "Date" left of the action column is when the entry was made (a log or minutes lists items by the
 * meeting that raised them), not when the action is due: it names no field.
 */
function dropEntryDate(
  chosen: Map<FieldName, number>,
  claims: Map<FieldName, number[]>,
  matches: ReadonlyMap<number, HeaderMatch>
): void {
  const due = chosen.get("due");
  const action = chosen.get("action");
  if (due === undefined || action === undefined || due > action) return;
  const m = matches.get(due);
  if (!m || m.kind !== "synonym" || m.score >= 1) return;
  chosen.delete("due");
  claims.delete("due");
}
