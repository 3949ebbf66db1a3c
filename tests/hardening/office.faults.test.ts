/**
 * Faults inside Excel (issue 8 §3), injected by the fake: a protected sheet, payloads over 5 MB, a sheet
 * renamed or deleted while the pane is open, an edit during a check, a storm of change events, and Excel
 * failing part-way through a write. Each ends in an AdapterError with a plain-English message and a
 * workbook with nothing half-written.
 */
import { createOfficeWorkbook, type OfficeWorkbook } from "../../src/adapters/office";
import { AdapterError } from "../../src/adapters/office/errors";
import { BACKUP_KEY, OWN_SHEETS_KEY } from "../../src/adapters/office/host";
import { readGrid } from "../../src/adapters/office/readGrid";
import { checkWorkbookPort } from "../../src/app/check";
import { checkWorkbook, highlightPlan } from "../../src/core/engine";
import { a1 } from "../../src/core/grid/a1";
import { SEVERITY_FILL, type HighlightCell, type HighlightPlan } from "../../src/core/highlight";
import { DEFAULT_CONFIG } from "../../src/core/schema";
import { buildSummary, summarySheetModel } from "../../src/core/summary";
import type { SheetModel } from "../../src/core/summary/sheetModel";
import {
  createFakeExcel,
  createFakeExcelFromState,
  DEFAULT_PAYLOAD_LIMIT,
  type FakeCellSeed,
  type FakeExcel,
  type FakeWorkbookSeed,
} from "../../src/fake-excel";
import { cellKey } from "../../src/fake-excel/types";
import {
  countSyncs,
  fakeFromFixture,
  runOf,
  sheet,
  userContent,
  userFills,
  userNotes,
  writtenSheet,
} from "../office/support";

const AS_OF = "2004-01-31";
const MB5 = DEFAULT_PAYLOAD_LIMIT;

function portOf(fake: FakeExcel, extra: { writeBudget?: number } = {}): OfficeWorkbook {
  return createOfficeWorkbook(runOf(fake), {
    isSetSupported: fake.isSetSupported,
    ownWriteGraceMs: 0,
    ...extra,
  });
}

/** Everything a fault must leave as it was: the user's sheets (content, fills, notes), sheets, settings. */
function whole(fake: FakeExcel) {
  const ids = fake.state.sheets.map((s) => s.id);
  return {
    sheets: fake.state.sheets.map((s) => [s.id, s.name]),
    content: userContent(fake, ids),
    fills: userFills(fake, ids),
    notes: userNotes(fake, ids),
    settings: Object.fromEntries(fake.state.settings),
    tables: fake.state.tables,
  };
}

function hc(sheetName: string, row: number, col: number, sev: HighlightCell["severity"]) {
  return { sheet: sheetName, row, col, address: a1(row, col), severity: sev, messages: ["x"] };
}

/** A small plan: one action has no owner (C3), one has no timescale (D4). */
const PLAN_SEED: FakeWorkbookSeed = {
  sheets: [
    {
      name: "Plan",
      cells: [
        ...["Ref", "Action", "Lead officer", "Timescale", "Progress"].map((value, i) => ({
          row: 1,
          col: i + 1,
          value,
        })),
        ...[
          ["1.1", "Publish the SEN strategy", "SEN Manager", "Sept 2003", "On track"],
          ["1.2", "Train every SENCO", null, "Dec 2003", "On track"],
          ["1.3", "Review provision", "Head of A&I", null, "Not started"],
        ].flatMap((row, r) =>
          row.map((value, c): FakeCellSeed => ({ row: r + 2, col: c + 1, value }))
        ),
        { row: 3, col: 2, value: "Train every SENCO", fill: "FFFF00" },
      ],
    },
    { name: "Notes", cells: [{ row: 1, col: 1, value: "user's other sheet" }] },
  ],
};

describe("a protected sheet", () => {
  it("refuses highlighting on any sheet it touches, writing nothing at all", async () => {
    const fake = createFakeExcel(PLAN_SEED);
    sheet(fake, "Notes").protected = true;
    const before = whole(fake);
    const plan = { cells: [hc("Plan", 3, 3, "error"), hc("Notes", 1, 1, "warning")] };
    const err = await portOf(fake)
      .applyHighlights(plan)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AdapterError);
    expect(err).toMatchObject({
      code: "sheet-protected",
      message: expect.stringMatching(/"Notes" is protected.*Unprotect.*Nothing was changed\.$/),
    });
    expect(whole(fake)).toEqual(before);
  });

  it("refuses to clear a sheet protected after highlighting, keeping the backup for later", async () => {
    const fake = createFakeExcel(PLAN_SEED);
    const port = portOf(fake);
    await port.applyHighlights({ cells: [hc("Plan", 3, 3, "error")] });
    sheet(fake, "Plan").protected = true;
    const before = whole(fake);
    await expect(port.clearHighlights()).rejects.toMatchObject({ code: "sheet-protected" });
    expect(whole(fake)).toEqual(before);
    sheet(fake, "Plan").protected = false;
    await port.clearHighlights();
    expect(sheet(fake, "Plan").cells.get(cellKey(3, 3))?.fill).toBeUndefined();
  });

  it("refuses to add to a protected history sheet, writing nothing", async () => {
    const fake = createFakeExcel(PLAN_SEED);
    const port = portOf(fake);
    await port.appendRows("RAG History", ["Date"], [["2004-01-31"]]);
    sheet(fake, "RAG History").protected = true;
    const before = whole(fake);
    await expect(port.appendRows("RAG History", ["Date"], [["x"]])).rejects.toMatchObject({
      code: "sheet-protected",
      message: expect.stringContaining('"RAG History" is protected'),
    });
    expect(whole(fake)).toEqual(before);
  });
});

describe("tens of thousands of flagged cells", () => {
  const ROWS = 20_000;
  const COLS = 6;
  // a checkerboard: no two flagged cells touch, so every one is its own area (the worst case)
  const flagged: HighlightCell[] = [];
  const cells: FakeCellSeed[] = [];
  for (let row = 1; row <= ROWS; row++) {
    for (let col = 1; col <= COLS; col++) {
      const cell: FakeCellSeed = { row, col, value: `r${row}c${col}` };
      if (row % 97 === 0) cell.fill = "92D050";
      if (row % 501 === 0 && col === 1) cell.note = "the user's own note";
      cells.push(cell);
      if ((row + col) % 2 === 0) {
        const sev = (["error", "warning", "info"] as const)[(row * col) % 3] ?? "error";
        flagged.push({
          ...hc("Big", row, col, sev),
          messages: [`Action ${row}: the timescale is not a date`, "No owner is named"],
        });
      }
    }
  }
  const plan: HighlightPlan = { cells: flagged };
  const seedBig: FakeWorkbookSeed = { sheets: [{ name: "Big", cells }] };

  // syncs as the fake now charges them (200 bytes a command, as the adapter estimates) with the whole
  // fill read back (colour, pattern, pattern colour, tints) so that restores are exact
  it.each([
    ["with notes (ExcelApi 1.18)", 1.18, 12, 7],
    ["without notes (ExcelApi 1.17)", 1.17, 5, 2],
  ])(
    "highlights 60,000 cells %s in request-sized batches and clears them exactly",
    async (_label, apiVersion, highlightSyncs, clearSyncs) => {
      expect(flagged.length).toBe(60_000);
      const fake = createFakeExcel(seedBig, { apiVersion });
      const before = whole(fake);
      const port = portOf(fake);
      const applied = await countSyncs(fake, () => port.applyHighlights(plan));
      const log = fake.stats.log.slice(-applied.syncs);
      expect(log.filter((l) => l.failed)).toEqual([]);
      expect(Math.max(...log.map((l) => l.requestBytes))).toBeLessThanOrEqual(MB5);
      expect(Math.max(...log.map((l) => l.responseBytes))).toBeLessThanOrEqual(MB5);
      expect(applied.syncs).toBe(highlightSyncs);
      const backup = fake.state.settings.get(BACKUP_KEY) ?? "";
      // Office keeps document settings small (2 MB for all of them): the backup fits with room to spare
      expect(backup.length).toBeLessThan(1024 * 1024);
      // B2: (2 × 2) mod 3 = 1, a warning
      expect(sheet(fake, "Big").cells.get(cellKey(2, 2))?.fill).toBe(`#${SEVERITY_FILL.warning}`);
      console.log(
        `60,000 flagged cells (ExcelApi ${apiVersion}): highlight in ${applied.syncs} syncs, largest request ${Math.max(...log.map((l) => l.requestBytes))} B, largest response ${Math.max(...log.map((l) => l.responseBytes))} B, backup ${backup.length} B`
      );

      const cleared = await countSyncs(fake, () => port.clearHighlights());
      const clog = fake.stats.log.slice(-cleared.syncs);
      expect(clog.filter((l) => l.failed)).toEqual([]);
      expect(Math.max(...clog.map((l) => l.requestBytes))).toBeLessThanOrEqual(MB5);
      expect(cleared.syncs).toBe(clearSyncs);
      expect(whole(fake)).toEqual(before);
    }
  );
});

describe("a sheet renamed or deleted while the pane is open", () => {
  async function checked() {
    const fake = createFakeExcel(PLAN_SEED);
    const port = portOf(fake);
    const grid = await port.readGrid();
    const report = checkWorkbook(grid, DEFAULT_CONFIG, AS_OF, "plan.xlsx");
    const plan = highlightPlan(report);
    expect(plan.cells.length).toBeGreaterThan(0);
    return { fake, port, plan };
  }

  it.each([
    ["renamed", (f: FakeExcel) => void (sheet(f, "Plan").name = "Plan 2004")],
    [
      "deleted",
      (f: FakeExcel) => void (f.state.sheets = f.state.sheets.filter((s) => s.name !== "Plan")),
    ],
  ])("between check and highlight (%s): not-found, nothing written", async (_l, change) => {
    const { fake, port, plan } = await checked();
    change(fake);
    const before = whole(fake);
    await expect(port.applyHighlights(plan)).rejects.toMatchObject({
      name: "AdapterError",
      code: "not-found",
      message: expect.stringMatching(/no sheet called "Plan" any more.*Run the check again/),
    });
    expect(whole(fake)).toEqual(before);
  });

  it.each(["renamed", "deleted"])("between check and going to a cell (%s)", async (how) => {
    const { fake, port } = await checked();
    if (how === "renamed") sheet(fake, "Plan").name = "Plan 2004";
    else fake.state.sheets = fake.state.sheets.filter((s) => s.name !== "Plan");
    await expect(port.select("Plan", "C3")).rejects.toMatchObject({
      code: "not-found",
      message: expect.stringContaining('no sheet called "Plan" any more'),
    });
    expect(fake.state.selection).toBeNull();
  });

  it("renamed while the check runs (before its highlight): not-found, nothing written", async () => {
    const fake = createFakeExcel(PLAN_SEED);
    const before = whole(fake);
    fake.faults.beforeSync(3, () => void (sheet(fake, "Plan").name = "Renamed"));
    // the report still arrives; the refused highlight comes back beside it
    const outcome = await checkWorkbookPort(portOf(fake), DEFAULT_CONFIG, AS_OF, "plan.xlsx");
    expect(outcome.report.tables.length).toBeGreaterThan(0);
    expect(outcome.highlightError).toMatchObject({ code: "not-found" });
    sheet(fake, "Renamed").name = "Plan";
    expect(whole(fake)).toEqual(before);
  });

  it("after highlighting: clearing follows a renamed sheet by id, and skips a deleted one", async () => {
    const { fake, port, plan } = await checked();
    const before = whole(fake);
    await port.applyHighlights({ cells: [...plan.cells, hc("Notes", 1, 1, "info")] });
    sheet(fake, "Plan").name = "Plan 2004";
    fake.state.sheets = fake.state.sheets.filter((s) => s.name !== "Notes");
    await port.clearHighlights();
    sheet(fake, "Plan 2004").name = "Plan";
    const after = whole(fake);
    const planId = sheet(fake, "Plan").id;
    expect(after.content).toEqual({ [planId]: before.content[planId] });
    expect(after.fills).toEqual({ [planId]: before.fills[planId] });
    expect(after.settings).toEqual(before.settings);
  });
});

describe("an edit while a check runs (ExcelApi 1.14+)", () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** Waits for `cond` (polling, up to 3 s), so a slow shared machine does not make this flaky. */
  async function until(cond: () => boolean): Promise<void> {
    for (let t = 0; t < 300 && !cond(); t++) await wait(10);
  }

  async function reportOf(fake: FakeExcel) {
    const copy = createFakeExcelFromState(fake.snapshot());
    return checkWorkbook(await readGrid(runOf(copy)), DEFAULT_CONFIG, AS_OF, "plan.xlsx");
  }

  // sync 1 lists the sheets, 2 reads every cell at once, 3 reads fills, 4 writes highlights
  it.each([
    ["before the cells are read: the check sees the edit", 2, true],
    ["after the cells are read: the check is of the workbook as read", 3, false],
    ["while highlights are written", 4, false],
  ])("%s, and the edit triggers one re-check", async (_label, nth, seesEdit) => {
    const fake = createFakeExcel(PLAN_SEED);
    const port = portOf(fake);
    const heard: string[][] = [];
    const stop = await port.onEdited((e) => heard.push([...e.worksheetIds]), { debounceMs: 20 });
    const beforeEdit = await reportOf(fake);
    fake.faults.beforeSync(nth, () => void fake.events.userEdit("Plan", "C3", [["SEN Manager"]]));

    const { report } = await checkWorkbookPort(port, DEFAULT_CONFIG, AS_OF, "plan.xlsx");
    const afterEdit = await reportOf(fake);
    expect(afterEdit).not.toEqual(beforeEdit);
    // consistent: exactly the report of one moment's workbook, never a mix
    expect(report).toEqual(seesEdit ? afterEdit : beforeEdit);
    await until(() => heard.length > 0);
    await wait(100);
    expect(heard).toEqual([[sheet(fake, "Plan").id]]);
    // the re-check the pane runs on that callback sees the edit
    const again = await checkWorkbookPort(port, DEFAULT_CONFIG, AS_OF, "plan.xlsx");
    expect(again.report).toEqual(afterEdit);
    await wait(150);
    expect(heard).toHaveLength(1);
    await stop();
  });
});

describe("a storm of change events", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("1,000 edits in a burst call back once, and the add-in's own writes not at all", async () => {
    const fake = createFakeExcel(PLAN_SEED);
    const port = portOf(fake);
    let calls = 0;
    const stop = await port.onEdited(() => calls++, { debounceMs: 500 });
    for (let i = 0; i < 1000; i++) void fake.events.userEdit("Plan", `F${i + 1}`, [[i]]);
    await jest.advanceTimersByTimeAsync(499);
    expect(calls).toBe(0);
    await jest.advanceTimersByTimeAsync(10);
    expect(calls).toBe(1);
    await port.applyHighlights({ cells: [hc("Plan", 3, 3, "error")] });
    await port.clearHighlights();
    await jest.advanceTimersByTimeAsync(5000);
    expect(calls).toBe(1);
    await stop();
  });

  it("1,000 edits over 5 seconds call back at most once per maxWait, then once at the end", async () => {
    const fake = createFakeExcel(PLAN_SEED);
    const port = portOf(fake);
    const times: number[] = [];
    const start = Date.now();
    const stop = await port.onEdited(() => times.push(Date.now() - start), {
      debounceMs: 500,
      maxWaitMs: 2000,
    });
    for (let i = 0; i < 1000; i++) {
      void fake.events.userEdit(i % 2 ? "Plan" : "Notes", `A${i + 2}`, [[i]]);
      await jest.advanceTimersByTimeAsync(5);
    }
    await jest.advanceTimersByTimeAsync(1000);
    // 5 s of edits: at about 2 s and 4 s (max wait), and 0.5 s after the last
    expect(times.length).toBe(3);
    expect(times[0]).toBeGreaterThanOrEqual(2000);
    expect(times[2]).toBeGreaterThanOrEqual(5000);
    await stop();
  });

  it("hears a sheet added after subscribing (worksheets.onChanged)", async () => {
    const fake = createFakeExcel(PLAN_SEED);
    const port = portOf(fake);
    const heard: string[][] = [];
    const stop = await port.onEdited((e) => heard.push([...e.worksheetIds]), { debounceMs: 50 });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add("Added later");
      await ctx.sync();
    });
    void fake.events.userEdit("Added later", "A1", [["typed"]]);
    await jest.advanceTimersByTimeAsync(100);
    expect(heard).toEqual([[sheet(fake, "Added later").id]]);
    await stop();
  });
});

describe("Excel failing part-way through writing the summary", () => {
  let models: [SheetModel, SheetModel];
  let base: FakeExcel;

  beforeAll(async () => {
    base = await fakeFromFixture("002-southend-sen-strategy");
    const grid = await readGrid(runOf(base));
    const report = checkWorkbook(grid, DEFAULT_CONFIG, "2014-01-31", "plan.xlsx");
    const summary = buildSummary(report.tables, "2014-01-31", { workbookIssues: report.issues });
    const model = (at: string) =>
      summarySheetModel(summary, { generatedAt: at, file: "plan.xlsx" });
    models = [model("2014-01-31T09:00:00Z"), model("2014-02-28T09:00:00Z")];
  });

  /** A fake with the user's sheets and (optionally) the first summary, and what it looks like complete. */
  async function setUp(withPrevious: boolean) {
    const fake = createFakeExcelFromState(base.snapshot());
    if (withPrevious) await portOf(fake).writeSheet(models[0]);
    const reference = createFakeExcelFromState(fake.snapshot());
    await portOf(reference).writeSheet(models[1]);
    const log = reference.stats.log;
    return {
      fake,
      oldSheet: writtenSheet(fake, "RAG Summary"),
      newSheet: writtenSheet(reference, "RAG Summary"),
      opsPerSync: log.slice(-2).map((l) => l.ops),
    };
  }

  it.each([
    ["replacing a previous summary", true],
    ["writing the first summary", false],
  ])(
    "%s: at every command of either sync, the old one stays or the new one is complete",
    async (_label, withPrevious) => {
      const { fake: start, oldSheet, newSheet, opsPerSync } = await setUp(withPrevious);
      expect(newSheet).not.toEqual(oldSheet);
      const outcomes = { kept: 0, replaced: 0 };
      const userIds = start.state.sheets.filter((s) => s.name !== "RAG Summary").map((s) => s.id);
      const user = userContent(start, userIds);
      for (const [i, ops] of opsPerSync.entries()) {
        for (let afterOps = 0; afterOps < (ops ?? 0); afterOps++) {
          const fake = createFakeExcelFromState(start.snapshot());
          fake.faults.failSync(i + 1, "GeneralException", { afterOps });
          const result = await portOf(fake)
            .writeSheet(models[1])
            .then(() => "ok" as const)
            .catch((e: unknown) => e);
          const where = `sync ${i + 1}, after ${afterOps} of ${ops} commands`;
          const now = writtenSheet(fake, "RAG Summary");
          // no temporary or half-written sheet, the user's sheets untouched
          expect([where, fake.state.sheets.filter((s) => s.name.startsWith("~apc"))]).toEqual([
            where,
            [],
          ]);
          expect(userContent(fake, userIds)).toEqual(user);
          const registry = JSON.parse(fake.state.settings.get(OWN_SHEETS_KEY) ?? "null");
          if (result === "ok") {
            expect([where, now]).toEqual([where, newSheet]);
            outcomes.replaced++;
          } else {
            expect(result).toBeInstanceOf(AdapterError);
            expect((result as AdapterError).message).toMatch(/^Writing the "RAG Summary" sheet: /);
            expect([where, now]).toEqual([where, oldSheet]);
            outcomes.kept++;
          }
          // the registry names the summary that is there, and only it
          const own = fake.state.sheets.find((s) => s.name === "RAG Summary");
          expect(registry?.sheets?.map((s: { id: string }) => s.id) ?? []).toEqual(
            own ? [own.id] : []
          );
          expect(fake.state.sheets.length).toBe(userIds.length + (own ? 1 : 0));
        }
      }
      expect(outcomes.kept).toBeGreaterThan(0);
      // with a previous version, a failure after its deletion is finished rather than rolled back
      if (withPrevious) expect(outcomes.replaced).toBeGreaterThan(0);
      console.log(
        `summary write faults (${_label}): ${outcomes.kept + outcomes.replaced} failure points (${opsPerSync.join(" + ")} commands), ${outcomes.kept} kept the previous state, ${outcomes.replaced} finished the replacement`
      );
    }
  );

  it.each([2, 3])("a new history sheet failing at sync %i leaves no sheet behind", async (nth) => {
    const fake = createFakeExcel(PLAN_SEED);
    const before = whole(fake);
    fake.faults.failSync(nth, "GeneralException", { afterOps: 1 });
    await expect(
      portOf(fake).appendRows("RAG History", ["Date"], [["2004-01-31"]])
    ).rejects.toMatchObject({ code: "unknown", message: expect.stringMatching(/^Adding to/) });
    expect(whole(fake)).toEqual(before);
  });
});

describe("Excel failing part-way through highlighting", () => {
  it("takes every highlight off again, wherever it stopped (one batch or several)", async () => {
    const fake0 = createFakeExcel(PLAN_SEED);
    const before = whole(fake0);
    const port0 = portOf(fake0);
    const first = { cells: [hc("Plan", 3, 3, "error"), hc("Plan", 3, 2, "warning")] };
    const second = {
      cells: [hc("Plan", 4, 4, "error"), hc("Plan", 3, 2, "info"), hc("Notes", 1, 1, "info")],
    };
    await port0.applyHighlights(first);
    const prior = whole(fake0);
    let rolledBack = 0;
    let untouched = 0;
    for (const budget of [undefined, 1000]) {
      const probe = createFakeExcelFromState(fake0.snapshot());
      const { syncs } = await countSyncs(probe, () =>
        portOf(probe, budget ? { writeBudget: budget } : {}).applyHighlights(second)
      );
      const writes = probe.stats.log.slice(-syncs);
      for (let nth = 2; nth <= syncs; nth++) {
        for (let afterOps = 0; afterOps < (writes[nth - 1]?.ops ?? 0); afterOps++) {
          const fake = createFakeExcelFromState(fake0.snapshot());
          const port = portOf(fake, budget ? { writeBudget: budget } : {});
          fake.faults.failSync(nth, "GeneralException", { afterOps });
          const err = await port.applyHighlights(second).catch((e: unknown) => e);
          const where = `budget ${budget}, sync ${nth}, after ${afterOps}`;
          expect(err).toBeInstanceOf(AdapterError);
          const message = (err as Error).message;
          if (/took its highlights off again/.test(message)) {
            // failed while writing: every fill and note back as the user had them
            expect([where, whole(fake)]).toEqual([where, before]);
            rolledBack++;
          } else {
            // failed while reading: nothing was written, the earlier highlights stand
            expect([where, message]).toEqual([where, expect.stringMatching(/Try again\.$/)]);
            expect([where, whole(fake)]).toEqual([where, prior]);
            untouched++;
          }
        }
      }
    }
    expect(rolledBack).toBeGreaterThan(10);
    expect(untouched).toBeGreaterThan(0);
    console.log(
      `highlight write faults: ${rolledBack} failure points rolled back, ${untouched} failed before writing`
    );
  });
});
