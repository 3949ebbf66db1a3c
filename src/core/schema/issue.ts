import { z } from "zod";

import { ISSUE_CODES, SEVERITIES } from "../issues/catalogue";

/** The codes, their severities and wording are declared in the issue catalogue (../issues/catalogue). */
export {
  ACTION_ISSUE_CODES,
  DEFAULT_SEVERITY,
  ISSUE_CODES,
  TABLE_ISSUE_CODES,
} from "../issues/catalogue";

export const issueCodeSchema = z.enum(ISSUE_CODES);
export type IssueCode = z.infer<typeof issueCodeSchema>;

export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

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
