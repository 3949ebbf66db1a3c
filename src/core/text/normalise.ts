import { hasWhiteSpaceToCollapse } from "../fast/whiteSpace";

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

/** Text as two cells are compared word for word: white space collapsed, lower case. */
export function foldText(text: string): string {
  return collapseSpace(text).toLowerCase();
}

/** Collapses every run of white space (line breaks included) to one space and trims. */
export function collapseSpace(text: string): string {
  // most cells are already flat: a scan allocates nothing, a replace always builds a new string
  return hasWhiteSpaceToCollapse(text) ? text.replace(/\s+/g, " ").trim() : text.trim();
}
