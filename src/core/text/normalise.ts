import { isRegExpSpace } from "./trimEnd";

/**
 * Header text in the form synonyms are written in: lower case; "(s)" plurals folded ("Action(s)" →
 * "actions"); "&" read as "and"; every other run of punctuation, slashes, dashes, line breaks and "?" folded
 * to one space; outer spaces trimmed. "#" is kept because it is a header on its own ("#" → ref).
 */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(s\)/g, "s")
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}#]+/gu, " ")
    .trim();
}

/**
 * Whether `collapseSpace` has anything to rewrite: two spaces in a row, or white space other than a plain
 * space (`\s`, which is also what `trim` removes). Plans are full of curly quotes, dashes and "£", which
 * are not white space and need no rewrite.
 */
function needsCollapse(text: string): boolean {
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return true;
      space = true;
    } else if (c < 32 || (c > 126 && isRegExpSpace(c))) return true;
    else space = false;
  }
  return false;
}

/** Text as two cells are compared word for word: white space collapsed, lower case. */
export function foldText(text: string): string {
  return collapseSpace(text).toLowerCase();
}

/** Collapses every run of white space (line breaks included) to one space and trims. */
export function collapseSpace(text: string): string {
  // most cells are already flat: a scan allocates nothing, a replace always builds a new string
  return needsCollapse(text) ? text.replace(/\s+/g, " ").trim() : text.trim();
}
