import { DEFAULT_CONFIG, type Config } from "../core/schema";
import { RATING_ORDER } from "../core/summary/labels";
import {
  INITIAL_STATE,
  actionsByRating,
  allIssues,
  codesIn,
  paneReducer,
  tableIssues,
  withMappingChange,
  withoutMappingOverrides,
  type PaneEvent,
  type PaneState,
} from "./paneState";
import { issue, planTable, reportWithErrors, tableWithoutOwnerColumn } from "./testing/report";

const run = (events: readonly PaneEvent[], from: PaneState = INITIAL_STATE): PaneState =>
  events.reduce(paneReducer, from);

describe("paneReducer", () => {
  it("shows progress only for the work still running", () => {
    const started = run([{ type: "started", task: "check" }]);
    expect(started).toMatchObject({ busy: "check", showProgress: false });
    expect(paneReducer(started, { type: "progress-due", task: "check" }).showProgress).toBe(true);
    // the timer of earlier work fires after new work started: no spinner for the wrong task
    expect(paneReducer(started, { type: "progress-due", task: "summary" }).showProgress).toBe(
      false
    );
    const done = run([{ type: "progress-due", task: "check" }, { type: "finished" }], started);
    expect(done).toMatchObject({ busy: null, showProgress: false });
    expect(paneReducer(done, { type: "progress-due", task: "check" }).showProgress).toBe(false);
  });

  it("clears the last error and notice when new work starts", () => {
    const failed = run([
      { type: "notice", message: "done" },
      { type: "failed", message: "Excel is busy." },
    ]);
    expect(failed).toMatchObject({ error: "Excel is busy.", busy: null, notice: "done" });
    expect(paneReducer(failed, { type: "started", task: "check" })).toMatchObject({
      error: null,
      notice: null,
    });
    expect(paneReducer(failed, { type: "dismiss-error" }).error).toBeNull();
  });

  it("keeps a refused settings error until settings are saved", () => {
    const refused = run([
      { type: "settings-invalid", error: "bad" },
      { type: "started", task: "check" },
    ]);
    expect(refused.settingsError).toBe("bad");
    const config: Config = { ...DEFAULT_CONFIG, amberDays: 14 };
    expect(paneReducer(refused, { type: "config-saved", config })).toMatchObject({
      config,
      settingsError: null,
    });
  });

  it("merges filter changes", () => {
    const state = run([
      { type: "filter", filter: { severity: "error" } },
      { type: "filter", filter: { text: "owner" } },
    ]);
    expect(state.filter).toEqual({ severity: "error", code: "all", rating: "all", text: "owner" });
  });

  it("keeps the counts of the table a mapping correction is about", () => {
    const before = { actions: 4, issues: { error: 2, warning: 1, info: 0 }, red: 1 };
    const state = run([{ type: "mapping-changing", effect: { tableKey: "Plan!A4", before } }]);
    expect(state.mappingEffect).toEqual({ tableKey: "Plan!A4", before });
  });
});

describe("issues", () => {
  it("collects a table's own issues and its actions', by row", () => {
    const table = { ...planTable(), issues: tableWithoutOwnerColumn().issues };
    expect(tableIssues(table).map((i) => i.cell)).toEqual(["A4", "C6", "D7", "D8"]);
  });

  it("puts workbook issues first", () => {
    const report = {
      ...reportWithErrors(),
      issues: [issue({ code: "no-due-column", cell: "A1", sheet: "Notes" })],
    };
    expect(allIssues(report).map((i) => i.cell)).toEqual(["A1", "C6", "D7", "D8"]);
  });

  it("lists the codes present, once each", () => {
    expect(codesIn(reportWithErrors())).toEqual(["missing-owner", "overdue", "unparsed-date"]);
  });
});

describe("actionsByRating", () => {
  it("links each action to its action cell, in rating order", () => {
    const groups = actionsByRating(reportWithErrors(), RATING_ORDER);
    expect(groups.map((g) => [g.rating, g.actions.map((a) => `${a.sheet}!${a.address}`)])).toEqual([
      ["complete", ["Plan!B5"]],
      ["red", ["Plan!B7"]],
      ["amber", ["Year 2!B2"]],
      ["green", ["Plan!B6"]],
      ["not-rated", ["Plan!B8"]],
    ]);
  });

  it("falls back to the table's first column when no action column was mapped", () => {
    const table = { ...planTable(), columns: {} };
    const groups = actionsByRating({ file: "x", tables: [table], issues: [] }, ["red"]);
    expect(groups[0]?.actions[0]?.address).toBe("A7");
  });
});

describe("mapping corrections", () => {
  it("adds a correction and keeps other tables' and fields'", () => {
    const start = withMappingChange(DEFAULT_CONFIG, {
      tableKey: "Other!A1",
      field: "due",
      column: "F",
    });
    const one = withMappingChange(start, { tableKey: "Plan!A4", field: "owner", column: "E" });
    const two = withMappingChange(one, { tableKey: "Plan!A4", field: "status", column: null });
    expect(two.mappingOverrides).toEqual({
      "Other!A1": { due: "F" },
      "Plan!A4": { owner: "E", status: null },
    });
    expect(withoutMappingOverrides(two, "Plan!A4").mappingOverrides).toEqual({
      "Other!A1": { due: "F" },
    });
    expect(DEFAULT_CONFIG.mappingOverrides).toEqual({});
  });
});
