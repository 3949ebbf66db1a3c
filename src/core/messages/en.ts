import { ACTION_ISSUE_CODES, ISSUE_CODES, type IssueCode } from "../schema/issue";
import { ukDate } from "./label";

/** What a message is built from: the finding's facts plus how to name the action and the column. */
export interface MessageContext {
  /** "Action 4.2 'Increase provision at Spa school…'" */
  readonly action: string;
  /** Header text of the column the finding is in. */
  readonly header: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface Wording {
  readonly message: string;
  readonly fix: string;
}

const str = (v: string | number | undefined): string => (v === undefined ? "" : String(v));

/** A cell quoted in a message: one line, at most 60 characters (a status cell can hold a page). */
export function shortText(text: string, max = 60): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
}

type Params = MessageContext["params"];

/** The codes of findings on an action row: their messages start with the action's name. */
export type ActionIssueCode = (typeof ACTION_ISSUE_CODES)[number];

/**
 * What each action message says after naming the action: the message is `${action}${tail}`. Kept apart
 * so the engine can share one tail between the many actions with the same finding (see TableIssues).
 */
export const MESSAGE_TAIL: Readonly<Record<ActionIssueCode, (p: Params) => string>> = {
  "missing-owner": () => " has no owner.",
  "placeholder-owner": (p) => ` has a placeholder owner ("${str(p.word)}").`,
  "missing-due": () => " has no timescale.",
  "unparsed-date": (p) => ` has a timescale that names no date: "${str(p.text)}".`,
  "end-before-start": (p) =>
    ` ends (${ukDate(str(p.due))}) before it starts (${ukDate(str(p.start))}).`,
  "open-ended": () => " is open-ended: it has no end date.",
  overdue: (p) =>
    ` was due ${ukDate(str(p.due))}, ${str(p.days)} days before the report date, and is not marked complete.`,
  "unknown-status": (p) =>
    ` has a status the checker does not recognise: "${shortText(str(p.status))}". It is rated from its dates instead.`,
  "duplicate-ref": (p) => ` has the same reference as the action in row ${str(p.firstRow)}.`,
};

const ACTION_CODES: ReadonlySet<IssueCode> = new Set(ACTION_ISSUE_CODES);

/** Whether a code is one of an action row's (its message is the action's name then MESSAGE_TAIL). */
export function isActionIssueCode(code: IssueCode): code is ActionIssueCode {
  return ACTION_CODES.has(code);
}

const actionMessage =
  (code: ActionIssueCode) =>
  (c: MessageContext): string =>
    `${c.action}${MESSAGE_TAIL[code](c.params)}`;

/**
 * The plain-English wording of every issue code, in one place (zod's locales/en.ts): the pane, the CLI
 * and the summary sheet all say the same thing. Messages name the action; fixes depend on the code and the
 * column's header only, so the engine can make each fix once per table and share it between issues.
 */
export const MESSAGE: Readonly<Record<IssueCode, (c: MessageContext) => string>> = {
  "missing-owner": actionMessage("missing-owner"),
  "placeholder-owner": actionMessage("placeholder-owner"),
  "missing-due": actionMessage("missing-due"),
  "unparsed-date": actionMessage("unparsed-date"),
  "end-before-start": actionMessage("end-before-start"),
  "open-ended": actionMessage("open-ended"),
  overdue: actionMessage("overdue"),
  "unknown-status": actionMessage("unknown-status"),
  "duplicate-ref": actionMessage("duplicate-ref"),
  "no-owner-column": () => "This table has no owner column (Lead, Responsible person, Owner…).",
  "no-due-column": () => "This table has no timescale column (Timescale, Deadline, By when…).",
  "duplicate-mapping": (c) =>
    `Two columns look like the same field: "${c.header}" and "${str(c.params.chosenHeader)}". The checker uses "${str(c.params.chosenHeader)}".`,
  "status-commentary": (c) =>
    `The "${c.header}" column holds sentences, not status words: it is read as progress commentary, and its actions are rated from their dates.`,
};

/** How to fix each issue: the code and `header` only (never the action or params), see MESSAGE. */
export const FIX: Readonly<Record<IssueCode, (c: Pick<MessageContext, "header">) => string>> = {
  "missing-owner": (c) =>
    `Name the person or team who leads it in the ${c.header || "owner"} column.`,
  "placeholder-owner": () =>
    "Replace the placeholder with the name or post of the person who leads it.",
  "missing-due": (c) =>
    `Write when it will be done in the ${c.header || "timescale"} column, e.g. "By 31/03/2026" or "Spring term 2026".`,
  "unparsed-date": () =>
    'Write a date a reader can check, e.g. "By 30/09/2026", "Sept 2026", "Summer term 2026", or "Ongoing".',
  "end-before-start": () => "Correct the start or the end date.",
  "open-ended": () =>
    "Add a review or end date so the board can tell whether it is on track, or confirm it is ongoing work.",
  overdue: () => "Update its status or progress, mark it complete, or agree a new date.",
  "unknown-status": () =>
    "Use a status such as Red, Amber, Green, Complete, On track, At risk, Delayed or Not started.",
  "duplicate-ref": () => "Give each action its own reference.",
  "no-owner-column": () =>
    "Add an owner column, or map an existing column to Owner in the task pane.",
  "no-due-column": () =>
    "Add a timescale column, or map an existing column to Due in the task pane.",
  "duplicate-mapping": () =>
    "Rename one of the headers, or choose the right column for this field in the task pane.",
  "status-commentary": () =>
    "To have the plan's own ratings used, add a RAG column (Red, Amber, Green, Complete) beside the commentary.",
};

/** Message and fix together, by code. */
export const WORDING = Object.fromEntries(
  ISSUE_CODES.map((code) => [
    code,
    (c: MessageContext): Wording => ({ message: MESSAGE[code](c), fix: FIX[code](c) }),
  ])
) as Readonly<Record<IssueCode, (c: MessageContext) => Wording>>;

export function wordingFor(code: IssueCode, context: MessageContext): Wording {
  return WORDING[code](context);
}
