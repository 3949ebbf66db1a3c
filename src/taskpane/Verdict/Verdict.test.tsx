/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../core/engine";
import { DEFAULT_CONFIG } from "../../core/schema";
import type { WorkbookVerdict } from "../../core/schema/verdict";
import { ALL_OVERDUE_AS_OF, allOverduePlan } from "../../core/verdict/allOverdue";
import { nextStep } from "./nextStep";
import { Verdict } from "./Verdict";
import type { VerdictProps } from "./Verdict.types";

const NONE = { error: 0, warning: 0, info: 0 };

function renderVerdict(verdict: WorkbookVerdict | null, extra: Partial<VerdictProps> = {}) {
  const props: VerdictProps = {
    verdict,
    asOf: "2014-01-31",
    tableCount: 1,
    actionCount: 3,
    counts: NONE,
    ratings: [
      { rating: "red", count: 3 },
      { rating: "green", count: 0 },
    ],
    ratingFilter: "all",
    completeLabel: "Complete",
    onRating: jest.fn(),
    onGoTo: jest.fn(),
    ...extra,
  };
  render(<Verdict {...props} />);
  return props;
}

const allOverdue = () =>
  checkWorkbook(allOverduePlan(), DEFAULT_CONFIG, ALL_OVERDUE_AS_OF, "plan.xlsx").verdict!;

describe("Verdict", () => {
  it("says an all-overdue plan is not ready, lists each Red action, and goes to its cell", async () => {
    const props = renderVerdict(allOverdue(), { counts: { error: 0, warning: 3, info: 0 } });
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(
      "Not ready: 3 Red actions have no update"
    );
    const list = screen.getByRole("list", { name: "3 Red actions have no update" });
    const buttons = within(list).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual([
      "1.1 Review the SEN transport policyGo to Plan!B4",
      "1.2 Publish the local offerGo to Plan!B5",
      "1.3 Train every SENCo on the new planGo to Plan!B6",
    ]);
    await userEvent.click(buttons[1]!);
    expect(props.onGoTo).toHaveBeenCalledWith("Plan", "B5");
    expect(screen.getByText(/^Next: write a current update/)).toBeInTheDocument();
    expect(screen.getByRole("region")).toHaveAttribute("data-verdict", "not-ready");
  });

  it("lists the first actions of a long reason, then all on request", async () => {
    const v = allOverdue();
    const reason = v.reasons[0]!;
    const many = Array.from({ length: 8 }, (_, i) => ({
      ...reason.actions[0]!,
      cell: `B${i + 4}`,
    }));
    renderVerdict({ ready: false, reasons: [{ ...reason, actions: many }] });
    expect(screen.getAllByRole("button", { name: /Go to/ })).toHaveLength(5);
    await userEvent.click(screen.getByRole("button", { name: "Show all 8" }));
    expect(screen.getAllByRole("button", { name: /Go to/ })).toHaveLength(8);
  });

  it("lists at most 50 actions under a reason, and says how many more the issue list has", async () => {
    const reason = allOverdue().reasons[0]!;
    const many = Array.from({ length: 1200 }, (_, i) => ({
      ...reason.actions[0]!,
      cell: `B${i + 4}`,
    }));
    renderVerdict({ ready: false, reasons: [{ ...reason, actions: many }] });
    await userEvent.click(screen.getByRole("button", { name: "Show 50 of 1,200" }));
    expect(screen.getAllByRole("button", { name: /Go to/ })).toHaveLength(50);
    expect(screen.getByText("…and 1,150 more, each in the issue list below.")).toBeInTheDocument();
  });

  it("puts the ratings up front: choosing one filters, choosing it again shows all", async () => {
    const props = renderVerdict({ ready: true, reasons: [] });
    const red = screen.getByRole("button", { name: "Red: 3" });
    expect(red).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(red);
    expect(props.onRating).toHaveBeenCalledWith("red");
  });

  it("a chosen rating is pressed, and choosing it again clears the filter", async () => {
    const props = renderVerdict({ ready: true, reasons: [] }, { ratingFilter: "red" });
    const red = screen.getByRole("button", { name: "Red: 3" });
    expect(red).toHaveAttribute("aria-pressed", "true");
    await userEvent.click(red);
    expect(props.onRating).toHaveBeenCalledWith("all");
  });

  it("says the report date in UK form and counts actions and issues", () => {
    renderVerdict({ ready: true, reasons: [] }, { counts: { error: 0, warning: 1, info: 0 } });
    expect(screen.getByText("3 actions in 1 table, rated as at 31/01/2014.")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Issue counts" })).toHaveTextContent(
      "0 errors1 warning0 tips"
    );
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Ready to submit");
  });

  it("says why no table was found", () => {
    renderVerdict(null, { noTablesReason: "Not an xlsx file." });
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(
      "No action plan table found"
    );
    expect(screen.getByText("Not an xlsx file.")).toBeInTheDocument();
  });
});

describe("nextStep", () => {
  it.each<[string, WorkbookVerdict, number, RegExp]>([
    [
      "ready, nothing to look at",
      { ready: true, reasons: [] },
      0,
      /^Next: you can submit\. Build the summary/,
    ],
    [
      "ready with warnings",
      { ready: true, reasons: [] },
      2,
      /Look over the 2 warnings below if there is time, then build/,
    ],
    [
      "owners, dates and updates, once each",
      {
        ready: false,
        reasons: [
          { code: "missing-owner", text: "", actions: [] },
          { code: "placeholder-owner", text: "", actions: [] },
          { code: "unparsed-date", text: "", actions: [] },
          { code: "red-no-update", text: "", actions: [] },
        ],
      },
      0,
      /^Next: name an owner for each action listed, give each action listed a date a reader can understand and write a current update in the progress column of each Red action listed\./,
    ],
  ])("%s", (_name, verdict, warnings, expected) => {
    expect(nextStep(verdict, { error: 0, warning: warnings, info: 0 })).toMatch(expected);
  });
});
