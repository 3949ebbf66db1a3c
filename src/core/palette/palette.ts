import type { Rating } from "../schema/action";
import type { IssueCode, Severity } from "../schema/issue";

/**
 * What a highlight in the plan means: one meaning per colour. "missing": data a reader needs is missing
 * or unreadable (owner, timescale, a column), the errors that stop a plan being ready. "red": overdue,
 * rated Red. "amber": due within the amber window. "open-ended": no end date to check progress against.
 * "check": the checker is unsure (a status it does not know, a repeated reference, a column mapped twice).
 */
export const HIGHLIGHT_KINDS = ["missing", "red", "amber", "open-ended", "check"] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** When a cell has several, the first in HIGHLIGHT_KINDS wins (its note still lists every message). */
export const HIGHLIGHT_RANK: Readonly<Record<HighlightKind, number>> = {
  missing: 5,
  red: 4,
  amber: 3,
  "open-ended": 2,
  check: 1,
};

/** Each issue code's highlight: by what it means, whatever severity the configuration gives it. */
export const KIND_OF_CODE: Readonly<Record<IssueCode, HighlightKind>> = {
  "missing-owner": "missing",
  "placeholder-owner": "missing",
  "missing-due": "missing",
  "unparsed-date": "missing",
  "end-before-start": "missing",
  "no-owner-column": "missing",
  "no-due-column": "missing",
  overdue: "red",
  "open-ended": "open-ended",
  "unknown-status": "check",
  "duplicate-ref": "check",
  "duplicate-mapping": "check",
  "status-commentary": "check",
};

/**
 * Fills (RRGGBB), each light enough for black text at AA contrast. Red and Amber are the ratings' own
 * colours (Excel's Bad and Neutral styles), so a Red cell in the plan and "Red" on the summary look alike;
 * the others are hues no rating uses. The word is always written too: colour is never the only signal.
 */
export const HIGHLIGHT_FILL: Readonly<Record<HighlightKind, string>> = {
  missing: "F4B084",
  red: "FFC7CE",
  amber: "FFEB9C",
  "open-ended": "DDEBF7",
  check: "E4DFEC",
};

/** Ratings' fill and text colour, the same in the CLI's copy, the add-in's summary and the pane. */
export const RATING_COLOURS: Readonly<
  Record<Rating, { readonly fill: string; readonly ink: string }>
> = {
  complete: { fill: "BDD7EE", ink: "1F3864" },
  red: { fill: HIGHLIGHT_FILL.red, ink: "9C0006" },
  amber: { fill: HIGHLIGHT_FILL.amber, ink: "9C5700" },
  green: { fill: "C6EFCE", ink: "006100" },
  "not-rated": { fill: "E7E6E6", ink: "000000" },
};

/** Fills by severity, for intents that show a severity (the roll-up's counts). */
export const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  error: HIGHLIGHT_FILL.missing,
  warning: HIGHLIGHT_FILL.amber,
  info: HIGHLIGHT_FILL["open-ended"],
};

/** One line of the legend: the colour, its name and what it means. */
export interface LegendEntry {
  readonly kind: HighlightKind;
  readonly label: string;
  readonly fill: string;
  readonly meaning: string;
}

/** The legend, as the summary sheet and the pane show it. */
export const HIGHLIGHT_LEGEND: readonly LegendEntry[] = [
  {
    kind: "missing",
    label: "Missing",
    fill: HIGHLIGHT_FILL.missing,
    meaning: "An owner or a timescale is missing or cannot be read. Fix these before submitting.",
  },
  {
    kind: "red",
    label: "Red",
    fill: HIGHLIGHT_FILL.red,
    meaning: "Overdue: past its due date and not marked complete.",
  },
  {
    kind: "amber",
    label: "Amber",
    fill: HIGHLIGHT_FILL.amber,
    meaning: "Due soon: within the amber window after the report date.",
  },
  {
    kind: "open-ended",
    label: "Open-ended",
    fill: HIGHLIGHT_FILL["open-ended"],
    meaning: "No end date (ongoing or recurring): progress cannot be checked against a date.",
  },
  {
    kind: "check",
    label: "Check",
    fill: HIGHLIGHT_FILL.check,
    meaning: "The checker is unsure: a status it does not know, or a repeated reference.",
  },
];

/**
 * The fill a summary cell's format intent asks for (RRGGBB), from this one palette, so the CLI's copy and
 * the add-in's sheet colour alike; null for intents without one. `overrides` (the configured complete
 * colour) win.
 */
export function intentFill(
  intent: string,
  overrides: Readonly<Record<string, string | undefined>> = {}
): string | null {
  const override = overrides[intent];
  if (override) return override;
  const [prefix, ...rest] = intent.split("-");
  const key = rest.join("-");
  if (prefix === "rating" && key in RATING_COLOURS) return RATING_COLOURS[key as Rating].fill;
  if (prefix === "highlight" && key in HIGHLIGHT_FILL) return HIGHLIGHT_FILL[key as HighlightKind];
  if (prefix === "severity" && key in SEVERITY_COLOURS) return SEVERITY_COLOURS[key as Severity];
  return null;
}
