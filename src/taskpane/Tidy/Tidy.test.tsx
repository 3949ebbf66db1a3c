/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createOfficeWorkbook, type ExcelRun } from "../../adapters/office";
import { checkWorkbookPort } from "../../app/check";
import { RATING_COLOURS } from "../../core/palette";
import { parseConfig } from "../../core/schema";
import { createFakeExcel, type FakeExcel } from "../../fake-excel";
import { cellKey } from "../../fake-excel/types";
import { Tidy } from "./Tidy";

const ROWS = [
  ["Ref", "Action", "Lead", "Target date", "RAG status"],
  ["1", "Publish the local offer", "SEND manager", "31/03/2024", "On track"],
  ["2", "Review EHCP timeliness", "Head of SEND", "June 2024", "Off track"],
  ["3", "Launch the parent panel", "Participation lead", "2023", "Complete"],
];

async function setup(rows: string[][], protectedSheet = false) {
  const cells = rows.flatMap((r, i) => r.map((value, j) => ({ row: i + 1, col: j + 1, value })));
  const fake: FakeExcel = createFakeExcel(
    { sheets: [{ name: "Plan", cells, protected: protectedSheet }] },
    { profile: { api: "1.9", platform: "web" } }
  );
  const port = createOfficeWorkbook(fake.run as unknown as ExcelRun, {
    isSetSupported: fake.isSetSupported,
    ownWriteGraceMs: 0,
  });
  const cfg = parseConfig({ asOf: "2024-01-31" });
  if (!cfg.ok) throw new Error(cfg.error);
  const { report } = await checkWorkbookPort(port, cfg.value, "2024-01-31", "plan.xlsx", {
    highlight: false,
  });
  render(<Tidy port={port} report={report} disabled={false} />);
  return fake;
}

const sheet = (fake: FakeExcel) => fake.state.sheets[0]!;

describe("Tidy this plan", () => {
  it("shows what will be added per table, and adds it only on Apply", async () => {
    const fake = await setup(ROWS);
    fireEvent.click(screen.getByRole("button", { name: "Tidy this plan…" }));
    const region = await screen.findByRole("region", { name: "Tidy this plan" });
    expect(region).toHaveTextContent("Dropdown on E2:E4: On track, Off track, Complete");
    expect(region).toHaveTextContent("Date prompt on D2:D4");
    const swatches = within(within(region).getByRole("list", { name: "Colour rules on Plan" }))
      .getAllByRole("listitem")
      .map((li) => li.firstElementChild as HTMLElement);
    expect(swatches.map((s) => s.textContent)).toEqual(["On track", "Off track", "Complete"]);
    expect(swatches[1]).toHaveStyle({
      backgroundColor: `#${RATING_COLOURS.red.fill}`,
      color: `#${RATING_COLOURS.red.ink}`,
    });
    // nothing is written until Apply
    expect(sheet(fake).validations ?? new Map()).toHaveProperty("size", 0);
    expect(within(region).queryByRole("checkbox")).toBeNull();
    fireEvent.click(within(region).getByRole("button", { name: "Apply" }));
    expect(
      await screen.findByText("Added 1 dropdown, 3 colour rules and 1 date prompt.")
    ).toBeInTheDocument();
    expect(sheet(fake).conditionalFormats).toHaveLength(3);
    fireEvent.click(await screen.findByRole("button", { name: "Remove tidy rules" }));
    expect(await screen.findByText("Removed the tidy rules (5).")).toBeInTheDocument();
    expect(sheet(fake).conditionalFormats).toHaveLength(0);
    expect(screen.queryByRole("button", { name: "Remove tidy rules" })).toBeNull();
  });

  it("Cancel closes the proposal and writes nothing", async () => {
    const fake = await setup(ROWS);
    fireEvent.click(screen.getByRole("button", { name: "Tidy this plan…" }));
    fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("region", { name: "Tidy this plan" })).toBeNull();
    expect(sheet(fake).conditionalFormats ?? []).toHaveLength(0);
  });

  it("adds a status column only when its own box is ticked", async () => {
    const fake = await setup(ROWS.map((r) => r.slice(0, 4)));
    fireEvent.click(screen.getByRole("button", { name: "Tidy this plan…" }));
    const box = await screen.findByRole("checkbox", { name: /Add a “RAG status” column in E/ });
    expect(box).not.toBeChecked();
    fireEvent.click(box);
    expect(await screen.findByText(/Dropdown on E2:E4: Not started, On track/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(
      await screen.findByText(
        /Added 1 dropdown, 4 colour rules, 1 date prompt and 1 status column\./
      )
    ).toBeInTheDocument();
    expect(sheet(fake).cells.get(cellKey(1, 5))?.value).toBe("RAG status");
  });

  it("on a protected sheet says so and changes nothing", async () => {
    const fake = await setup(ROWS, true);
    fireEvent.click(screen.getByRole("button", { name: "Tidy this plan…" }));
    fireEvent.click(await screen.findByRole("button", { name: "Apply" }));
    expect(await screen.findByText(/Nothing was added: "Plan" is protected/)).toBeInTheDocument();
    await waitFor(() => expect(sheet(fake).conditionalFormats ?? []).toHaveLength(0));
  });
});
