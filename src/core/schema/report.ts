import { z } from "zod";
import { FIELD_NAMES } from "./fields";
import { MAPPING_REASONS } from "./mappingReason";
import { actionSchema } from "./action";
import { issueSchema } from "./issue";
import { reportSummarySchema, verdictSchema } from "./verdict";

const fieldSchema = z.enum(FIELD_NAMES);

/** How a column came to be mapped: why, for the pane and for debugging a mapping. */
export const mappingNoteSchema = z.object({
  field: fieldSchema,
  column: z.string(),
  header: z.string(),
  reason: z.enum(MAPPING_REASONS),
  /** How sure the reading of the header is, 0–1 (absent for the user's corrections). */
  score: z.number().min(0).max(1).optional(),
  /** The reason in words: "'update' is the main word of the header: progress". */
  detail: z.string().optional(),
});

export const checkedTableSchema = z.object({
  sheet: z.string(),
  /** Stable key for overrides: "Sheet!A7" (sheet and the header row's first cell). */
  key: z.string(),
  headerRow: z.number().int().positive(),
  /** Header rows used (2 when the header is split over two rows). */
  headerRows: z.number().int().positive(),
  range: z.string(),
  section: z.string().nullable(),
  columns: z.partialRecord(fieldSchema, z.string()),
  /** Header text of every column in the table, by letter (for the mapping dropdowns). */
  headers: z.record(z.string(), z.string()),
  mapping: z.array(mappingNoteSchema),
  /** True when the status column records something other than progress (e.g. New/Continuing). */
  statusIsProgress: z.boolean(),
  actions: z.array(actionSchema),
  issues: z.array(issueSchema),
});
export type CheckedTable = z.infer<typeof checkedTableSchema>;

/** What the timescales of a workbook were read against: its calendar and its years. */
export const workbookTimescalesSchema = z.object({
  /**
   * How a bare "2023/24" or "2009-10" was read: as a financial year, an academic year, or by its
   * punctuation (a slash is a financial year, a hyphen an academic one) when nothing says which.
   */
  calendar: z.enum(["financial", "academic", "by-punctuation"]),
  /** Who decided: the user's setting, the plan's own words, or the default. */
  calendarSource: z.enum(["setting", "plan", "default"]),
  /** How many distinct texts (timescales, headers, headings, titles) speak of each kind of year. */
  calendarEvidence: z.object({ financial: z.number().int(), academic: z.number().int() }),
  /** Years the plan's dates and titles name: a date written without a year takes one of these. */
  years: z.array(z.number().int()),
});
export type WorkbookTimescales = z.infer<typeof workbookTimescalesSchema>;

export const workbookReportSchema = z.object({
  file: z.string(),
  tables: z.array(checkedTableSchema),
  /** Workbook-level problems (an unreadable file has one and no tables). */
  issues: z.array(issueSchema),
  /** The calendar and years the workbook's timescales were read against (absent for an unreadable file). */
  timescales: workbookTimescalesSchema.optional(),
  error: z.string().optional(),
  /** Can it be submitted, and if not why (absent when the file could not be read). */
  verdict: verdictSchema.optional(),
  /** Counts by rating overall, by section and by owner (absent when the file could not be read). */
  summary: reportSummarySchema.optional(),
});
export type WorkbookReport = z.infer<typeof workbookReportSchema>;

export const reportSchema = z.object({
  tool: z.literal("action-plan-checker"),
  version: z.string(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  workbooks: z.array(workbookReportSchema),
});
export type Report = z.infer<typeof reportSchema>;
