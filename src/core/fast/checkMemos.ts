import type { WorkbookMemos } from "../engine/checkTable";
import { MessageTails } from "../messages/tails";
import { RatingMemo } from "../rag/rateMemo";
import type { Config } from "../schema/config";

// Speed: every check made its memos afresh, so the 100,000-row bench plan's 7,300 distinct ratings (each
// a rule and a reason sentence) and its message tails were worked out again on every check, as the pane
// checks the same plan after every edit. A rating depends only on the configuration and the report date,
// a message tail on nothing else than its finding, and both memos are bounded: they are kept from one
// check to the next while the configuration (the same object) and the report date stay the same.

let kept: { readonly config: Config; readonly asOf: string; readonly memos: WorkbookMemos } | null =
  null;

/** The memos for a check under `config` at `asOf`: the previous check's when both are the same. */
export function memosForCheck(config: Config, asOf: string): WorkbookMemos {
  if (kept === null || kept.config !== config || kept.asOf !== asOf) {
    // tails depend on neither: they carry over
    const tails = kept?.memos.tails ?? new MessageTails();
    kept = { config, asOf, memos: { ratings: new RatingMemo(config, asOf), tails } };
  }
  return kept.memos;
}
