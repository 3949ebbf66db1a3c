import type { HeaderMatch } from "../detect/match";
import { cannotBeHeader, MAX_HEADER_CHARS } from "../detect/headerRule";
import type { SheetView } from "../detect/view";
import { headerMatchOf, knownHeaderMatch } from "./headerMatchMemo";

// Speed: the header scan reads every row of every sheet, and nearly every row is data. A row is dismissed
// as soon as it cannot be a header: first by the cells that can name no field without a lookup (long text,
// numbers), then by the cells whose reading is already known, and only then, for a row still in the
// running, are the texts never read before worked out (a data row's unique action text is never read). No
// list or map is made for a row until it survives.

/** The fields a row's cells name, by column in column order, and how many of its cells hold text. */
export interface RowHeaderMatches {
  readonly matches: Map<number, HeaderMatch>;
  readonly nonEmpty: number;
}

/**
 * The cells still in question, reused from row to row (the scan is synchronous and never re-entered):
 * column, text and reading (undefined: not worked out yet). Counted, never truncated: an array cut to
 * length 0 drops its storage and grows it again.
 */
const cols: number[] = [];
const texts: string[] = [];
const found: (HeaderMatch | undefined)[] = [];

/**
 * What each cell of `row` names as a header, merged areas counted once; null as soon as the row cannot be
 * a header (see `cannotBeHeader`).
 */
export function headerRowMatches(view: SheetView, row: number): RowHeaderMatches | null {
  const text = view.plainText(row);
  const values = text && view.rawValues(row);
  return text && values ? plainRowMatches(view, text, values) : mergedRowMatches(view, row);
}

/** A row with no merged cell, every row of a big plan: its arrays are read directly. */
function plainRowMatches(
  view: SheetView,
  text: readonly string[],
  values: readonly unknown[]
): RowHeaderMatches | null {
  let nonEmpty = 0;
  let unmatched = 0;
  for (let i = 0; i < text.length; i++) {
    const t = text[i];
    if (t === "" || t === undefined) continue;
    nonEmpty++;
    if (t.length > MAX_HEADER_CHARS || typeof values[i] !== "string") unmatched++;
  }
  if (nonEmpty < 2 || cannotBeHeader(unmatched, nonEmpty)) return null;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const t = text[i];
    if (t === "" || t === undefined) continue;
    if (t.length > MAX_HEADER_CHARS || typeof values[i] !== "string") continue;
    const m = knownHeaderMatch(t);
    if (m === null) {
      // more misses never make a row a header again
      if (cannotBeHeader(++unmatched, nonEmpty)) return null;
      continue;
    }
    cols[n] = view.firstCol + i;
    texts[n] = t;
    found[n++] = m;
  }
  return readRest(n, unmatched, nonEmpty);
}

/** A row with a merged cell: a merged area over several columns names one field once. */
function mergedRowMatches(view: SheetView, row: number): RowHeaderMatches | null {
  let nonEmpty = 0;
  let unmatched = 0;
  let lastAnchor = -1;
  let n = 0;
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const t = view.text(row, c);
    if (t === "") continue;
    nonEmpty++;
    const key = view.anchorKey(row, c);
    if (key === lastAnchor) {
      unmatched++;
      continue;
    }
    lastAnchor = key;
    if (t.length > MAX_HEADER_CHARS || typeof view.value(row, c) !== "string") {
      unmatched++;
      continue;
    }
    const m = knownHeaderMatch(t);
    if (m === null) {
      unmatched++;
      continue;
    }
    cols[n] = c;
    texts[n] = t;
    found[n++] = m;
  }
  if (nonEmpty < 2 || cannotBeHeader(unmatched, nonEmpty)) return null;
  return readRest(n, unmatched, nonEmpty);
}

/** Works out the `n` cells left in question (those never read before), then the row's matches. */
function readRest(n: number, unmatched: number, nonEmpty: number): RowHeaderMatches | null {
  let misses = unmatched;
  for (let k = 0; k < n; k++) {
    if (found[k] !== undefined) continue;
    const m = headerMatchOf(texts[k] as string);
    if (m === null && cannotBeHeader(++misses, nonEmpty)) return null;
    found[k] = m ?? undefined;
  }
  const matches = new Map<number, HeaderMatch>();
  for (let k = 0; k < n; k++) {
    const m = found[k];
    if (m !== undefined) matches.set(cols[k] as number, m);
  }
  return { matches, nonEmpty };
}
