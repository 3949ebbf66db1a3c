import type { FieldName } from "../schema/fields";
import { headerMatchOf } from "../fast/headerMatchMemo";
import { headerRowMatches } from "../fast/headerRowMatches";
import { MAX_HEADER_CHARS } from "./headerRule";
import type { HeaderMatch } from "./match";
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

/** Cells of a header's second row are short fragments ("how/when/by whom", "Personnel"). */
const MAX_SECOND_ROW_CHARS = 40;

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
  for (const m of matches.values()) {
    // a recommendation or a response is the action when no column names one ("PCP comment | PCC response")
    if (m.field === "action" || m.alt === "action") action = true;
    if (m.field === "owner" || m.field === "due") ownerOrDue = true;
  }
  // most rows asked are data rows with a few cells that read as field names, and none as the action
  if (!action) return false;
  const fields = new Set<string>();
  for (const m of matches.values()) fields.add(m.field);
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
  // the anchor's row from its key (row * 16384 + col, col 1..16384): no object per cell
  const anchorRow = Math.floor((view.anchorKey(row, col) - 1) / 16384);
  return anchorRow < row ? "" : view.text(row, col).trim();
}

/**
 * Whether `row` reads as the second line of the header above it: short text fragments only, none a number
 * or a reference, nothing under the action column unless it is itself header wording, and at least one
 * fragment that names a field on its own or together with the cell above ("Monitoring" / "how/when/by whom").
 */
function continuesHeader(
  view: SheetView,
  row: number,
  top: ReadonlyMap<number, HeaderMatch>
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
    const read = headerMatchOf(t);
    const own = read?.kind === "head" || read?.kind === "rule" ? null : read;
    const above = own === null ? view.text(row - 1, c).trim() : "";
    const joined = above !== "" && headerMatchOf(`${above} ${t}`)?.kind === "synonym";
    if (c === actionCol && own === null && !joined) return false;
    if (own !== null || joined) named = true;
  }
  return any && named;
}

/** Best match of a two-row header column: an exact synonym of the joined, lower or upper text first. */
function combinedMatch(top: string, bottom: string): HeaderMatch | null {
  if (bottom === "") return top === "" ? null : headerMatchOf(top);
  if (top === "") return headerMatchOf(bottom);
  const options = [headerMatchOf(`${top} ${bottom}`), headerMatchOf(bottom), headerMatchOf(top)];
  return options.find((m) => m?.kind === "synonym") ?? options.find((m) => m !== null) ?? null;
}

function twoRowHeader(view: SheetView, row: number): HeaderCandidate | null {
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
    const m = combinedMatch(top, bottom);
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

/** The header starting at `row`, if the row (alone or with the next) is one. */
export function headerAt(view: SheetView, row: number): HeaderCandidate | null {
  const r = headerRowMatches(view, row);
  if (!r || r.matches.size === 0) return null;
  const { matches, nonEmpty } = r;
  if (isHeadingText(rowTexts(view, row, view.firstCol, view.lastCol).texts)) return null;
  if (isHeader(matches, nonEmpty)) {
    if (continuesHeader(view, row + 1, matches)) {
      const two = twoRowHeader(view, row);
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
  if (continuesHeader(view, row + 1, matches)) {
    const two = twoRowHeader(view, row);
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
