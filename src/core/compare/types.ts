import { z } from "zod";
import { RATINGS } from "../schema/action";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * One action as two versions of a plan are compared: what a board asks about between quarters. Built from
 * a checked workbook (`fromReport`) or read back from the snapshot the tool keeps in the workbook.
 */
export const comparableActionSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  section: z.string().nullable(),
  ref: z.string().nullable(),
  /** The whole action text (matching by similarity reads it). */
  action: z.string(),
  owner: z.string().nullable(),
  due: isoDate.nullable(),
  rating: z.enum(RATINGS),
  status: z.string().nullable(),
  /** The progress / update text, or a hash of it when read from a snapshot (only equality is compared). */
  update: z.string().nullable(),
  /** How many times this action's due date has moved later across the snapshots kept so far. */
  slips: z.number().int().nonnegative().default(0),
});
export type ComparableAction = z.infer<typeof comparableActionSchema>;

export const CHANGE_KINDS = [
  "slipped",
  "due-earlier",
  "rating",
  "owner",
  "status",
  "stale-update",
] as const;

export const changeSchema = z.object({
  kind: z.enum(CHANGE_KINDS),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Days the due date moved (slipped, due-earlier). */
  days: z.number().int().optional(),
  /** For slipped: how many times this action's due date has now moved later (snapshots kept in the workbook). */
  times: z.number().int().positive().optional(),
  /** For a rating: whether the move is worse (towards Red) or better (towards Complete). */
  direction: z.enum(["worse", "better", "same"]).optional(),
});
export type Change = z.infer<typeof changeSchema>;

export const matchedActionSchema = z.object({
  old: comparableActionSchema,
  new: comparableActionSchema,
  /** 0–1: 1 for the same ref and text; lower as the text drifts or only the text matched. */
  confidence: z.number().min(0).max(1),
  /** How the pair was found. */
  by: z.enum(["ref", "text"]),
  changes: z.array(changeSchema),
});
export type MatchedAction = z.infer<typeof matchedActionSchema>;

export const comparisonSchema = z.object({
  matched: z.array(matchedActionSchema),
  added: z.array(comparableActionSchema),
  removed: z.array(comparableActionSchema),
  /** Counts by kind of change, and how many matched actions have at least one. */
  counts: z.object({
    matched: z.number().int(),
    changed: z.number().int(),
    added: z.number().int(),
    removed: z.number().int(),
    slipped: z.number().int(),
    worse: z.number().int(),
    better: z.number().int(),
    staleUpdates: z.number().int(),
  }),
});
export type Comparison = z.infer<typeof comparisonSchema>;
