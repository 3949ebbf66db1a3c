// The limits every reading of a row as a header shares: the scan (see fast/headerRowMatches) and the
// header rules (header.ts).

/** Header cells longer than this are sentences or data, never column names. */
export const MAX_HEADER_CHARS = 80;

/** A row that cannot be a header: fewer than half its cells can match and fewer than three can. */
export function cannotBeHeader(unmatched: number, nonEmpty: number): boolean {
  return unmatched * 2 > nonEmpty && nonEmpty - unmatched < 3;
}
