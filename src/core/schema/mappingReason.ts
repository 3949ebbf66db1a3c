/** Which rule mapped a column: a whole-header synonym, a keyword, a rule over the header's words, its head
 * term, inferred from the column's text (no header names the action), the user's correction, or refs read
 * from the action text. One list for the detector's type and the report's schema. */
export const MAPPING_REASONS = [
  "synonym",
  "keyword",
  "rule",
  "head-term",
  "inferred",
  "override",
  "ref-in-action-text",
] as const;
export type MappingReason = (typeof MAPPING_REASONS)[number];
