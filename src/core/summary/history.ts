import { dateCell, int, pct } from "./cells";
import { RATING_ORDER, ratingLabel } from "./labels";
import { RATING_COLOURS } from "../palette/palette";
import type { Rating } from "../schema/action";
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

/**
 * The trend chart drawn over the history rows: a stacked column per report date, one series per rating
 * column, in the ratings' own colours (the palette the summary and the highlights use).
 */
export interface TrendChart {
  readonly kind: "stacked-column";
  readonly title: string;
  /** 0-based column of the history holding the categories (the report date). */
  readonly categoryColumn: number;
  readonly series: ReadonlyArray<{
    /** 0-based column of the history. */
    readonly column: number;
    readonly name: string;
    /** Fill and outline, RRGGBB. */
    readonly fill: string;
    readonly line: string;
  }>;
}

/** Red at the foot of each column, where a board looks first; complete on top. */
const TREND_RATINGS: readonly Rating[] = ["red", "amber", "green", "complete"];

export function historyTrendChart(completeLabel = "Complete", completeColour?: string): TrendChart {
  return {
    kind: "stacked-column",
    title: "Actions by rating at each report",
    categoryColumn: 0,
    series: TREND_RATINGS.map((r) => ({
      // the history's columns: the report date, then RATING_ORDER
      column: 1 + RATING_ORDER.indexOf(r),
      name: ratingLabel(r, completeLabel),
      fill: r === "complete" && completeColour ? completeColour : RATING_COLOURS[r].fill,
      line: RATING_COLOURS[r].ink,
    })),
  };
}
