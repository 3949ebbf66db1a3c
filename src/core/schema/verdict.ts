import { z } from "zod";

/** An action a verdict reason names: where it is and how a reader knows it. */
export const verdictActionSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  /** The cell to go to ("A14"): the action cell of its row. */
  cell: z.string(),
  ref: z.string().nullable(),
  /** The action's opening words. */
  action: z.string(),
});
export type VerdictAction = z.infer<typeof verdictActionSchema>;

/** What a reason is about: an issue code that blocks submission, or a Red action with no current update. */
export const verdictReasonCodeSchema = z.string();

/** One reason a workbook is not ready, in plain words, with every action (or table) it is about. */
export const verdictReasonSchema = z.object({
  code: verdictReasonCodeSchema,
  /** "3 Red actions have no update" */
  text: z.string(),
  actions: z.array(verdictActionSchema),
});
export type VerdictReason = z.infer<typeof verdictReasonSchema>;

/** Can this workbook be submitted? Ready only when there is no reason against. */
export const verdictSchema = z.object({
  ready: z.boolean(),
  reasons: z.array(verdictReasonSchema),
});
export type WorkbookVerdict = z.infer<typeof verdictSchema>;

const countsShape = {
  red: z.number().int().nonnegative(),
  amber: z.number().int().nonnegative(),
  green: z.number().int().nonnegative(),
  complete: z.number().int().nonnegative(),
  notRated: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
};
export const ratingCountsSchema = z.object(countsShape);
export type ReportRatingCounts = z.infer<typeof ratingCountsSchema>;

/** The counts of the summary sheet, as data: overall, by section, by owner. */
export const reportSummarySchema = z.object({
  overall: ratingCountsSchema,
  bySection: z.array(z.object({ section: z.string(), ...countsShape })),
  byOwner: z.array(z.object({ owner: z.string(), ...countsShape })),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;
