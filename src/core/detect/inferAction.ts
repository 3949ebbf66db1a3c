import type { FieldName } from "../schema/fields";
import type { HeaderMatch } from "./match";
import type { SheetView } from "./view";

/**
 * Fields that say a row of headers is a plan's even when no column names the action: whose it is, when it
 * is due, or how it is going ("Ref | Outcome | Year 1 target | Progress to date").
 */
const TRACKING_FIELDS: ReadonlySet<FieldName> = new Set(["owner", "due", "status", "progress"]);
/** Columns that can hold the action when no header names it: unnamed ones, or an outcome ("Objective"). */
const MAY_HOLD_ACTION: ReadonlySet<FieldName> = new Set(["outcome"]);
/** Rows under the header read to find the column of longest text. */
const SAMPLE_ROWS = 12;
/** An action is a sentence: a column whose cells average less than this is a name, a date or a code. */
const MIN_ACTION_CHARS = 20;
/** An unnamed column is taken over an outcome column unless its text is much shorter than this share. */
const UNNAMED_SHARE = 0.6;

/**
 * Whether a header row without an action column may be a plan's: an owner, due, status or progress column
 * and another named field ("Project | Objective | Forecast end date"). Detection also needs a column of
 * sentences below.
 */
export function tracksActions(matches: ReadonlyMap<number, HeaderMatch>): boolean {
  const fields = new Set<FieldName>();
  for (const m of matches.values()) fields.add(m.field);
  return fields.size >= 2 && [...fields].some((f) => TRACKING_FIELDS.has(f));
}

/** Mean length of the non-empty cells under the header in one column, and how many there were. */
function meanText(view: SheetView, from: number, col: number): number {
  let total = 0;
  let n = 0;
  const to = Math.min(view.lastRow, from + SAMPLE_ROWS - 1);
  for (let r = from; r <= to; r++) {
    const t = view.text(r, col).trim();
    if (t === "" || typeof view.value(r, col) !== "string") continue;
    total += t.length;
    n++;
  }
  return n === 0 ? 0 : total / n;
}

/**
 * The column a reader would take as the action when no header names it: the one whose cells under the
 * header hold the longest text, an unnamed column before an outcome column of similar length. Null when no
 * column holds sentences.
 */
export function inferActionColumn(
  view: SheetView,
  headerRow: number,
  headerRows: number,
  headers: ReadonlyMap<number, string>,
  matches: ReadonlyMap<number, HeaderMatch>
): { col: number; match: HeaderMatch } | null {
  const from = headerRow + headerRows;
  let best: { col: number; mean: number; named: boolean } | null = null;
  let bestUnnamed: { col: number; mean: number } | null = null;
  for (const col of headers.keys()) {
    const m = matches.get(col);
    if (m && !MAY_HOLD_ACTION.has(m.field)) continue;
    const mean = meanText(view, from, col);
    if (mean < MIN_ACTION_CHARS) continue;
    if (!best || mean > best.mean) best = { col, mean, named: m !== undefined };
    if (!m && (!bestUnnamed || mean > bestUnnamed.mean)) bestUnnamed = { col, mean };
  }
  if (!best) return null;
  const chosen =
    best.named && bestUnnamed && bestUnnamed.mean >= best.mean * UNNAMED_SHARE ? bestUnnamed : best;
  const header = headers.get(chosen.col) ?? "";
  // a header names its column in a few words or asks a question ("Key actions: how will this be
  // achieved?"); a plain sentence half as long as the text under it is itself one of the table's rows (an
  // action row whose other cells happen to read like field names: "Complete", "… review agreed")
  if (header.trim().length * 2 > chosen.mean && !/[?:]/.test(header)) return null;
  return {
    col: chosen.col,
    match: {
      field: "action",
      kind: "inferred",
      phrase: header,
      score: 0.5,
      reason: `no header names the action: inferred as the column of longest text${header ? ` ('${header.replace(/\s+/g, " ").slice(0, 40)}')` : ""}`,
    },
  };
}
