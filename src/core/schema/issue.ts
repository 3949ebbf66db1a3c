import { z } from "zod";

/** Stable issue codes (PRODUCT.md). The JSON report, tests and users' own tooling depend on them. */
export const ACTION_ISSUE_CODES = [
  "missing-owner",
  "placeholder-owner",
  "missing-due",
  "unparsed-date",
  "end-before-start",
  "open-ended",
  "overdue",
  "unknown-status",
  "duplicate-ref",
] as const;

export const TABLE_ISSUE_CODES = [
  "no-owner-column",
  "no-due-column",
  "duplicate-mapping",
  "status-commentary",
] as const;

export const ISSUE_CODES = [...ACTION_ISSUE_CODES, ...TABLE_ISSUE_CODES] as const;

export const issueCodeSchema = z.enum(ISSUE_CODES);
export type IssueCode = z.infer<typeof issueCodeSchema>;

export const severitySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof severitySchema>;

/** Default severity per code; the configuration may override any of them. */
export const DEFAULT_SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  "missing-owner": "error",
  "placeholder-owner": "error",
  "missing-due": "error",
  "unparsed-date": "error",
  "end-before-start": "error",
  "open-ended": "warning",
  overdue: "warning",
  "unknown-status": "warning",
  "duplicate-ref": "warning",
  "no-owner-column": "error",
  "no-due-column": "error",
  "duplicate-mapping": "warning",
  "status-commentary": "info",
};

/** One finding. Issues are data, never thrown. Location is 1-based row and a column letter. */
export const issueSchema = z.object({
  code: issueCodeSchema,
  severity: severitySchema,
  sheet: z.string(),
  row: z.number().int().positive(),
  /** Column letter; the cell is `${column}${row}`. */
  column: z.string(),
  cell: z.string(),
  message: z.string(),
  fix: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;
