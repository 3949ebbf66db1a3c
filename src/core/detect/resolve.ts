import type { FieldName } from "../schema/fields";
import { ACTION_FALLBACK, PERIOD_RE } from "../schema/vocabulary";
import { tracksActions } from "./inferAction";
import { type HeaderMatch, kindRank, matchHeader } from "./match";

/** A reading this sure (an exact synonym, a rule or a head term) is a column of its field even when another
 * column of the row wins the field. */
export const FIRM_SCORE = 0.75;

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
  const matches = withDisplaced(withFallbacks(given));
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
    const latest =
      (field === "status" || field === "progress") &&
      cols.filter((c) => dated(matches.get(c))).length > 1;
    // several dated RAG or update columns ("RAG May 20" … "RAG August 22", "Update – Spring 2023 |
    // Update – Summer 2023") are a history: the rightmost is the latest
    const order = (a: number, b: number): number => (latest ? b - a : a - b);
    const best = [...cols].sort(
      (a, b) => score(b) - score(a) || rank(a) - rank(b) || order(a, b)
    )[0];
    if (best === undefined) continue;
    chosen.set(field, best);
    // a loose reading that lost ("Date" beside "Target date", "Lead" beside "Action owner") is no claim:
    // the column names no field, rather than a second column of this one
    const kept = cols.filter((c) => c === best || score(c) >= FIRM_SCORE);
    if (kept.length < cols.length) claims.set(field, kept);
  }
  dropEntryDate(chosen, claims, matches);
  return { chosen, claims, matches };
}

const DATE_HEADER = /\bdates?\b/i;

/** A header that names a period ("RAG May 20", "Status Q3"): one of a series of dated updates. */
function dated(m: HeaderMatch | undefined): boolean {
  return m !== undefined && (m.dated === true || PERIOD_RE.test(m.phrase));
}

/**
 * A row with no column that names the action takes the first whose header has the action as its fallback
 * ("Recommendation | Responsible officer | Target date": the recommendation is what is acted on).
 */
function withFallbacks(
  matches: ReadonlyMap<number, HeaderMatch>
): ReadonlyMap<number, HeaderMatch> {
  for (const m of matches.values()) if (m.field === "action") return matches;
  const first = (c: number): number => ACTION_FALLBACK.indexOf(matches.get(c)?.phrase ?? "");
  const col = [...matches.keys()]
    .filter((c) => matches.get(c)?.alt === "action")
    .sort((a, b) => first(a) - first(b) || a - b)[0];
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
 * What each header of one row maps to once the row is read as a whole: null for a column that names no
 * field or that lost a loose reading to a better column; `secondary` for a second column of a field (two
 * outcome columns), which detection reports as a duplicate. What the vocabulary test scores.
 */
export function mapHeaderRow(
  headers: readonly string[]
): ({ readonly match: HeaderMatch; readonly secondary: boolean } | null)[] {
  const given = new Map<number, HeaderMatch>();
  headers.forEach((h, i) => {
    const m = matchHeader(h);
    if (m) given.set(i, m);
  });
  const { chosen, claims, matches } = resolveClaims(given);
  const inferred = chosen.has("action") ? -1 : actionByPlace(headers, matches, claims);
  return headers.map((_h, i) => {
    if (i === inferred) return { match: inferredMatch(headers[i] ?? ""), secondary: false };
    const m = matches.get(i);
    if (!m || !claims.get(m.field)?.includes(i)) return null;
    return { match: m, secondary: chosen.get(m.field) !== i };
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

/**
 * Detection's inference of the action column (the column of longest text, an unnamed one before an
 * outcome column) for a row with no text under it: the first column that names no field, else the first
 * outcome column, else a bare "Item" column. Only in a row that tracks actions (an owner or a due column and another field).
 */
function actionByPlace(
  headers: readonly string[],
  matches: ReadonlyMap<number, HeaderMatch>,
  claims: ReadonlyMap<FieldName, readonly number[]>
): number {
  const named = new Map<number, HeaderMatch>();
  for (const [c, m] of matches) if (claims.get(m.field)?.includes(c)) named.set(c, m);
  if (!tracksActions(named)) return -1;
  // a column headed by a date ("Real end date", a "Date" that lost) holds dates, never the action
  const unnamed = headers.findIndex(
    (h, i) => h.trim() !== "" && !named.has(i) && !DATE_HEADER.test(h)
  );
  if (unnamed !== -1) return unnamed;
  const outcome = headers.findIndex((_h, i) => named.get(i)?.field === "outcome");
  if (outcome !== -1) return outcome;
  // a list of "Item | Status | Lead Officer": the item is the business tracked, the only place left for it
  return headers.findIndex((h, i) => named.get(i)?.field === "ref" && ITEM_HEADER.test(h));
}

/** A header that is only the word "Item(s)": the reference where an action column names the work. */
const ITEM_HEADER = /^\s*items?\s*$/i;

function inferredMatch(header: string): HeaderMatch {
  return {
    field: "action",
    kind: "inferred",
    phrase: header,
    score: 0.5,
    reason: "no header names the action: inferred from the columns around it",
  };
}

/**
 * A column whose reading displaces others (an Open / Closed column) takes its field; the other columns
 * that read as that field are read as the displaced field instead, when no column names that one.
 */
function withDisplaced(
  matches: ReadonlyMap<number, HeaderMatch>
): ReadonlyMap<number, HeaderMatch> {
  const winner = [...matches.values()].find((m) => m.displaces !== undefined);
  const to = winner?.displaces;
  if (!winner || !to) return matches;
  // columns of one field each dated ("Open/Closed (FEB23)", "New status (MAR23)") are review rounds:
  // the latest is the field, not commentary beside the first
  const series = [...matches.values()].filter((m) => m.field === winner.field && dated(m));
  if (dated(winner) && series.length > 1) return matches;
  const free = ![...matches.values()].some((m) => m.field === to);
  const out = new Map(matches);
  for (const [c, m] of matches) {
    if (m === winner || m.field !== winner.field) continue;
    const why = `${m.reason}; beside an open / closed column it is commentary`;
    // the displaced field when free; else a loose reading, which loses to the winner and names nothing
    out.set(c, free ? { ...m, field: to, reason: why } : { ...m, score: Math.min(m.score, 0.5) });
  }
  return out;
}
