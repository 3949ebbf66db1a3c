import { dateCell, int, pct } from "./cells";
import { RATING_ORDER, ratingLabel } from "./labels";
import type { SheetCell } from "./sheetModel";
import type { Summary } from "./summary";

/** The name of the add-in's history sheet (`--snapshot`). */
export const HISTORY_SHEET_NAME = "RAG History";

/** One dated row of counts, and the header it goes under. */
export interface HistoryRow {
  readonly header: readonly string[];
  readonly row: readonly SheetCell[];
}

/**
 * A snapshot of the counts at the report date, appended to "RAG History" so a plan checked each quarter
 * shows its trend. The header is fixed for a given complete label so rows line up quarter on quarter.
 */
export function historyRow(summary: Summary, asOf: string, completeLabel = "Complete"): HistoryRow {
  return {
    header: [
      "Report date",
      ...RATING_ORDER.map((r) => ratingLabel(r, completeLabel)),
      "Total",
      "Errors",
      "Warnings",
      "With an owner",
      "With a due date",
    ],
    row: [
      dateCell(asOf),
      ...RATING_ORDER.map((r) => int(summary.overall[r])),
      int(summary.overall.total),
      int(summary.quality.errors),
      int(summary.quality.warnings),
      pct(summary.quality.shareWithOwner),
      pct(summary.quality.shareWithDate),
    ],
  };
}
