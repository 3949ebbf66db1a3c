import { formatUkDate } from "../calendar/iso";
import { countAre, countHave, countVerb } from "../text/counts";
import { shortText } from "../text/shorten";

/**
 * Every issue the checker can raise, in one place (frictionless-py's error catalogue, zod's issue union with
 * its English locale): per code its default severity, the facts its message is built from (typed), the
 * message, the fix, the short label the pane's filter shows and the verdict's reason. The codes are stable
 * (PRODUCT.md): the JSON report, tests and users' own tooling depend on them; their order is the order the
 * verdict lists its reasons in.
 */
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

export type IssueCode = (typeof ISSUE_CODES)[number];
/** The codes of findings on an action row: their messages start with the action's name. */
export type ActionIssueCode = (typeof ACTION_ISSUE_CODES)[number];
export type TableIssueCode = (typeof TABLE_ISSUE_CODES)[number];

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A finding without facts of its own. */
export type NoParams = Readonly<Record<string, never>>;

/** The facts each code's message is built from (dates are ISO yyyy-mm-dd). */
export type IssueParams = {
  "missing-owner": NoParams;
  /** The placeholder as written ("TBC"). */
  "placeholder-owner": Readonly<{ word: string }>;
  "missing-due": NoParams;
  /** The timescale cell's text. */
  "unparsed-date": Readonly<{ text: string }>;
  "end-before-start": Readonly<{ start: string; due: string }>;
  "open-ended": NoParams;
  /** Due date and days past it on the report date. */
  overdue: Readonly<{ due: string; days: number }>;
  "unknown-status": Readonly<{ status: string }>;
  /** The row where the reference was first seen. */
  "duplicate-ref": Readonly<{ firstRow: number }>;
  "no-owner-column": NoParams;
  "no-due-column": NoParams;
  /** The header of the column not chosen, and the one the checker uses. */
  "duplicate-mapping": Readonly<{ header: string; chosenHeader: string; chosenCol: number }>;
  "status-commentary": NoParams;
};

/** What a message may be given: a code's facts, as the engine carries them (see IssueParams). */
export type LooseParams = Readonly<Record<string, string | number>>;

interface Entry {
  readonly severity: Severity;
  /** Short name for the code, for the pane's filter and lists (the code itself is an id, not wording). */
  readonly label: string;
  /** The verdict's reason for `n` issues of the code (each one action or one table): "3 actions have no owner". */
  readonly reason: (n: number) => string;
  /** How to fix it: from the column's header only (never the action or the facts), so fixes can be shared. */
  readonly fix: (c: { readonly header: string }) => string;
}

/** An action row's finding: its message is the action's name, then `tail` (shared between actions). */
export interface ActionEntry<C extends ActionIssueCode> extends Entry {
  readonly tail: (p: IssueParams[C]) => string;
}

/** A table's finding, at a header cell; `header` is that cell's text. */
export interface TableEntry<C extends TableIssueCode> extends Entry {
  readonly message: (c: { readonly header: string; readonly params: IssueParams[C] }) => string;
}

const str = (v: string | number | undefined): string => (v === undefined ? "" : String(v));

export const ACTION_ISSUES: { readonly [C in ActionIssueCode]: ActionEntry<C> } = {
  "missing-owner": {
    severity: "error",
    label: "No owner",
    reason: (n) => `${countHave(n, "action")} no owner`,
    tail: () => " has no owner.",
    fix: (c) => `Name the person or team who leads it in the ${c.header || "owner"} column.`,
  },
  "placeholder-owner": {
    severity: "error",
    label: "Placeholder owner",
    reason: (n) => `${countHave(n, "action")} no named owner (only "TBC" or similar)`,
    tail: (p) => ` has a placeholder owner ("${str(p.word)}").`,
    fix: () => "Replace the placeholder with the name or post of the person who leads it.",
  },
  "missing-due": {
    severity: "error",
    label: "No timescale",
    reason: (n) => `${countHave(n, "action")} no timescale`,
    tail: () => " has no timescale.",
    fix: (c) =>
      `Write when it will be done in the ${c.header || "timescale"} column, e.g. "By 31/03/2026" or "Spring term 2026".`,
  },
  "unparsed-date": {
    severity: "error",
    label: "Timescale with no date",
    reason: (n) => `${countHave(n, "action")} a timescale that names no date`,
    tail: (p) => ` has a timescale that names no date: "${str(p.text)}".`,
    fix: () =>
      'Write a date a reader can check, e.g. "By 30/09/2026", "Sept 2026", "Summer term 2026", or "Ongoing".',
  },
  "end-before-start": {
    severity: "error",
    label: "Ends before it starts",
    reason: (n) =>
      `${countVerb(n, "action", "end")} before ${n === 1 ? "it starts" : "they start"}`,
    tail: (p) =>
      ` ends (${formatUkDate(str(p.due))}) before it starts (${formatUkDate(str(p.start))}).`,
    fix: () => "Correct the start or the end date.",
  },
  "open-ended": {
    severity: "warning",
    label: "Open-ended",
    reason: (n) => `${countHave(n, "action")} no end date`,
    tail: () => " is open-ended: it has no end date.",
    fix: () =>
      "Add a review or end date so the board can tell whether it is on track, or confirm it is ongoing work.",
  },
  overdue: {
    severity: "warning",
    label: "Overdue",
    reason: (n) => `${countAre(n, "action")} overdue`,
    tail: (p) =>
      ` was due ${formatUkDate(str(p.due))}, ${str(p.days)} days before the report date, and is not marked complete.`,
    fix: () => "Update its status or progress, mark it complete, or agree a new date.",
  },
  "unknown-status": {
    severity: "warning",
    label: "Unknown status",
    reason: (n) => `${countHave(n, "action")} a status the checker does not know`,
    tail: (p) =>
      ` has a status the checker does not recognise: "${shortText(str(p.status))}". It is rated from its dates instead.`,
    fix: () =>
      "Use a status such as Red, Amber, Green, Complete, On track, At risk, Delayed or Not started.",
  },
  "duplicate-ref": {
    severity: "warning",
    label: "Duplicate reference",
    reason: (n) => `${countVerb(n, "action", "repeat")} another action's reference`,
    tail: (p) => ` has the same reference as the action in row ${str(p.firstRow)}.`,
    fix: () => "Give each action its own reference.",
  },
};

export const TABLE_ISSUES: { readonly [C in TableIssueCode]: TableEntry<C> } = {
  "no-owner-column": {
    severity: "error",
    label: "No owner column",
    reason: (n) => `${countHave(n, "table")} no owner column`,
    message: () => "This table has no owner column (Lead, Responsible person, Owner…).",
    fix: () => "Add an owner column, or map an existing column to Owner in the task pane.",
  },
  "no-due-column": {
    severity: "error",
    label: "No timescale column",
    reason: (n) => `${countHave(n, "table")} no timescale column`,
    message: () => "This table has no timescale column (Timescale, Deadline, By when…).",
    fix: () => "Add a timescale column, or map an existing column to Due in the task pane.",
  },
  "duplicate-mapping": {
    severity: "warning",
    label: "Two columns for one field",
    reason: (n) => `${countHave(n, "table")} two fields mapped to one column`,
    message: (c) =>
      `Two columns look like the same field: "${c.header}" and "${str(c.params.chosenHeader)}". The checker uses "${str(c.params.chosenHeader)}".`,
    fix: () =>
      "Rename one of the headers, or choose the right column for this field in the task pane.",
  },
  "status-commentary": {
    severity: "info",
    label: "Status column of sentences",
    reason: (n) =>
      `${countHave(n, "table")} commentary in the status column (rated from the dates)`,
    message: (c) =>
      `The "${c.header}" column holds sentences, not status words: it is read as progress commentary, and its actions are rated from their dates.`,
    fix: () =>
      "To have the plan's own ratings used, add a RAG column (Red, Amber, Green, Complete) beside the commentary.",
  },
};

/** Every code's entry (the action and table catalogues together), for what every code shares. */
export const ISSUE_CATALOGUE: { readonly [C in IssueCode]: Entry } = {
  ...ACTION_ISSUES,
  ...TABLE_ISSUES,
};

const ACTION_CODES: ReadonlySet<IssueCode> = new Set(ACTION_ISSUE_CODES);

/** Whether a code is one of an action row's (its message is the action's name then its tail). */
export function isActionIssueCode(code: IssueCode): code is ActionIssueCode {
  return ACTION_CODES.has(code);
}

/** Default severity per code; the configuration may override any of them. */
export const DEFAULT_SEVERITY = Object.fromEntries(
  ISSUE_CODES.map((code) => [code, ISSUE_CATALOGUE[code].severity])
) as Readonly<Record<IssueCode, Severity>>;

/** The short label of each code (see Entry.label). */
export const ISSUE_CODE_LABEL = Object.fromEntries(
  ISSUE_CODES.map((code) => [code, ISSUE_CATALOGUE[code].label])
) as Readonly<Record<IssueCode, string>>;
