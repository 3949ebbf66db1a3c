import { isNotProgressWord, statusMeaning } from "./statusWords";

/**
 * Whether a column headed "Status" records progress (and so can rate actions). A column whose filled
 * cells are mostly "New / Continuing / Existing …" records something else (001's "Status (New/
 * Continuing)"): it is left out of the ratings quietly, rather than raising `unknown-status` on every row.
 * A column with no filled cell counts as progress: there is nothing to misread.
 */
export function isProgressStatusColumn(values: readonly string[], header = ""): boolean {
  const filled = values.map((v) => v.trim()).filter((v) => v !== "");
  if (/\bnew\b|\bcontinu|\bexisting\b/i.test(header) && !/\brag\b|progress/i.test(header)) {
    return false;
  }
  if (filled.length === 0) return true;
  const other = filled.filter((v) => isNotProgressWord(v) && !isRatingWord(v)).length;
  return other * 2 <= filled.length;
}

/** "Continuing" is both; only the words that carry a rating or a clear progress state outweigh it. */
function isRatingWord(text: string): boolean {
  const m = statusMeaning(text);
  return m !== null && m !== "in-progress";
}
