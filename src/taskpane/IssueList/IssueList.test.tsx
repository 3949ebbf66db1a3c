/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CheckedTable, WorkbookReport } from "../../core/schema";
import { issueEntries, issueView } from "../issueView";
import { INITIAL_FILTER, codesIn, type IssueFilter } from "../paneState";
import { action, issue, planTable, reportWithErrors } from "../testing/report";
import { IssueList, sheetRef } from "./IssueList";
import { issuesAsSheet, issuesAsTable } from "./issueTable";

function renderList(filter: IssueFilter = INITIAL_FILTER, report = reportWithErrors()) {
  const onGoTo = jest.fn();
  const onFilter = jest.fn();
  const onCopy = jest.fn();
  const onExport = jest.fn();
  render(
    <IssueList
      view={issueView(issueEntries(report), filter)}
      filter={filter}
      codes={codesIn(report)}
      onFilter={onFilter}
      onGoTo={onGoTo}
      onCopy={onCopy}
      onExport={onExport}
    />
  );
  return { onGoTo, onFilter, onCopy, onExport };
}

const cards = () => within(screen.getByRole("list", { name: "Issues" })).queryAllByRole("button");

describe("IssueList", () => {
  it("groups issues by severity, Errors then Warnings, each saying why it matters", () => {
    renderList();
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Errors (2)",
      "Warnings (1)",
    ]);
    expect(screen.getByText(/not ready until these are fixed/)).toBeInTheDocument();
    const items = cards();
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent("Error: Action 2 'Recruit foster carers' has no owner.");
    expect(items[0]).toHaveTextContent("Fix: Name the person or team who leads it");
    expect(items[0]).toHaveTextContent("Priority 1: Children in care (Plan) · Go to Plan!C6");
  });

  it.each([
    ["click", async (el: HTMLElement) => userEvent.click(el)],
    ["Enter", async (el: HTMLElement) => (el.focus(), userEvent.keyboard("{Enter}"))],
    ["Space", async (el: HTMLElement) => (el.focus(), userEvent.keyboard(" "))],
  ])("%s on an issue goes to its cell", async (_how, activate) => {
    const { onGoTo } = renderList();
    await activate(screen.getByRole("button", { name: /was due 31\/01\/2026/ }));
    expect(onGoTo).toHaveBeenCalledWith("Plan", "D7");
  });

  it("is one tab stop; the arrow keys, Home and End move between issues, over the headings", async () => {
    renderList();
    const [first, second, third] = cards();
    expect(cards().map((c) => c.tabIndex)).toEqual([0, -1, -1]);
    first?.focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(second).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    expect(third).toHaveFocus();
    expect(cards().map((c) => c.tabIndex)).toEqual([-1, -1, 0]);
    await userEvent.keyboard("{Home}");
    expect(first).toHaveFocus();
    await userEvent.keyboard("{End}");
    expect(third).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    expect(third).toHaveFocus();
  });

  it("hides the headings of groups the filter empties and says how many are shown", () => {
    renderList({ ...INITIAL_FILTER, text: "publish" });
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Warnings (1)",
    ]);
    expect(screen.getByText("Showing 1 of 3 issues.")).toBeInTheDocument();
  });

  it("says when the filter hides everything, with no heading left over it", () => {
    renderList({ ...INITIAL_FILTER, text: "no such words" });
    expect(screen.getByText("No issues match the filter.")).toBeInTheDocument();
    expect(screen.queryAllByRole("heading", { level: 3 })).toEqual([]);
    expect(screen.getByRole("button", { name: "Copy as table" })).toHaveAttribute(
      "aria-disabled",
      "true"
    );
  });

  it("copies the issues shown", async () => {
    const { onCopy } = renderList({ ...INITIAL_FILTER, severity: "error" });
    await userEvent.click(screen.getByRole("button", { name: "Copy as table" }));
    expect(onCopy.mock.calls[0]?.[0].map((e: { issue: { cell: string } }) => e.issue.cell)).toEqual(
      ["C6", "D8"]
    );
  });

  it("exports the issues shown to a sheet whose cell addresses link to the flagged cells", async () => {
    const { onExport } = renderList({ ...INITIAL_FILTER, severity: "error" });
    await userEvent.click(screen.getByRole("button", { name: "Export to a sheet" }));
    const entries = onExport.mock.calls[0]?.[0] as Parameters<typeof issuesAsSheet>[0];
    expect(entries.map((e) => e.issue.cell)).toEqual(["C6", "D8"]);
    const model = issuesAsSheet(entries, "31/01/2014");
    expect(model.name).toBe("Issue List");
    const [table] = model.tables;
    expect(table?.columns[2]).toBe("Cell");
    expect(table?.rows.map((r) => [r[0]?.value, r[2]?.value, r[2]?.link])).toEqual(
      entries.map((e) => ["Error", e.issue.cell, { sheet: e.issue.sheet, address: e.issue.cell }])
    );
  });

  it("keeps the other rows' keys when an edit adds an issue above them", () => {
    const report = reportWithErrors();
    const [plan, other] = report.tables as [CheckedTable, CheckedTable];
    const keys = () =>
      [...document.querySelectorAll("[data-vkey]")].map((el) => el.getAttribute("data-vkey"));
    const shown = (r: WorkbookReport) => (
      <IssueList
        view={issueView(issueEntries(r), INITIAL_FILTER)}
        filter={INITIAL_FILTER}
        codes={codesIn(r)}
        onFilter={jest.fn()}
        onGoTo={jest.fn()}
        onCopy={jest.fn()}
        onExport={jest.fn()}
      />
    );
    const { rerender } = render(shown(report));
    const before = keys();
    const added = issue({ code: "missing-owner", cell: "C5" });
    rerender(shown({ ...report, tables: [{ ...plan, issues: [added, ...plan.issues] }, other] }));
    expect(keys()).toEqual([before[0], "i:Plan!C5:missing-owner:0", ...before.slice(1)]);
  });

  it("renders only a window of a long list", () => {
    const table = planTable();
    const actions = Array.from({ length: 10000 }, (_, i) =>
      action({
        row: 10 + i,
        issues: [issue({ code: "missing-owner", cell: `C${10 + i}`, message: `No owner ${i}` })],
      })
    );
    const report: WorkbookReport = { file: "big", issues: [], tables: [{ ...table, actions }] };
    renderList(INITIAL_FILTER, report);
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("Errors (10,000)");
    expect(cards().length).toBeLessThan(60);
    const list = screen.getByRole("list", { name: "Issues" });
    expect(within(list).getAllByRole("listitem")[1]).toHaveAttribute("aria-setsize", "10001");
  });

  it("wraps a long message instead of cutting it off", () => {
    const long = "word ".repeat(80).trim();
    const table = planTable();
    const report: WorkbookReport = {
      file: "x",
      issues: [],
      tables: [
        {
          ...table,
          actions: [
            action({
              row: 6,
              issues: [issue({ code: "missing-owner", cell: "C6", message: long })],
            }),
          ],
        },
      ],
    };
    renderList(INITIAL_FILTER, report);
    expect(cards()[0]).toHaveTextContent(long);
  });
});

describe("issuesAsTable", () => {
  it("is a header row and one tab-separated row per issue, with no stray line breaks", () => {
    const entries = issueEntries(reportWithErrors());
    const { text, html } = issuesAsTable(entries);
    const lines = text.split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe("Severity\tSheet\tCell\tWhere\tRef\tAction\tOwner\tKind\tIssue\tFix");
    expect(lines[1]?.split("\t").slice(0, 3)).toEqual(["Error", "Plan", "C6"]);
    expect(lines[2]?.split("\t")[7]).toBe("Overdue");
    expect(html).toContain("<th>Severity</th>");
    expect(html.match(/<tr>/g)).toHaveLength(4);
  });
});

describe("sheetRef", () => {
  it.each([
    ["Plan", "Plan"],
    ["Year 2", "'Year 2'"],
    ["Bob's", "'Bob''s'"],
  ])("%s", (sheet, expected) => expect(sheetRef(sheet)).toBe(expected));
});
