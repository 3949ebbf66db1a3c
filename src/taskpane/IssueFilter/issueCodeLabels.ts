import type { IssueCode } from "../../core/schema";

/** Short names for issue codes, for the filter (the code itself is a stable id, not wording). */
export const ISSUE_CODE_LABEL: Readonly<Record<IssueCode, string>> = {
  "missing-owner": "No owner",
  "placeholder-owner": "Placeholder owner",
  "missing-due": "No timescale",
  "unparsed-date": "Timescale with no date",
  "end-before-start": "Ends before it starts",
  "open-ended": "Open-ended",
  overdue: "Overdue",
  "unknown-status": "Unknown status",
  "duplicate-ref": "Duplicate reference",
  "no-owner-column": "No owner column",
  "no-due-column": "No timescale column",
  "duplicate-mapping": "Two columns for one field",
  "status-commentary": "Status column of sentences",
};
