import { collapseSpace } from "./normalise";
import { trimEndPunctuation } from "./trimEnd";

/**
 * Cuts text to its opening words, on one line, and marks the cut with an ellipsis: at most `max`
 * characters before the "…". The cut falls at the last space when that keeps more than `wordShare` of
 * `max`, else mid-word (one very long word); trailing punctuation before the "…" is dropped. Messages
 * and the pane keep 0.6; the summary sheet's tables were laid out with half.
 */
export function shorten(text: string, max: number, wordShare = 0.6): string {
  return shortenCollapsed(collapseSpace(text), max, wordShare);
}

/** `shorten` for text whose white space is already collapsed and trimmed. */
export function shortenCollapsed(flat: string, max: number, wordShare = 0.6): string {
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${trimEndPunctuation(space > max * wordShare ? cut.slice(0, space) : cut)}…`;
}

/**
 * A cell quoted in a message: one line, at most 60 characters with its "…" (a status cell can hold a
 * page). Cut mid-word: a quote shows what the cell says, up to the letter.
 */
export function shortText(text: string, max = 60): string {
  const one = collapseSpace(text);
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
}
