import { type HeaderMatch, isWordlessData, matchHeader } from "../detect/match";
import { SharedMemo } from "../memo";

// Speed: detection reads every short text cell of a sheet as a possible header (a header can start
// anywhere), and data rows repeat owners, statuses and dates while the pane checks the same workbook again
// after every edit. Measured on the bench's 100,000-row plan: 31,000 distinct texts went through
// matchHeader on every check, about a third of the header scan. A reading depends on the text alone (the
// vocabulary is fixed), so readings are remembered across checks, bounded as every shared memo is.

/** Distinct texts remembered before the memo is emptied: the bench plan has about 50,000 short ones. */
const MEMO_SIZE = 100_000;

const memo = new SharedMemo(MEMO_SIZE);
const byText = memo.table<string, HeaderMatch | null>();

/**
 * `matchHeader(text)` when it has been worked out already, or needs no working out; undefined when not yet.
 * A code or number ("12.3", "4)"), a data row's reference, names no field: answered without a lookup in
 * the memo of ~20,000 texts (the header scan over the bench plan: ~12% less CPU, 8 alternated pairs).
 * Only a text that starts below "A" is tested; anything else goes to the memo as before.
 */
export function knownHeaderMatch(text: string): HeaderMatch | null | undefined {
  if (text.charCodeAt(0) < 65 && isWordlessData(text)) return null;
  return byText.get(text);
}

/** `matchHeader(text)`, worked out once per distinct text. Frozen: every row that reads alike shares it. */
export function headerMatchOf(text: string): HeaderMatch | null {
  // not remembered: a code joined to the cell above ("12.2 12.3") is met once
  if (text.charCodeAt(0) < 65 && isWordlessData(text)) return null;
  const known = byText.get(text);
  if (known !== undefined) return known;
  const m = matchHeader(text);
  return memo.remember(byText, text, m === null ? null : Object.freeze(m));
}
