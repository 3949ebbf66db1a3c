import type { IssueCode } from "../schema/issue";
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

/**
 * The plain-English wording of every issue code, in one place (zod's locales/en.ts): the pane, the CLI
 * and the summary sheet all say the same thing.
 */
export const WORDING: Readonly<Record<IssueCode, (c: MessageContext) => Wording>> = {
  "missing-owner": (c) => ({
    message: `${c.action} has no owner.`,
    fix: `Name the person or team who leads it in the ${c.header || "owner"} column.`,
  }),
  "placeholder-owner": (c) => ({
    message: `${c.action} has a placeholder owner ("${str(c.params.word)}").`,
    fix: "Replace the placeholder with the name or post of the person who leads it.",
  }),
  "missing-due": (c) => ({
    message: `${c.action} has no timescale.`,
    fix: `Write when it will be done in the ${c.header || "timescale"} column, e.g. "By 31/03/2026" or "Spring term 2026".`,
  }),
  "unparsed-date": (c) => ({
    message: `${c.action} has a timescale that names no date: "${str(c.params.text)}".`,
    fix: 'Write a date a reader can check, e.g. "By 30/09/2026", "Sept 2026", "Summer term 2026", or "Ongoing".',
  }),
  "end-before-start": (c) => ({
    message: `${c.action} ends (${ukDate(str(c.params.due))}) before it starts (${ukDate(str(c.params.start))}).`,
    fix: "Correct the start or the end date.",
  }),
  "open-ended": (c) => ({
    message: `${c.action} is open-ended: it has no end date.`,
    fix: "Add a review or end date so the board can tell whether it is on track, or confirm it is ongoing work.",
  }),
  overdue: (c) => ({
    message: `${c.action} was due ${ukDate(str(c.params.due))}, ${str(c.params.days)} days before the report date, and is not marked complete.`,
    fix: "Update its status or progress, mark it complete, or agree a new date.",
  }),
  "unknown-status": (c) => ({
    message: `${c.action} has a status the checker does not recognise: "${str(c.params.status)}". It is rated from its dates instead.`,
    fix: "Use a status such as Red, Amber, Green, Complete, On track, At risk, Delayed or Not started.",
  }),
  "duplicate-ref": (c) => ({
    message: `${c.action} has the same reference as the action in row ${str(c.params.firstRow)}.`,
    fix: "Give each action its own reference.",
  }),
  "no-owner-column": () => ({
    message: "This table has no owner column (Lead, Responsible person, Owner…).",
    fix: "Add an owner column, or map an existing column to Owner in the task pane.",
  }),
  "no-due-column": () => ({
    message: "This table has no timescale column (Timescale, Deadline, By when…).",
    fix: "Add a timescale column, or map an existing column to Due in the task pane.",
  }),
  "duplicate-mapping": (c) => ({
    message: `Two columns look like the same field: "${c.header}" and "${str(c.params.chosenHeader)}". The checker uses "${str(c.params.chosenHeader)}".`,
    fix: "Rename one of the headers, or choose the right column for this field in the task pane.",
  }),
};

export function wordingFor(code: IssueCode, context: MessageContext): Wording {
  return WORDING[code](context);
}
