import { z } from "zod";
import { issueSchema } from "./issue";
import { cadenceSchema, precisionSchema } from "./timescale";

export const RATINGS = ["complete", "red", "amber", "green", "not-rated"] as const;
export const ratingSchema = z.enum(RATINGS);
export type Rating = z.infer<typeof ratingSchema>;

/** Which rule produced a rating, so the reason can be explained and tested. */
export const RAG_RULES = [
  "status-complete",
  "status-red",
  "status-amber",
  "status-green",
  "status-not-started",
  "date-overdue",
  "date-amber-window",
  "date-later",
  "open-ended",
  "no-due-date",
] as const;
export const ragRuleSchema = z.enum(RAG_RULES);
export type RagRule = z.infer<typeof ragRuleSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One checked action row: the single schema the engine's output is validated against. */
export const actionSchema = z.object({
  /** 1-based sheet row of the action (its first row when continuation rows were joined). */
  row: z.number().int().positive(),
  /** Sheet rows joined into this action (continuations), including `row`. */
  rows: z.array(z.number().int().positive()).readonly(),
  ref: z.string().nullable(),
  /** First 60 characters of the action text, leading number removed, white space collapsed. */
  action: z.string(),
  /** The whole action text (for messages and the pane). */
  actionText: z.string(),
  owner: z.string().nullable(),
  timescale: z.string().nullable(),
  start: isoDate.nullable(),
  due: isoDate.nullable(),
  ongoing: z.boolean(),
  cadence: cadenceSchema.nullable(),
  precision: precisionSchema,
  timescaleNotes: z.array(z.string()).readonly(),
  status: z.string().nullable(),
  /** The progress or commentary cell (the latest update), trimmed; null when empty or the plan has none. */
  update: z.string().nullable().optional(),
  rag: ratingSchema,
  ragRule: ragRuleSchema,
  ragReason: z.string(),
  issues: z.array(issueSchema).readonly(),
  /** True when a row of the action is hidden in the workbook: it is checked all the same, and said so. */
  hidden: z.literal(true).optional(),
});
export type Action = z.infer<typeof actionSchema>;
