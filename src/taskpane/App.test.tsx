/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AdapterError } from "../adapters/office/errors";
import { DEFAULT_CONFIG, type WorkbookReport } from "../core/schema";
import { App } from "./App";
import { fakePane, type FakePane } from "./testing/fakeServices";
import { readyReport, reportWithErrors } from "./testing/report";

async function renderApp(
  reports: readonly WorkbookReport[] = [reportWithErrors()],
  saved: unknown = null,
  progressDelayMs?: number
): Promise<FakePane> {
  const pane = fakePane(reports, saved);
  render(
    <App
      services={pane.services}
      useCases={pane.useCases}
      {...(progressDelayMs !== undefined ? { progressDelayMs } : {})}
    />
  );
  // settings load on mount; the button is live once they are read
  const button = await screen.findByRole("button", { name: "Check this workbook" });
  await waitFor(() => expect(button).not.toHaveAttribute("aria-disabled"));
  return pane;
}

async function checkNow(): Promise<void> {
  await userEvent.click(screen.getByRole("button", { name: "Check this workbook" }));
  await screen.findByRole("heading", {
    level: 2,
    name: /Ready to submit|Not ready|No action plan/,
  });
}

/** The issue cards (the verdict's action buttons also say "Go to"). */
const issueCards = (name: RegExp) =>
  within(screen.getByRole("list", { name: "Issues" })).getAllByRole("button", { name });

const openSection = (name: RegExp | string) =>
  userEvent.click(screen.getByRole("button", { name }));

describe("first run", () => {
  it("says what the pane does and offers one button", async () => {
    const pane = await renderApp();
    expect(
      screen.getByRole("heading", { level: 1, name: "Action Plan Checker" })
    ).toBeInTheDocument();
    expect(
      screen.getByText(/missing owners, unclear timescales and overdue actions/)
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check this workbook" })).not.toHaveAttribute(
      "aria-disabled"
    );
    expect(pane.useCases.check).not.toHaveBeenCalled();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("warns when the saved settings are unreadable and uses the defaults", async () => {
    const pane = await renderApp([reportWithErrors()], { amberDays: "soon" });
    expect(
      screen.getByText(/settings saved in this workbook could not be used/)
    ).toBeInTheDocument();
    await checkNow();
    expect(pane.useCases.check.mock.calls[0]?.[1]).toEqual(DEFAULT_CONFIG);
  });
});

describe("exporting the issue list", () => {
  it("writes the issues to the add-in's own sheet through the port and says so", async () => {
    const pane = await renderApp();
    await checkNow();
    await userEvent.click(screen.getByRole("button", { name: "Export to a sheet" }));
    await screen.findByText(/^Wrote 3 issues to the sheet/);
    const model = pane.services.port.writeSheet.mock.calls[0]?.[0];
    expect(model?.name).toBe("Issue List");
    expect(model?.tables[0]?.rows).toHaveLength(3);
  });
});

describe("checking", () => {
  it("runs the check for today and shows how many errors and warnings are left", async () => {
    const pane = await renderApp();
    await checkNow();
    expect(pane.useCases.check).toHaveBeenCalledWith(
      pane.services.port,
      DEFAULT_CONFIG,
      "2026-03-02",
      "plan.xlsx",
      expect.objectContaining({ highlight: true })
    );
    expect(
      screen.getByRole("heading", {
        level: 2,
        name: "Not ready: 1 action has no owner; 1 action has a timescale that names no date",
      })
    ).toBeVisible();
    expect(screen.getByText(/^Next: name an owner for each action listed/)).toBeInTheDocument();
    expect(screen.getByText("5 actions in 2 tables, rated as at 02/03/2026.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Issues (3)" })).toBeInTheDocument();
  });

  it("says Ready to submit when only warnings remain", async () => {
    await renderApp([readyReport()]);
    await checkNow();
    expect(screen.getByRole("heading", { level: 2, name: "Ready to submit" })).toBeInTheDocument();
  });

  it("uses the saved report date instead of today", async () => {
    const pane = await renderApp([readyReport()], { asOf: "2025-12-31" });
    await checkNow();
    expect(pane.useCases.check.mock.calls[0]?.[2]).toBe("2025-12-31");
  });

  it("re-checks when the user edits the workbook", async () => {
    const pane = await renderApp([reportWithErrors(), readyReport()]);
    await checkNow();
    await act(async () => pane.edit());
    expect(
      await screen.findByRole("heading", { name: "Ready to submit" }, { timeout: 5000 })
    ).toBeInTheDocument();
    expect(pane.useCases.check).toHaveBeenCalledTimes(2);
    // the re-check after an edit reads and rates only: nothing of the add-in's joins the undo list
    expect(pane.useCases.check.mock.calls[1]?.[4]).toMatchObject({ highlight: false });
    expect(screen.getByText(/highlights in the sheet are from the last check/)).toBeInTheDocument();
  });

  it("shows progress only when the work takes longer than the delay", async () => {
    const pane = await renderApp([readyReport()], null, 30);
    let finish: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const realCheck = pane.useCases.check.getMockImplementation();
    pane.useCases.check.mockImplementationOnce(async (...args: unknown[]) => {
      await gate;
      return realCheck?.(...args);
    });
    await userEvent.click(screen.getByRole("button", { name: "Check this workbook" }));
    expect(screen.queryByText("Checking the workbook…")).not.toBeInTheDocument();
    expect(await screen.findByText("Checking the workbook…")).toBeInTheDocument();
    await act(async () => finish());
    expect(await screen.findByRole("heading", { name: "Ready to submit" })).toBeInTheDocument();
    expect(screen.queryByText("Checking the workbook…")).not.toBeInTheDocument();
  });
});

describe("issues", () => {
  it("filters by severity", async () => {
    await renderApp();
    await checkNow();
    await userEvent.click(screen.getByRole("combobox", { name: "Severity" }));
    await userEvent.click(screen.getByRole("option", { name: "Warnings" }));
    const shown = issueCards(/Go to Plan!/);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toHaveTextContent("Go to Plan!D7");
  });

  it("filters by words", async () => {
    await renderApp();
    await checkNow();
    await userEvent.type(screen.getByRole("searchbox", { name: "Search issues" }), "asap");
    expect(issueCards(/Go to Plan!/).map((b) => b.textContent)).toEqual([
      expect.stringContaining("Go to Plan!D8"),
    ]);
  });

  it.each([
    ["a click", async (el: HTMLElement) => userEvent.click(el)],
    ["Enter", async (el: HTMLElement) => (el.focus(), userEvent.keyboard("{Enter}"))],
  ])("goes to the issue's cell on %s", async (_how, activate) => {
    const pane = await renderApp();
    await checkNow();
    await activate(issueCards(/has no owner/)[0]!);
    expect(pane.services.port.select).toHaveBeenCalledWith("Plan", "C6");
  });

  it("goes to a rated action's cell", async () => {
    const pane = await renderApp();
    await checkNow();
    await openSection("Ratings");
    const red = screen.getByRole("region", { name: "Red (1)" });
    await userEvent.click(within(red).getByRole("button"));
    expect(pane.services.port.select).toHaveBeenCalledWith("Plan", "B7");
  });
});

describe("column mapping", () => {
  it("saves a correction in the workbook and checks again with it", async () => {
    const pane = await renderApp([reportWithErrors(), readyReport()]);
    await checkNow();
    await openSection(/Tables found/);
    await userEvent.click(screen.getAllByRole("combobox", { name: "Owner" })[0] as HTMLElement);
    await userEvent.click(screen.getByRole("option", { name: "E: Notes" }));
    expect(await screen.findByRole("heading", { name: "Ready to submit" })).toBeInTheDocument();
    const overrides = { "Plan!A4": { owner: "E" } };
    expect(pane.services.port.saveSettings).toHaveBeenCalledWith(
      expect.objectContaining({ mappingOverrides: overrides })
    );
    expect(pane.useCases.check).toHaveBeenCalledTimes(2);
    expect(pane.useCases.check.mock.calls[1]?.[1]).toMatchObject({ mappingOverrides: overrides });
  });

  it("saves a field marked as not in the table as null", async () => {
    const pane = await renderApp();
    await checkNow();
    await openSection(/Tables found/);
    await userEvent.click(
      screen.getAllByRole("combobox", { name: "Due / timescale" })[0] as HTMLElement
    );
    await userEvent.click(screen.getByRole("option", { name: "Not in this table" }));
    await act(async () => undefined);
    expect(pane.services.port.saveSettings).toHaveBeenCalledWith(
      expect.objectContaining({ mappingOverrides: { "Plan!A4": { due: null } } })
    );
  });
});

describe("settings", () => {
  async function openSettings(): Promise<void> {
    await openSection("Settings");
  }

  it("refuses an amber window out of range with a readable error and saves nothing", async () => {
    const pane = await renderApp();
    await openSettings();
    const days = screen.getByRole("spinbutton", { name: "Amber window (days)" });
    await userEvent.clear(days);
    await userEvent.type(days, "400");
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(
      await screen.findByText("The amber window must be a whole number of days from 0 to 366.")
    ).toBeInTheDocument();
    expect(pane.services.port.saveSettings).not.toHaveBeenCalled();
  });

  it("saves valid settings and re-checks with them", async () => {
    const pane = await renderApp([reportWithErrors()]);
    await checkNow();
    await openSettings();
    const days = screen.getByRole("spinbutton", { name: "Amber window (days)" });
    await userEvent.clear(days);
    await userEvent.type(days, "14");
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Settings saved.")).toBeInTheDocument();
    expect(pane.services.port.saveSettings).toHaveBeenCalledWith(
      expect.objectContaining({ amberDays: 14 })
    );
    expect(pane.useCases.check.mock.calls.at(-1)?.[1]).toMatchObject({ amberDays: 14 });
  });
});

describe("actions and errors", () => {
  it("builds the summary sheet for the report on screen", async () => {
    const pane = await renderApp();
    await checkNow();
    await userEvent.click(screen.getByRole("button", { name: "Build summary sheet" }));
    expect(
      await screen.findByText('Summary written to the "RAG Summary" sheet.')
    ).toBeInTheDocument();
    expect(pane.services.buildSummary).toHaveBeenCalledWith(
      reportWithErrors(),
      DEFAULT_CONFIG,
      "2026-03-02"
    );
  });

  it("clears highlights", async () => {
    const pane = await renderApp();
    await checkNow();
    await userEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    expect(await screen.findByText(/Highlights cleared/)).toBeInTheDocument();
    expect(pane.services.port.clearHighlights).toHaveBeenCalledTimes(1);
  });

  it("shows the adapter's message when the check fails, and lets the user dismiss it", async () => {
    const pane = await renderApp();
    pane.useCases.check.mockRejectedValueOnce(
      new AdapterError("sheet-protected", "Highlighting: the sheet is protected.")
    );
    await userEvent.click(screen.getByRole("button", { name: "Check this workbook" }));
    expect(await screen.findByText("Highlighting: the sheet is protected.")).toBeInTheDocument();
    expect(screen.getByText("Something went wrong")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check this workbook" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Dismiss the error" }));
    expect(screen.queryByText("Something went wrong")).not.toBeInTheDocument();
  });

  it.each([
    [
      "select",
      (p: FakePane) => p.services.port.select.mockRejectedValueOnce(new Error("Sheet gone.")),
    ],
    [
      "clearHighlights",
      (p: FakePane) =>
        p.services.port.clearHighlights.mockRejectedValueOnce(new Error("Sheet gone.")),
    ],
  ])("shows a MessageBar when %s fails", async (name, breakIt) => {
    const pane = await renderApp();
    await checkNow();
    breakIt(pane);
    await userEvent.click(
      name === "select"
        ? screen.getByRole("button", { name: /has no owner/ })
        : screen.getByRole("button", { name: "Clear highlights" })
    );
    expect(await screen.findByText("Sheet gone.")).toBeInTheDocument();
  });

  it("shows a MessageBar when the settings cannot be read", async () => {
    const pane = fakePane([readyReport()]);
    pane.services.port.loadSettings.mockRejectedValueOnce(new Error("Settings unavailable."));
    render(<App services={pane.services} useCases={pane.useCases} />);
    expect(await screen.findByText("Settings unavailable.")).toBeInTheDocument();
  });
});
