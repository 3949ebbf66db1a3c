/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { deserialize, serialize } from "node:v8";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ExcelRun } from "../adapters/office";
import { createFakeExcel, type FakeCellSeed, type FakeExcel } from "../fake-excel";
import { App } from "./App";
import { createServices, type OfficeHostLike } from "./services";

// the fake host's user edit keeps an undo copy with structuredClone, which jsdom's window does not carry
globalThis.structuredClone ??= ((value: unknown) =>
  deserialize(serialize(value))) as typeof globalThis.structuredClone;

// A small plan: one action whose timescale names no date (an error), one due long after today.
const rows: ReadonlyArray<readonly [string, string, string, string]> = [
  ["Ref", "Action", "Lead officer", "Timescale"],
  ["1", "Recruit more foster carers", "Head of Service", "asap"],
  ["2", "Publish the placement strategy", "Head of Service", "March 2030"],
];

function fakeHost(): { excel: FakeExcel; office: OfficeHostLike } {
  const cells: FakeCellSeed[] = rows.flatMap((row, r) =>
    row.map((value, c) => ({ row: r + 1, col: c + 1, value: value === "" ? null : value }))
  );
  const excel = createFakeExcel({ sheets: [{ name: "Plan", cells }] });
  const office: OfficeHostLike = {
    context: {
      document: { url: "https://contoso.sharepoint.com/Shared%20Documents/Care%20plan.xlsx" },
      requirements: { isSetSupported: (name, version) => excel.isSetSupported(name, version) },
    },
  };
  return { excel, office };
}

// The fake's context mimics Excel.RequestContext for the API subset the adapter uses.
const runOf = (excel: FakeExcel): { run: ExcelRun } => ({ run: excel.run as unknown as ExcelRun });

describe("createServices over a fake Excel", () => {
  it("names the file from the document URL and gives today's date in London", () => {
    const { excel, office } = fakeHost();
    const services = createServices(office, runOf(excel));
    expect(services.fileName).toBe("Care plan.xlsx");
    expect(services.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(services.now()).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("checks, navigates, writes the summary sheet and saves a correction, end to end", async () => {
    const { excel, office } = fakeHost();
    const services = createServices(office, runOf(excel));
    render(<App services={services} />);
    await act(async () => undefined);

    await userEvent.click(await screen.findByRole("button", { name: "Check this workbook" }));
    expect(
      await screen.findByRole("heading", { level: 2, name: /^Not ready: 1 action has a timescale/ })
    ).toBeInTheDocument();

    await userEvent.click(
      within(screen.getByRole("list", { name: "Issues" })).getByRole("button", {
        name: /names no date/,
      })
    );
    await act(async () => undefined);
    expect(excel.state.selection?.rect).toMatchObject({ top: 2, left: 4 });

    await userEvent.click(screen.getByRole("button", { name: "Build summary sheet" }));
    expect(
      await screen.findByText('Summary written to the "RAG Summary" sheet.')
    ).toBeInTheDocument();
    expect(excel.state.sheets.map((s) => s.name)).toContain("RAG Summary");

    await userEvent.click(screen.getByRole("button", { name: /Tables found/ }));
    await userEvent.click(screen.getByRole("combobox", { name: "Owner" }));
    await userEvent.click(screen.getByRole("option", { name: "Not in this table" }));
    expect(await screen.findByRole("button", { name: /no owner column/ })).toBeInTheDocument();
    await expect(services.port.loadSettings()).resolves.toMatchObject({
      mappingOverrides: { "Plan!A1": { owner: null } },
    });
  });

  it("re-checks as the user edits, reading only the edited sheet again", async () => {
    const { excel, office } = fakeHost();
    const services = createServices(office, runOf(excel));
    const reads = jest.spyOn(services.port, "readGrid");
    // the re-check reads the edited sheet with its tables (found once, for the fills and the check)
    const sheetReads = jest.spyOn(
      services.port as Required<typeof services.port>,
      "readGridWithTables"
    );
    render(<App services={services} />);
    await act(async () => undefined);
    await userEvent.click(await screen.findByRole("button", { name: "Check this workbook" }));
    const notReady = /^Not ready: 1 action has a timescale/;
    expect(await screen.findByRole("heading", { level: 2, name: notReady })).toBeInTheDocument();
    expect(reads).toHaveBeenLastCalledWith({});
    // the pane listens once a report is on screen (a sync of its own)
    await act(() => new Promise((r) => setTimeout(r, 50)));

    await act(() => excel.events.userEdit("Plan", "D2", [["March 2029"]]));
    await waitFor(() =>
      expect(screen.queryByRole("heading", { level: 2, name: notReady })).toBeNull()
    );
    expect(reads).toHaveBeenCalledTimes(1);
    expect(sheetReads).toHaveBeenCalledTimes(1);
    expect(sheetReads.mock.calls[0]?.[0].sheets).toEqual(["Plan"]);
    expect(screen.queryByRole("button", { name: /names no date/ })).toBeNull();
  });
});
