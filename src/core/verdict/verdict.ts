import { shorten, ukDate } from "../messages/label";
import type { Action } from "../schema/action";
import type { Config } from "../schema/config";
import { ISSUE_CODES, type Issue, type IssueCode } from "../schema/issue";
import type { CheckedTable, WorkbookReport } from "../schema/report";
import type { VerdictAction, VerdictReason, WorkbookVerdict } from "../schema/verdict";
import { parseTimescaleShared } from "../timescale";
import { addDays } from "./days";
import { ISSUE_CATALOGUE } from "../issues/catalogue";
import { countHave } from "../text/counts";

/** What the verdict reads from the configuration. */
export type VerdictConfig = Pick<Config, "updatePeriodDays" | "redNeedsUpdate" | "bareYearRange">;

/** How long the action's words are when a reason lists it. */
const ACTION_WORDS = 60;

function actionOf(table: CheckedTable, a: Action): VerdictAction {
  const col = table.columns.action ?? table.range.replace(/\d.*$/, "");
  return {
    sheet: table.sheet,
    row: a.row,
    cell: `${col}${a.row}`,
    ref: a.ref,
    action: shorten(a.actionText || a.action, ACTION_WORDS),
  };
}

function tableOf(table: CheckedTable, issue: Issue): VerdictAction {
  return {
    sheet: table.sheet,
    row: issue.row,
    cell: issue.cell,
    ref: null,
    action: table.section ? shorten(table.section, ACTION_WORDS) : `Table at ${table.range}`,
  };
}

/**
 * Is the update current? Empty is not. One that names dates is current when the latest of them (the end of
 * the period it names: "March 2013" is 31/03/2013) falls on or after `periodStart`; one that names none is
 * current, as the reader cannot tell its age. A date after the report date (a plan for next term) counts.
 */
export function updateIsCurrent(
  update: string | null | undefined,
  periodStart: string | null,
  config: Pick<Config, "bareYearRange">
): boolean {
  if (!update || update.trim() === "") return false;
  if (periodStart === null) return true;
  const parsed = parseTimescaleShared(
    { text: update, value: null, numberFormat: "General" },
    config
  );
  return parsed.due === null || parsed.due >= periodStart;
}

/** Whether an issue before position `j` of the list has the same code as the one at `j`. */
function codeBefore(issues: readonly Issue[], j: number): boolean {
  const code = (issues[j] as Issue).code;
  for (let i = 0; i < j; i++) if ((issues[i] as Issue).code === code) return true;
  return false;
}

/**
 * The answer to "can I submit this?". Not ready when any issue is an error (by default: an action with no
 * owner or no readable date, a table with no owner or timescale column) or when a Red action has no current
 * update (councils ask for commentary on every Red). Each reason says, in words, how many and which.
 */
export function verdictOf(
  report: Pick<WorkbookReport, "tables" | "issues">,
  config: VerdictConfig,
  asOf: string
): WorkbookVerdict {
  const byCode = new Map<IssueCode, VerdictAction[]>();
  const empty: VerdictAction[] = [];
  const stale: VerdictAction[] = [];
  const periodStart = config.updatePeriodDays > 0 ? addDays(asOf, -config.updatePeriodDays) : null;
  const listOf = (code: IssueCode): VerdictAction[] => {
    let list = byCode.get(code);
    if (list === undefined) {
      list = [];
      byCode.set(code, list);
    }
    return list;
  };
  const blocked = (i: Issue, entry: () => VerdictAction) => {
    if (i.severity === "error") listOf(i.code).push(entry());
  };
  for (const t of report.tables) {
    for (const i of t.issues) blocked(i, () => tableOf(t, i));
    // indexed, with no closure or set per action: a big plan has an issue on nearly every action
    const actions = t.actions;
    for (let k = 0; k < actions.length; k++) {
      const a = actions[k] as Action;
      const own = a.issues;
      for (let j = 0; j < own.length; j++) {
        const i = own[j] as Issue;
        // one entry per action and code: two issues of one code on a row are one reason to fix it
        if (i.severity === "error" && !codeBefore(own, j)) listOf(i.code).push(actionOf(t, a));
      }
      if (!config.redNeedsUpdate || a.rag !== "red") continue;
      if (!a.update) empty.push(actionOf(t, a));
      else if (!updateIsCurrent(a.update, periodStart, config)) stale.push(actionOf(t, a));
    }
  }
  const reasons: VerdictReason[] = [];
  for (const i of report.issues)
    blocked(i, () => ({ sheet: i.sheet, row: i.row, cell: i.cell, ref: null, action: i.message }));
  for (const code of ISSUE_CODES) {
    const list = byCode.get(code);
    if (list)
      reasons.push({ code, text: ISSUE_CATALOGUE[code].reason(list.length), actions: list });
  }
  if (empty.length > 0)
    reasons.push({
      code: "red-no-update",
      text: `${countHave(empty.length, "Red action")} no update`,
      actions: empty,
    });
  if (stale.length > 0 && periodStart !== null)
    reasons.push({
      code: "red-stale-update",
      text: `${countHave(stale.length, "Red action")} no update since ${ukDate(periodStart)}`,
      actions: stale,
    });
  return { ready: reasons.length === 0, reasons };
}

/** The verdict in one line, as the pane's heading and the CLI say it. */
export function verdictSentence(verdict: WorkbookVerdict): string {
  if (verdict.ready) return "Ready to submit";
  return `Not ready: ${verdict.reasons.map((r) => r.text).join("; ")}`;
}
