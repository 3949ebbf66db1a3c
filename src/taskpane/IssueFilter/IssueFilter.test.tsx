/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { INITIAL_FILTER } from "../paneState";
import { IssueFilter } from "./IssueFilter";

describe("IssueFilter", () => {
  it.each([
    ["Severity", "Warnings", { severity: "warning" }],
    ["Kind of issue", "Overdue", { code: "overdue" }],
  ])("choosing in %s reports %s", async (label, option, expected) => {
    const onChange = jest.fn();
    render(
      <IssueFilter
        filter={INITIAL_FILTER}
        codes={["missing-owner", "overdue"]}
        onChange={onChange}
      />
    );
    await userEvent.click(screen.getByRole("combobox", { name: label }));
    await userEvent.click(screen.getByRole("option", { name: option }));
    expect(onChange).toHaveBeenCalledWith(expected);
  });

  it("offers only the kinds of issue in the report", async () => {
    render(<IssueFilter filter={INITIAL_FILTER} codes={["overdue"]} onChange={jest.fn()} />);
    await userEvent.click(screen.getByRole("combobox", { name: "Kind of issue" }));
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "All kinds",
      "Overdue",
    ]);
  });

  it("reports typed search text", async () => {
    const onChange = jest.fn();
    render(<IssueFilter filter={INITIAL_FILTER} codes={[]} onChange={onChange} />);
    await userEvent.type(screen.getByRole("searchbox", { name: "Search issues" }), "C");
    expect(onChange).toHaveBeenLastCalledWith({ text: "C" });
  });
});
