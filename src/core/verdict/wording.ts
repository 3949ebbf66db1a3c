import type { IssueCode } from "../schema/issue";

/** "1 action has", "3 actions have": the count, its noun and the verb agreeing with it. */
export function countHave(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"} ${n === 1 ? "has" : "have"}`;
}

/** "1 action is", "3 actions are". */
function countAre(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"} ${n === 1 ? "is" : "are"}`;
}

/** "1 action ends", "3 actions end". */
function countVerb(n: number, noun: string, verb: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"} ${n === 1 ? `${verb}s` : verb}`;
}

/**
 * A reason in plain words for `n` issues of one code (each issue is one action or one table). Every code
 * has a sentence: which codes block submission is the configuration's choice (their severity).
 */
export function reasonText(code: IssueCode, n: number): string {
  switch (code) {
    case "missing-owner":
      return `${countHave(n, "action")} no owner`;
    case "placeholder-owner":
      return `${countHave(n, "action")} no named owner (only "TBC" or similar)`;
    case "missing-due":
      return `${countHave(n, "action")} no timescale`;
    case "unparsed-date":
      return `${countHave(n, "action")} a timescale that names no date`;
    case "end-before-start":
      return `${countVerb(n, "action", "end")} before ${n === 1 ? "it starts" : "they start"}`;
    case "open-ended":
      return `${countHave(n, "action")} no end date`;
    case "overdue":
      return `${countAre(n, "action")} overdue`;
    case "unknown-status":
      return `${countHave(n, "action")} a status the checker does not know`;
    case "duplicate-ref":
      return `${countVerb(n, "action", "repeat")} another action's reference`;
    case "no-owner-column":
      return `${countHave(n, "table")} no owner column`;
    case "no-due-column":
      return `${countHave(n, "table")} no timescale column`;
    case "duplicate-mapping":
      return `${countHave(n, "table")} two fields mapped to one column`;
    case "status-commentary":
      return `${countHave(n, "table")} commentary in the status column (rated from the dates)`;
  }
}
