import type { FieldName } from "../schema/fields";
import { type HeaderMatch, matchHeader } from "./match";
import { inferActionColumn, tracksActions } from "./inferAction";
import { FIRM_SCORE } from "./resolve";
import { leadingRef } from "./refs";
import { rowTexts } from "./rowText";
import { isHeadingText } from "./section";
import type { SheetView } from "./view";

/** A header row (or two rows read as one) and what each of its columns matched. */
export interface HeaderCandidate {
  readonly row: number;
  readonly rows: 1 | 2;
  readonly firstCol: number;
  readonly lastCol: number;
  /** Header text by column (two-row headers joined with a line break). */
  readonly headers: ReadonlyMap<number, string>;
  readonly matches: ReadonlyMap<number, HeaderMatch>;
}

/** Header cells longer than this are sentences or data, never column names. */
const MAX_HEADER_CHARS = 80;
/** Cells of a header's second row are short fragments ("how/when/by whom", "Personnel"). */
const MAX_SECOND_ROW_CHARS = 40;

/** Memoises header matching by raw cell text: data rows repeat owners, statuses and timescales. */
export type MatchCache = Map<string, HeaderMatch | null>;

function cachedMatch(cache: MatchCache, text: string): HeaderMatch | null {
  let m = cache.get(text);
  if (m === undefined) {
    m = matchHeader(text);
    cache.set(text, m);
  }
  return m;
}

/**
 * The rule for a header: one cell names the action, and either an owner or due column or two other fields
 * ("Action | Outcome | Progress": a plan missing both is still a plan; the checks say what it lacks). At least
 * half its cells name fields, unless it names three fields including an owner or due column, as a plan with
 * a column per month ("Apr | May | Jun …") does.
 */
function isHeader(matches: ReadonlyMap<number, HeaderMatch>, nonEmpty: number): boolean {
  if (matches.size < 2) return false;
  let action = false;
  let ownerOrDue = false;
  const fields = new Set<string>();
  for (const m of matches.values()) {
    fields.add(m.field);
    // a recommendation or a response is the action when no column names one ("PCP comment | PCC response")
    if (m.field === "action" || m.alt === "action") action = true;
    if (m.field === "owner" || m.field === "due") ownerOrDue = true;
  }
  if (!action) return false;
  if (matches.size * 2 >= nonEmpty)
    return ownerOrDue || fields.size >= 3 || allNamedFirmly(matches, nonEmpty);
  return ownerOrDue && fields.size >= 3;
}

/**
 * "Action | Status", "Recommendation | Management response": every cell names a field, the action and one
 * other firmly, so the row is a header though it lacks an owner and a due column (the checks then say so).
 * A loosely named cell beside them ("Guidance – summary of activity required") does not undo it.
 */
function allNamedFirmly(matches: ReadonlyMap<number, HeaderMatch>, nonEmpty: number): boolean {
  if (matches.size < nonEmpty) return false;
  let firm = 0;
  let firmAction = false;
  for (const m of matches.values()) {
    if (m.score < FIRM_SCORE) continue;
    firm++;
    if (m.field === "action" || m.alt === "action") firmAction = true;
  }
  return firmAction && firm >= 2;
}

function colOf(matches: ReadonlyMap<number, HeaderMatch>, field: FieldName): number | null {
  for (const [c, m] of matches) if (m.field === field) return c;
  return null;
}

/** The text of a second header row's cell, or "" when the first row's cell is merged down over it. */
function secondRowText(view: SheetView, row: number, col: number): string {
  const a = view.anchorOf(row, col);
  return a.row < row ? "" : view.text(row, col).trim();
}

/**
 * Whether `row` reads as the second line of the header above it: short text fragments only, none a number
 * or a reference, nothing under the action column unless it is itself header wording, and at least one
 * fragment that names a field on its own or together with the cell above ("Monitoring" / "how/when/by whom").
 */
function continuesHeader(
  view: SheetView,
  row: number,
  top: ReadonlyMap<number, HeaderMatch>,
  cache: MatchCache
): boolean {
  if (row > view.lastRow) return false;
  let any = false;
  let named = false;
  const actionCol = colOf(top, "action");
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const t = secondRowText(view, row, c);
    if (t === "") continue;
    any = true;
    if (typeof view.value(row, c) !== "string") return false;
    if (t.length > MAX_SECOND_ROW_CHARS || leadingRef(t) !== null) return false;
    // a head term or a rule over words alone does not make a fragment header wording: data reads that way
    // too ("Deliver thing number 1", "2004 review of provision")
    const read = cachedMatch(cache, t);
    const own = read?.kind === "head" || read?.kind === "rule" ? null : read;
    const above = own === null ? view.text(row - 1, c).trim() : "";
    const joined = above !== "" && cachedMatch(cache, `${above} ${t}`)?.kind === "synonym";
    if (c === actionCol && own === null && !joined) return false;
    if (own !== null || joined) named = true;
  }
  return any && named;
}

/** Best match of a two-row header column: an exact synonym of the joined, lower or upper text first. */
function combinedMatch(cache: MatchCache, top: string, bottom: string): HeaderMatch | null {
  if (bottom === "") return top === "" ? null : cachedMatch(cache, top);
  if (top === "") return cachedMatch(cache, bottom);
  const options = [
    cachedMatch(cache, `${top} ${bottom}`),
    cachedMatch(cache, bottom),
    cachedMatch(cache, top),
  ];
  return options.find((m) => m?.kind === "synonym") ?? options.find((m) => m !== null) ?? null;
}

function twoRowHeader(view: SheetView, row: number, cache: MatchCache): HeaderCandidate | null {
  const headers = new Map<number, string>();
  const matches = new Map<number, HeaderMatch>();
  let nonEmpty = 0;
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const top = view.text(row, c).trim();
    const bottom = secondRowText(view, row + 1, c);
    if (top === "" && bottom === "") continue;
    nonEmpty++;
    headers.set(c, top && bottom ? `${top}\n${bottom}` : top || bottom);
    if (top.length > MAX_HEADER_CHARS) continue;
    const m = combinedMatch(cache, top, bottom);
    if (m) matches.set(c, m);
  }
  if (!isHeader(matches, nonEmpty)) return null;
  return finish(row, 2, headers, matches);
}

function finish(
  row: number,
  rows: 1 | 2,
  headers: Map<number, string>,
  matches: Map<number, HeaderMatch>
): HeaderCandidate {
  const cols = [...headers.keys()];
  return { row, rows, firstCol: Math.min(...cols), lastCol: Math.max(...cols), headers, matches };
}

/**
 * Matches a row's cells, merged areas counted once. Null as soon as it cannot be a header (too few of its
 * cells can name a field). Cells already seen are checked first, so a data row (owners, statuses and dates
 * repeat) is dismissed before its unique action text is ever normalised.
 */
function rowMatches(
  view: SheetView,
  row: number,
  cache: MatchCache
): { matches: Map<number, HeaderMatch>; nonEmpty: number } | null {
  let nonEmpty = 0;
  let unmatched = 0;
  let lastAnchor = -1;
  // scratch, not a map per row: nearly every row is data and is dismissed before it is needed
  // (counted, never truncated: an array cut to length 0 drops its storage and grows it again)
  const { cols, found, deferred } = scratch;
  let nFound = 0;
  let nDeferred = 0;
  const text = view.plainText(row);
  const values = text && view.rawValues(row);
  if (text && values) {
    // the common case, every row of a big plan: no merged cell, so read the arrays directly. First the
    // cells that cannot name a field without a lookup (long text, numbers): with every cell counted, the
    // lookups can stop as soon as the row cannot be a header, as more misses never make it one again
    for (let i = 0; i < text.length; i++) {
      const t = text[i];
      if (t === "" || t === undefined) continue;
      nonEmpty++;
      if (t.length > MAX_HEADER_CHARS || typeof values[i] !== "string") unmatched++;
    }
    if (nonEmpty < 2 || hopeless(unmatched, nonEmpty)) return null;
    for (let i = 0; i < text.length; i++) {
      const t = text[i];
      if (t === "" || t === undefined) continue;
      if (t.length > MAX_HEADER_CHARS || typeof values[i] !== "string") continue;
      const m = cache.get(t);
      if (m === undefined) deferred[nDeferred++] = view.firstCol + i;
      else if (m === null) {
        if (hopeless(++unmatched, nonEmpty)) return null;
      } else {
        cols[nFound] = view.firstCol + i;
        found[nFound++] = m;
      }
    }
  } else
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const t = view.text(row, c);
      if (t === "") continue;
      nonEmpty++;
      const key = view.anchorKey(row, c);
      if (key === lastAnchor) {
        // a merged header cell over several columns names one field once
        unmatched++;
        continue;
      }
      lastAnchor = key;
      if (t.length > MAX_HEADER_CHARS || typeof view.value(row, c) !== "string") {
        unmatched++;
        continue;
      }
      const m = cache.get(t);
      if (m === undefined) deferred[nDeferred++] = c;
      else if (m === null) unmatched++;
      else {
        cols[nFound] = c;
        found[nFound++] = m;
      }
    }
  if (nonEmpty < 2 || hopeless(unmatched, nonEmpty)) return null;
  // cached matches first, then deferred ones, in column order: the order callers have always seen
  const matches = new Map<number, HeaderMatch>();
  for (let i = 0; i < nFound; i++) matches.set(cols[i] as number, found[i] as HeaderMatch);
  for (let i = 0; i < nDeferred; i++) {
    const c = deferred[i] as number;
    const m = cachedMatch(cache, view.text(row, c));
    if (m) matches.set(c, m);
    else {
      unmatched++;
      if (hopeless(unmatched, nonEmpty)) return null;
    }
  }
  return { matches, nonEmpty };
}

/** rowMatches' working lists, reused from row to row (the scan is synchronous and never re-entered). */
const scratch = { cols: [] as number[], found: [] as HeaderMatch[], deferred: [] as number[] };

/** A row that cannot be a header: fewer than half its cells can match and fewer than three can. */
function hopeless(unmatched: number, nonEmpty: number): boolean {
  return unmatched * 2 > nonEmpty && nonEmpty - unmatched < 3;
}

/** The header starting at `row`, if the row (alone or with the next) is one. */
export function headerAt(view: SheetView, row: number, cache: MatchCache): HeaderCandidate | null {
  const r = rowMatches(view, row, cache);
  if (!r || r.matches.size === 0) return null;
  const { matches, nonEmpty } = r;
  if (isHeadingText(rowTexts(view, row, view.firstCol, view.lastCol).texts)) return null;
  if (isHeader(matches, nonEmpty)) {
    if (continuesHeader(view, row + 1, matches, cache)) {
      const two = twoRowHeader(view, row, cache);
      if (two) return two;
    }
    const headers = new Map<number, string>();
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const t = view.text(row, c).trim();
      if (t) headers.set(c, t);
    }
    return finish(row, 1, headers, matches);
  }
  // a header whose names only make sense with the row below ("Responsible" / "officer")
  if (continuesHeader(view, row + 1, matches, cache)) {
    const two = twoRowHeader(view, row, cache);
    if (two) return two;
  }
  return inferredHeader(view, row, matches, nonEmpty);
}

/**
 * A header with owner, due or status columns but none named as the action ("Outcomes | How it will be
 * achieved | By whom | By when" read wrongly, or "Objective | Lead | Target date | RAG"): a plan's header
 * when one column below it holds sentences, which is taken as the action.
 */
function inferredHeader(
  view: SheetView,
  row: number,
  matches: ReadonlyMap<number, HeaderMatch>,
  nonEmpty: number
): HeaderCandidate | null {
  if (matches.size * 2 < nonEmpty || nonEmpty < 3 || !tracksActions(matches)) return null;
  for (const m of matches.values()) if (m.field === "action") return null;
  const headers = new Map<number, string>();
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const t = view.text(row, c).trim();
    if (t) headers.set(c, t);
  }
  const inferred = inferActionColumn(view, row, 1, headers, matches);
  if (!inferred) return null;
  const all = new Map(matches);
  all.set(inferred.col, inferred.match);
  return finish(row, 1, headers, all);
}
