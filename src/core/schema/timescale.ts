import { z } from "zod";

export const CADENCES = [
  "weekly",
  "monthly",
  "half-termly",
  "termly",
  "quarterly",
  "bi-annually",
  "annually",
] as const;
export const cadenceSchema = z.enum(CADENCES);
export type Cadence = z.infer<typeof cadenceSchema>;

export const PRECISIONS = [
  "day",
  "month",
  "term",
  "quarter",
  "year",
  "academic-year",
  "financial-year",
  "open-ended",
  "recurring",
  "none",
] as const;
export const precisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof precisionSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What a timescale cell says, read by the UK timescale grammar. */
export const timescaleSchema = z.object({
  /** The cell's text as shown, line breaks kept, outer spaces trimmed; null when blank. */
  text: z.string().nullable(),
  start: isoDate.nullable(),
  /** The end of the latest period the text names (ISO date), or null. */
  due: isoDate.nullable(),
  /** The work continues or recurs (ongoing, continuous, from …, a cadence word, End: Cont). */
  ongoing: z.boolean(),
  cadence: cadenceSchema.nullable(),
  /** Precision of the due date (or of the whole reading when there is no due date). */
  precision: precisionSchema,
  /** Where the parser guessed (a misspelt month, several dates in one cell, a default year type). */
  notes: z.array(z.string()),
});
export type Timescale = z.infer<typeof timescaleSchema>;

/** What the timescale parser is given: the cell's text, and for a real date cell its serial and format. */
export interface TimescaleInput {
  readonly text: string;
  /** The raw value when the cell is a number (an Excel date serial, or a year such as 2004). */
  readonly value?: number | null;
  readonly numberFormat?: string;
}
