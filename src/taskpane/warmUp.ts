import { checkWorkbook, highlightPlan } from "../core/engine";
import type { CellValue, SheetGrid } from "../core/grid/types";
import type { Config, WorkbookReport } from "../core/schema";
import { RATING_ORDER } from "../core/summary/labels";
import { issueEntries, issueView } from "./issueView";
import { actionsByRating, INITIAL_FILTER } from "./paneState";

/** A cell as Excel gives it: the value, its displayed text and its number format. */
type Cell = readonly [CellValue, string?, string?];

/** Excel serial (1900 system) of a date. */
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

/**
 * A small plan of the usual shape: dates, months, phrases, ratings by word, a blank and a "TBC" owner, a
 * repeated ref. Made up here, never read from the workbook.
 */
const ROWS: readonly (readonly Cell[])[] = [
  [["Ref"], ["Action"], ["Lead officer"], ["Timescale"], ["Status"], ["Progress"]],
  [
    ["1.1"],
    ["Agree the plan with partners"],
    ["Head of Service"],
    [serial(2025, 3, 31), "31/03/2025", "dd/mm/yyyy"],
    ["Complete"],
    ["Agreed in March"],
  ],
  [
    ["1.2"],
    ["Review the training offer"],
    ["TBC"],
    [serial(2025, 6, 1), "Jun-25", "mmm-yy"],
    ["Amber"],
    [""],
  ],
  [
    ["1.3"],
    ["Publish the annual report"],
    [""],
    ["Autumn term 2025"],
    ["Red"],
    ["Delayed by the audit"],
  ],
  [
    ["2.1"],
    ["Set up a monitoring group"],
    ["Policy Officer\nData Lead"],
    ["Ongoing"],
    ["On track"],
    [""],
  ],
  [["2.1"], ["Report to the board quarterly"], ["Director"], ["Q3 2025/26"], ["Not started"], [""]],
];

function warmUpSheet(): SheetGrid {
  const values = ROWS.map((r) => r.map(([v]) => (v === "" ? null : v)));
  const text = ROWS.map((r) => r.map(([v, t]) => t ?? (v === null ? "" : String(v))));
  const numberFormat = ROWS.map((r) => r.map(([, , f]) => f ?? "General"));
  return { name: "Plan", originRow: 1, originCol: 1, values, text, numberFormat, merges: [] };
}

/**
 * Runs the engine and the pane's report views once on a made-up plan, so the person's first check does not
 * pay for compiling them: on a freshly opened pane that first run costs more than checking a 60-action
 * plan warm. Touches nothing in the workbook; a failure here only means the first check is not sped up.
 */
export function warmUp(config: Config, asOf: string): WorkbookReport | null {
  try {
    const report = checkWorkbook({ sheets: [warmUpSheet()] }, config, asOf, "warm-up.xlsx");
    highlightPlan(report);
    issueView(issueEntries(report), INITIAL_FILTER);
    actionsByRating(report, RATING_ORDER);
    return report;
  } catch {
    // nothing to report: the real check will say what is wrong
    return null;
  }
}

/** Runs `warmUp` once the pane is idle (or soon, where idle callbacks do not exist); returns a cancel. */
export function warmUpWhenIdle(config: Config, asOf: string): () => void {
  const run = () => {
    warmUp(config, asOf);
  };
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(run, { timeout: 1_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}
