/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { verdictOf } from "../paneState";
import { readyReport, reportWithErrors } from "../testing/report";
import { Verdict } from "./Verdict";

describe("Verdict", () => {
  it.each([
    ["errors left", reportWithErrors(), "2 errors and 1 warning left", "errors"],
    ["only warnings left", readyReport(), "Ready to submit", "ready"],
    [
      "no tables",
      { file: "x.xlsx", tables: [], issues: [] },
      "No action plan table found",
      "no-tables",
    ],
  ])("%s", (_name, report, heading, kind) => {
    render(
      <Verdict verdict={verdictOf(report)} asOf="2026-03-02" tableCount={2} actionCount={5} />
    );
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(heading);
    expect(screen.getByRole("status")).toHaveAttribute("data-verdict", kind);
  });

  it("says the report date in UK form and counts actions", () => {
    render(
      <Verdict
        verdict={verdictOf(readyReport())}
        asOf="2026-03-02"
        tableCount={1}
        actionCount={4}
      />
    );
    expect(screen.getByText("4 actions in 1 table, rated as at 02/03/2026.")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Issue counts" })).toHaveTextContent(
      "0 errors1 warning0 notes"
    );
  });
});
