import { isNotProgressWord, statusMeaning, type StatusMeaning } from "./statusWords";

/**
 * What a column headed "Status" records: `progress` (status words that rate actions), `commentary`
 * (sentences about progress: the dates rate the actions, and the table says so once instead of an
 * `unknown-status` on every row), or `other` (001's "Status (New/ Continuing)": left out of the ratings).
 */
export type StatusColumnKind = "progress" | "commentary" | "other";

/** A status cell: a meaning, a sentence of commentary, or a short word the vocabulary lacks (null). */
export type StatusCellKind = StatusMeaning | "commentary" | null;

/** Four words or more, or a long cell, is a sentence: nobody writes a rating that long. */
const SENTENCE_WORDS = 4;
const SENTENCE_CHARS = 40;

function isSentence(text: string): boolean {
  const t = text.trim();
  if (t.length > SENTENCE_CHARS) return true;
  let words = 0;
  for (const w of t.split(/\s+/)) if (/\p{L}/u.test(w)) words++;
  return words >= SENTENCE_WORDS;
}

/** A status not settled yet ("TBC", "tbd at the March meeting", "to be confirmed"): no rating, a note. */
const UNSETTLED_RE = /^(?:tbc|tbd|tba|to be (?:confirmed|decided|determined|agreed|advised))\b/i;

/** How often something is done ("Measured annually", "Reviewed termly"): a method, not a state. */
const CADENCE_RE =
  /\b(?:annually|yearly|quarterly|monthly|weekly|daily|termly|fortnightly|biannually|bi annually|half termly|half yearly|each (?:year|term|month|quarter)|every (?:year|term|month|quarter))\W*$/i;

/** How a status cell reads: its meaning when the words name one, else commentary when it is a sentence. */
export function statusCellKind(text: string): StatusCellKind {
  const t = text.trim();
  if (t === "") return null;
  const meaning = statusMeaning(text);
  if (meaning !== null) return meaning;
  return isSentence(text) || UNSETTLED_RE.test(t) || CADENCE_RE.test(t) ? "commentary" : null;
}

/** Which kind of column a Status column is, from its filled cells (and its header). */
export function statusColumnKind(values: readonly string[], header = ""): StatusColumnKind {
  const filled = values.map((v) => v.trim()).filter((v) => v !== "");
  if (/\bnew\b|\bcontinu|\bexisting\b/i.test(header) && !/\brag\b|progress/i.test(header)) {
    return "other";
  }
  if (filled.length === 0) return "progress";
  let other = 0;
  let commentary = 0;
  for (const v of filled) {
    if (isNotProgressWord(v) && !isRatingWord(v)) other++;
    else if (statusCellKind(v) === "commentary") commentary++;
  }
  if (other * 2 > filled.length) return "other";
  return commentary * 2 >= filled.length ? "commentary" : "progress";
}

/**
 * Whether a column headed "Status" records progress (and so can rate actions): commentary counts, as its
 * cells are read as progress. A column with no filled cell counts as progress: there is nothing to misread.
 */
export function isProgressStatusColumn(values: readonly string[], header = ""): boolean {
  return statusColumnKind(values, header) !== "other";
}

/** "Continuing" is both; only the words that carry a rating or a clear progress state outweigh it. */
function isRatingWord(text: string): boolean {
  const m = statusMeaning(text);
  return m !== null && m !== "in-progress";
}
