/**
 * The canonical fields of an action row (PRODUCT.md) with their header synonyms. This table is the one
 * place header wording lives: detection matches headers against it, checks read `required` from config.
 * Synonyms are written in normalised form (lower case, punctuation folded to spaces; see
 * `detect/normalise.ts`).
 */
export const FIELD_NAMES = [
  "ref",
  "action",
  "outcome",
  "owner",
  "partners",
  "start",
  "due",
  "status",
  "progress",
  "monitoring",
  "evaluation",
  "resources",
  "funding",
  "links",
  "review",
] as const;

export type FieldName = (typeof FIELD_NAMES)[number];

export interface FieldSpec {
  readonly name: FieldName;
  /** Plain-English label for the pane and the summary sheet. */
  readonly label: string;
  /** Normalised header phrases that name this field. */
  readonly synonyms: readonly string[];
}

export const FIELDS: readonly FieldSpec[] = [
  { name: "ref", label: "Ref", synonyms: [] },
  { name: "action", label: "Action", synonyms: [] },
  { name: "outcome", label: "Outcome", synonyms: [] },
  { name: "owner", label: "Owner", synonyms: [] },
  { name: "partners", label: "Partners", synonyms: [] },
  { name: "start", label: "Start", synonyms: [] },
  { name: "due", label: "Due / timescale", synonyms: [] },
  { name: "status", label: "Status", synonyms: [] },
  { name: "progress", label: "Progress", synonyms: [] },
  { name: "monitoring", label: "Monitoring", synonyms: [] },
  { name: "evaluation", label: "Evaluation", synonyms: [] },
  { name: "resources", label: "Resources", synonyms: [] },
  { name: "funding", label: "Funding", synonyms: [] },
  { name: "links", label: "Links", synonyms: [] },
  { name: "review", label: "Review date", synonyms: [] },
];
