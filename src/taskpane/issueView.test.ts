import type { CheckedTable } from "../core/schema";
import { INITIAL_FILTER, tableTitle, type IssueFilter } from "./paneState";
import { entryMatches, isFiltered, issueEntries, issueView, type IssueEntry } from "./issueView";
import { issue, planTable, reportWithErrors } from "./testing/report";

const cellsFor = (change: Partial<IssueFilter>) =>
  issueEntries(reportWithErrors())
    .filter((e) => entryMatches(e, { ...INITIAL_FILTER, ...change }))
    .map((e) => e.issue.cell);

describe("issueEntries", () => {
  it("knows each issue's action, its rating and its table", () => {
    const [owner, overdue, unparsed] = issueEntries(reportWithErrors());
    expect(owner?.action?.row).toBe(6);
    expect(overdue?.rating).toBe("red");
    expect(unparsed?.rating).toBe("not-rated");
    expect(owner?.where).toBe("Priority 1: Children in care (Plan)");
  });

  it("finds the action of a continuation row, and none for a table's own issue", () => {
    const table = planTable();
    const actions = table.actions
      .filter((a) => a.row !== 8)
      .map((a) => (a.row === 7 ? { ...a, rows: [7, 8] } : a));
    const own = issue({ code: "no-owner-column", cell: "A4" });
    const entries = issueEntries({
      file: "x",
      issues: [],
      tables: [{ ...table, actions, issues: [own, issue({ code: "overdue", cell: "D8" })] }],
    });
    expect(entries.find((e) => e.issue.cell === "A4")?.action).toBeNull();
    expect(
      entries.find((e) => e.issue.cell === "D8" && e.issue.code === "overdue")?.action?.row
    ).toBe(7);
  });
});

describe("issueEntries after a re-check", () => {
  it("reuses the entries of a table the re-check kept, and builds those of the table it checked again", () => {
    const before = reportWithErrors();
    const [kept, edited] = before.tables as [CheckedTable, CheckedTable];
    const rechecked = { ...edited, issues: [issue({ code: "no-owner-column", cell: "A4" })] };
    const first = issueEntries(before);
    const again = issueEntries({ ...before, tables: [kept, rechecked] });
    const ofKept = (es: readonly IssueEntry[]) => es.filter((e) => e.where === tableTitle(kept));
    expect(ofKept(first).length).toBeGreaterThan(0);
    ofKept(again).forEach((e, i) => expect(e).toBe(ofKept(first)[i]));
    expect(again.find((e) => e.issue.code === "no-owner-column")?.where).toBe(
      tableTitle(rechecked)
    );
  });
});

describe("filtering", () => {
  it.each<[string, Partial<IssueFilter>, string[]]>([
    ["severity", { severity: "error" }, ["C6", "D8"]],
    ["code", { code: "overdue" }, ["D7"]],
    ["rating of the action", { rating: "red" }, ["D7"]],
    ["the action's words", { text: "publish" }, ["D7"]],
    ["the owner", { text: "head of service" }, ["D7", "D8"]],
    ["the section", { text: "children in care" }, ["C6", "D7", "D8"]],
    ["the kind of issue, in words", { text: "no owner" }, ["C6"]],
    ["a cell address", { text: "plan!d8" }, ["D8"]],
    ["every word, in any order", { text: "strategy overdue" }, ["D7"]],
    ["words that match nothing", { text: "  Fix unparsed zebra " }, []],
    ["severity and words together", { severity: "error", text: "publish" }, []],
  ])("by %s", (_name, change, cells) => {
    expect(cellsFor(change)).toEqual(cells);
  });
});

describe("issueView", () => {
  it("groups by severity, Errors before Warnings, and counts what is shown", () => {
    const view = issueView(issueEntries(reportWithErrors()), INITIAL_FILTER);
    expect(view.groups.map((g) => [g.title, g.entries.length])).toEqual([
      ["Errors", 2],
      ["Warnings", 1],
    ]);
    expect(view.total).toBe(3);
    expect(view.shownTotal).toBe(3);
  });

  it("hides a group the filter empties, and the counts follow the filter", () => {
    const view = issueView(issueEntries(reportWithErrors()), {
      ...INITIAL_FILTER,
      text: "publish",
    });
    expect(view.groups.map((g) => g.title)).toEqual(["Warnings"]);
    expect(view.shown).toEqual({ error: 0, warning: 1, info: 0 });
    expect(view.shownTotal).toBe(1);
    expect(view.total).toBe(3);
  });

  it("shows no group at all when nothing matches", () => {
    const view = issueView(issueEntries(reportWithErrors()), { ...INITIAL_FILTER, text: "zebra" });
    expect(view.groups).toEqual([]);
  });

  it("knows when a filter is set", () => {
    expect(isFiltered(INITIAL_FILTER)).toBe(false);
    expect(isFiltered({ ...INITIAL_FILTER, text: "  " })).toBe(false);
    expect(isFiltered({ ...INITIAL_FILTER, rating: "red" })).toBe(true);
  });
});
