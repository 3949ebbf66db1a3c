import { type HeaderMatch, matchHeader } from "../detect/match";
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

/** `matchHeader(text)` when it has been worked out already; undefined when not yet. */
export function knownHeaderMatch(text: string): HeaderMatch | null | undefined {
  return byText.get(text);
}

/** `matchHeader(text)`, worked out once per distinct text. Frozen: every row that reads alike shares it. */
export function headerMatchOf(text: string): HeaderMatch | null {
  const known = byText.get(text);
  if (known !== undefined) return known;
  const m = matchHeader(text);
  return memo.remember(byText, text, m === null ? null : Object.freeze(m));
}
