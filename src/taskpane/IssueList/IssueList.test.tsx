/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { INITIAL_FILTER, codesIn, issueGroups, type IssueFilter } from "../paneState";
import { issue, reportWithErrors } from "../testing/report";
import { IssueList, sheetRef } from "./IssueList";

function renderList(filter: IssueFilter = INITIAL_FILTER, pageSize?: number) {
  const report = reportWithErrors();
  const onGoTo = jest.fn();
  const onFilter = jest.fn();
  render(
    <IssueList
      groups={issueGroups(report, filter)}
      filter={filter}
      codes={codesIn(report)}
      onFilter={onFilter}
      onGoTo={onGoTo}
      {...(pageSize !== undefined ? { pageSize } : {})}
    />
  );
  return { onGoTo, onFilter };
}

describe("IssueList", () => {
  it("groups issues under their table with counts by severity", () => {
    renderList();
    const group = screen.getByRole("region", { name: "Priority 1: Children in care (Plan)" });
    expect(within(group).getByRole("list", { name: "Issue counts" })).toHaveTextContent(
      "2 errors1 warning"
    );
    const items = within(group).getAllByRole("button");
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent("Error: Action 2 'Recruit foster carers' has no owner.");
    expect(items[0]).toHaveTextContent("Fix: Name the person or team who leads it");
    expect(items[0]).toHaveTextContent("Go to Plan!C6");
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

  it.each<[string, Partial<IssueFilter>, string[]]>([
    ["severity", { severity: "warning" }, ["D7"]],
    ["code", { code: "unparsed-date" }, ["D8"]],
    ["text in the message", { text: "FOSTER" }, ["C6"]],
    ["cell address", { text: "plan!d8" }, ["D8"]],
  ])("filters by %s", (_name, change, cells) => {
    renderList({ ...INITIAL_FILTER, ...change });
    const shown = screen
      .getAllByRole("button", { name: /Go to/ })
      .map((b) => /Go to Plan!(\w+)/.exec(b.textContent ?? "")?.[1]);
    expect(shown).toEqual(cells);
  });

  it("says when the filter hides everything, and keeps the group's full counts", () => {
    renderList({ ...INITIAL_FILTER, text: "no such words" });
    expect(screen.getByText("No issues match the filter.")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Issue counts" })).toHaveTextContent("2 errors");
  });

  it("shows a page of issues, then all of them on request", async () => {
    renderList(INITIAL_FILTER, 2);
    expect(screen.getAllByRole("button", { name: /Go to/ })).toHaveLength(2);
    await userEvent.click(screen.getByRole("button", { name: "Show all 3 issues" }));
    expect(screen.getAllByRole("button", { name: /Go to/ })).toHaveLength(3);
  });

  it("wraps a long message instead of cutting it off", () => {
    const long = "word ".repeat(80).trim();
    render(
      <IssueList
        groups={[
          {
            key: "t",
            title: "T",
            counts: { error: 1, warning: 0, info: 0 },
            issues: [issue({ code: "missing-owner", cell: "C6", message: long })],
          },
        ]}
        filter={INITIAL_FILTER}
        codes={[]}
        onFilter={jest.fn()}
        onGoTo={jest.fn()}
      />
    );
    expect(screen.getByRole("button", { name: /Go to/ })).toHaveTextContent(long);
  });
});

describe("sheetRef", () => {
  it.each([
    ["Plan", "Plan"],
    ["Year 2", "'Year 2'"],
    ["Bob's", "'Bob''s'"],
  ])("%s", (sheet, expected) => expect(sheetRef(sheet)).toBe(expected));
});
