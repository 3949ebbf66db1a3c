/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { checkWorkbook } from "../../core/engine";
import { DEFAULT_CONFIG } from "../../core/schema";
import { allOverduePlan, ALL_OVERDUE_AS_OF } from "../../core/verdict/allOverdue";
import { verdictOf } from "../paneState";
import { readyReport, reportWithErrors } from "../testing/report";
import { Verdict } from "./Verdict";

describe("Verdict", () => {
  it.each([
    [
      "errors left",
      reportWithErrors(),
      "Not ready: 1 action has no owner; 1 action has a timescale that names no date",
      "not-ready",
    ],
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

  it("an all-overdue plan with no update: not ready, each Red action listed (the core's verdict)", () => {
    const report = checkWorkbook(allOverduePlan(), DEFAULT_CONFIG, ALL_OVERDUE_AS_OF, "plan.xlsx");
    render(
      <Verdict
        verdict={verdictOf(report)}
        asOf={ALL_OVERDUE_AS_OF}
        tableCount={1}
        actionCount={3}
      />
    );
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(
      "Not ready: 3 Red actions have no update"
    );
    const reasons = screen.getByRole("list", { name: "Why it is not ready" });
    expect(reasons).toHaveTextContent("3 Red actions have no update");
    for (const line of [
      "Plan!B4 1.1 Review the SEN transport policy",
      "Plan!B5 1.2 Publish the local offer",
      "Plan!B6 1.3 Train every SENCo on the new plan",
    ])
      expect(screen.getByText(line)).toBeInTheDocument();
  });
});
