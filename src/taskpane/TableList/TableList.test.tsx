/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Config, FieldName } from "../../core/schema";
import { planTable } from "../testing/report";
import { TableList, fieldsToShow } from "./TableList";

function renderTables(overrides: Config["mappingOverrides"] = {}) {
  const onChange = jest.fn();
  const onReset = jest.fn();
  render(
    <TableList
      tables={[planTable()]}
      overrides={overrides}
      required={["action", "owner", "due"]}
      onChange={onChange}
      onReset={onReset}
      busy={false}
    />
  );
  return { onChange, onReset };
}

describe("TableList", () => {
  it("shows where the table is, its section and each field's column", () => {
    renderTables();
    const table = screen.getByRole("listitem", { name: "Priority 1: Children in care (Plan)" });
    // the heading already names a short section: the detail line does not repeat it
    expect(table).toHaveTextContent("Sheet Plan, rows 4–8, header in row 4.");
    expect(table).not.toHaveTextContent("Section:");
    expect(within(table).getByRole("combobox", { name: "Owner" })).toHaveTextContent(
      "C: Lead officer"
    );
    expect(within(table).getByRole("combobox", { name: "Status" })).toHaveTextContent(
      "Not in this table"
    );
  });

  it.each<[string, string, string | null]>([
    ["a column", "E: Notes", "E"],
    ["no column", "Not in this table", null],
  ])("correcting Owner to %s reports the change", async (_name, option, column) => {
    const { onChange } = renderTables();
    await userEvent.click(screen.getByRole("combobox", { name: "Owner" }));
    await userEvent.click(screen.getByRole("option", { name: option }));
    expect(onChange).toHaveBeenCalledWith({ tableKey: "Plan!A4", field: "owner", column });
  });

  it("ignores choosing the column already mapped", async () => {
    const { onChange } = renderTables();
    await userEvent.click(screen.getByRole("combobox", { name: "Owner" }));
    await userEvent.click(screen.getByRole("option", { name: "C: Lead officer" }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it("marks the user's corrections and offers to undo them", async () => {
    const { onReset } = renderTables({
      "Plan!A4": { owner: "C" },
    } as unknown as Config["mappingOverrides"]);
    expect(screen.getByRole("combobox", { name: "Owner (your correction)" })).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole("button", { name: "Undo my corrections for this table" })
    );
    expect(onReset).toHaveBeenCalledWith("Plan!A4");
  });
});

describe("fieldsToShow", () => {
  it.each<[FieldName[], FieldName[]]>([
    [
      ["action", "owner", "due"],
      ["ref", "action", "owner", "due", "status"],
    ],
    [
      ["action", "review"],
      ["ref", "action", "owner", "due", "status", "review"],
    ],
  ])("required %j", (required, expected) => {
    expect(fieldsToShow(planTable(), required)).toEqual(expected);
  });
});

describe("TableList: why each column was chosen, and hidden rows", () => {
  function renderOne(table: ReturnType<typeof planTable>) {
    render(
      <TableList
        tables={[table]}
        overrides={{}}
        required={["action", "owner", "due"]}
        onChange={jest.fn()}
        onReset={jest.fn()}
        busy={false}
      />
    );
    return screen.getByRole("listitem");
  }

  it("gives the reason for each mapping under its dropdown, an inferred action included", () => {
    const base = planTable();
    const table = renderOne({
      ...base,
      mapping: [
        {
          field: "action",
          column: "B",
          header: "Detail",
          reason: "inferred",
          score: 0.5,
          detail: "no header names the action: inferred as the column of longest text ('Detail')",
        },
        {
          field: "due",
          column: "D",
          header: "By when",
          reason: "rule",
          score: 0.9,
          detail: "a question asking by when: due",
        },
      ],
    });
    expect(table).toHaveTextContent(
      "Why: no header names the action: inferred as the column of longest text ('Detail')."
    );
    expect(table).toHaveTextContent("Why: a question asking by when: due.");
  });

  it.each<[number[], string | null]>([
    [[7], "Row 7 is hidden; its action is checked all the same."],
    [[6, 7], "Rows 6 and 7 are hidden; their actions are checked all the same."],
    [[], null],
  ])("says which rows are hidden: %j", (hidden, line) => {
    const base = planTable();
    const table = renderOne({
      ...base,
      actions: base.actions.map((a) => (hidden.includes(a.row) ? { ...a, hidden: true } : a)),
    });
    if (line) expect(table).toHaveTextContent(line);
    else expect(table).not.toHaveTextContent("hidden");
  });
});
