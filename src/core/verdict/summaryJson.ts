import type { ActionCounts, RatingCounts } from "../summary/ratingCounts";
import type { ReportRatingCounts, ReportSummary } from "../schema/verdict";

function counts(c: RatingCounts): ReportRatingCounts {
  return {
    red: c.red,
    amber: c.amber,
    green: c.green,
    complete: c.complete,
    notRated: c["not-rated"],
    total: c.total,
  };
}

/** The JSON report's summary: the counts the summary sheet shows (a `Summary` has them too). */
export function reportSummary(
  summary: Pick<ActionCounts, "overall" | "bySection" | "byOwner">
): ReportSummary {
  return {
    overall: counts(summary.overall),
    bySection: summary.bySection.map((r) => ({ section: r.label, ...counts(r.counts) })),
    byOwner: summary.byOwner.map((r) => ({ owner: r.label, ...counts(r.counts) })),
  };
}
