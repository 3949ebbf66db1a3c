import type { HighlightPlan } from "../../core/highlight";
import { DEFAULT_BATCH_BUDGET } from "./batches";
import { AdapterError, isWriteRefused, refusedHighlightMessage, toAdapterError } from "./errors";
import { highlightWrites } from "./highlightDiff";
import { readHighlightState } from "./highlightRead";
import { writeHighlights } from "./highlightWrite";
import type { ExcelRun, IsSetSupported } from "./host";

export interface HighlightDeps {
  readonly run: ExcelRun;
  readonly isSetSupported: IsSetSupported;
  /** When true a broken backup is an error (clearing); when false it is replaced (re-checking). */
  readonly strictBackup: boolean;
  /** Estimated bytes per request and per response (default 4 MB, under Excel on the web's 5 MB). */
  readonly budget?: number;
}

/**
 * Replaces the add-in's highlights with `plan`. Read: the saved backup, every sheet's protection, and the
 * current fill (and note) of each cell to touch. Write: restore cells no longer flagged, paint the new
 * ones with one RangeAreas per sheet, severity and 8,000-character address list, add notes, and save the
 * new backup. A cell still flagged keeps its original fill from the old backup, so re-checking never
 * stacks. With an empty plan this is "clear". Values are never written.
 *
 * Syncs: 2 while the reads and the writes each fit one request of `budget` bytes; otherwise one per
 * budget-sized batch of reads and of writes (about 60,000 flagged cells with notes take 5). Nothing is
 * half-written: the first write saves a backup covering every cell old or new, so a failure part-way is
 * undone by clearing from it, which this does at once (one more run).
 */
export async function replaceHighlights(plan: HighlightPlan, deps: HighlightDeps): Promise<void> {
  const budget = deps.budget ?? DEFAULT_BATCH_BUDGET;
  const clearing = plan.cells.length === 0;
  let wrote = false;
  try {
    await deps.run(async (context) => {
      wrote = false;
      await highlightIn(context, plan, deps, budget, () => (wrote = true));
    });
  } catch (e) {
    const sheets = [...new Set(plan.cells.map((c) => c.sheet))];
    if (!wrote) throw isWriteRefused(e) ? refusedHighlightMessage(e, sheets) : e;
    const base = isWriteRefused(e)
      ? refusedHighlightMessage(e, sheets)
      : toAdapterError(e, clearing ? "Clearing highlights" : "Highlighting");
    if (clearing) {
      throw new AdapterError(
        base.code,
        `${base.message} Some highlights may remain: choose "Clear highlights" again to finish (the original fills are still saved in the workbook).`,
        e
      );
    }
    try {
      await replaceHighlights({ cells: [] }, { ...deps, strictBackup: true });
    } catch {
      throw new AdapterError(
        base.code,
        `${base.message} Some cells may still be highlighted: choose "Clear highlights" to put every fill back as it was (the original fills are saved in the workbook).`,
        e
      );
    }
    throw new AdapterError(
      base.code,
      `${base.message} The add-in took its highlights off again, so every cell's fill is as it was before.`,
      e
    );
  }
}

/** Read what is there, work out what to fill and what to restore, write it: three phases, each its own module. */
async function highlightIn(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  deps: HighlightDeps,
  budget: number,
  writing: () => void
): Promise<void> {
  const state = await readHighlightState(context, plan, deps, budget);
  const writes = highlightWrites(state.sheets, state.old, state.oldSheets, state.notesOn);
  writing();
  await writeHighlights(context, writes, state, budget);
}
