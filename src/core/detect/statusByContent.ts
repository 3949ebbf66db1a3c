import type { FieldName } from "../schema/fields";
import { statusMeaning } from "../rag/statusWords";
import type { HeaderCandidate } from "./header";
import type { HeaderMatch } from "./match";
import type { SheetView } from "./view";

/** Rows read below a header to judge what its columns hold. */
const SAMPLE_ROWS = 12;
/** A status is a word or two: a column whose cells average longer holds sentences, not ratings. */
const MAX_MEAN_CHARS = 30;
/** Fewer status words than this is chance ("Pending" once in a column of notes). */
const MIN_STATUS_CELLS = 2;
/**
 * Columns whose header may be overruled by what they hold: the narrative fields. The action, the owner,
 * the dates and the reference are read from their header whatever their cells say.
 */
const MAY_HOLD_STATUS: ReadonlySet<FieldName> = new Set([
  "outcome",
  "progress",
  "monitoring",
  "evaluation",
  "review",
  "links",
]);
/** Answers that rate nothing on their own: a yes/no or a letter column is no status column by itself. */
const WEAK_WORD = /^(?:yes|no|y|n|[a-z])\W*$/i;

interface Tally {
  readonly filled: number;
  readonly words: number;
  readonly strong: number;
  readonly chars: number;
}

function tally(view: SheetView, from: number, col: number): Tally {
  let filled = 0;
  let words = 0;
  let strong = 0;
  let chars = 0;
  const to = Math.min(view.lastRow, from + SAMPLE_ROWS - 1);
  for (let r = from; r <= to; r++) {
    const t = view.text(r, col).trim();
    if (t === "") continue;
    filled++;
    chars += t.length;
    if (typeof view.value(r, col) !== "string" || statusMeaning(t) === null) continue;
    words++;
    if (!WEAK_WORD.test(t)) strong++;
  }
  return { filled, words, strong, chars };
}

/**
 * A column is what its cells are: when no header names the status, a column whose cells are mostly status
 * words ("Actioned", "Pending", "On track") under whatever header ("Outcome", "Position") is the status
 * column. Only narrative columns and unnamed ones are read this way, and the one with most status words
 * wins.
 */
export function withStatusByContent(view: SheetView, h: HeaderCandidate): HeaderCandidate {
  for (const m of h.matches.values()) if (m.field === "status") return h;
  const from = h.row + h.rows;
  let best: { col: number; words: number; header: string } | null = null;
  for (const [col, header] of h.headers) {
    const m = h.matches.get(col);
    if (m && !MAY_HOLD_STATUS.has(m.field)) continue;
    const t = tally(view, from, col);
    if (t.words < MIN_STATUS_CELLS || t.strong === 0) continue;
    if (t.words * 2 < t.filled || t.chars > MAX_MEAN_CHARS * t.filled) continue;
    if (!best || t.words > best.words) best = { col, words: t.words, header };
  }
  if (!best) return h;
  const named = best.header.replace(/\s+/g, " ").slice(0, 40);
  const match: HeaderMatch = {
    field: "status",
    kind: "inferred",
    phrase: best.header,
    score: 0.5,
    reason: `no header names the status; the cells under '${named}' are status words, so it is read as the status`,
  };
  const matches = new Map(h.matches);
  matches.set(best.col, match);
  return { ...h, matches };
}
