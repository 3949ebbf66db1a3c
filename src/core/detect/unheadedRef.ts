import type { HeaderCandidate } from "./header";
import type { HeaderMatch } from "./match";
import type { SheetView } from "./view";

/** Rows read below a header to judge its unheaded first column. */
const SAMPLE_ROWS = 12;
/** A reference is a short code: "SC18", "4.01.01", "BOD 60/17(h)". */
const MAX_REF_CHARS = 14;
const REF_LIKE = /^[\p{L}]{0,5}[ .-]?\d{1,4}(?:[./-]\d{1,4})*[ ]?(?:\(?[\p{L}]\)?)?$/u;

const MATCH: HeaderMatch = {
  field: "ref",
  kind: "inferred",
  phrase: "",
  score: 0.5,
  reason: "the column has no header and its cells are short codes: read as the reference",
};

/**
 * A tracker often leaves the header of its first column empty and numbers its items there ("SC18",
 * "SC19"): a column just left of a one-row header, blank in the header row, whose cells below are short
 * codes beside the table's own rows, is the reference column when no header names one.
 */
export function withUnheadedRef(view: SheetView, h: HeaderCandidate): HeaderCandidate {
  if (h.rows !== 1) return h;
  for (const m of h.matches.values()) if (m.field === "ref") return h;
  const col = h.firstCol - 1;
  if (col < view.firstCol || view.text(h.row, col).trim() !== "") return h;
  let codes = 0;
  const last = Math.min(view.lastRow, h.row + SAMPLE_ROWS);
  for (let r = h.row + 1; r <= last; r++) {
    const t = view.text(r, col).trim();
    if (t === "") continue;
    // a filled cell that is no code (a heading, a sentence) means the column is something else
    if (t.length > MAX_REF_CHARS || !REF_LIKE.test(t)) return h;
    if (view.text(r, h.firstCol).trim() !== "") codes++;
  }
  if (codes < 2) return h;
  const matches = new Map(h.matches);
  matches.set(col, MATCH);
  return { ...h, firstCol: col, matches };
}
