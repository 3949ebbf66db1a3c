/**
 * Two versions of one real plan (fixture 002, the Southend SEN strategy), the second edited as an officer
 * edits between quarters: a date pushed later, an action replaced by a new one, one rewritten under its
 * ref, a ref renumbered, an owner renamed. The matcher must pair what is one action and
 * say what moved.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read";
import { comparableActions } from "../../src/core/compare/fromReport";
import { comparePlans, comparisonSchema, looksLikeOnePlan } from "../../src/core/compare";
import { checkWorkbook } from "../../src/core/engine";
import { textAt } from "../../src/core/grid/sheet";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid/types";
import { parseConfig } from "../../src/core/schema";

const AS_OF = "2014-01-31";
const config = (() => {
  const c = parseConfig({ asOf: AS_OF });
  if (!c.ok) throw new Error(c.error);
  return c.value;
})();

interface Edit {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

/** A copy of the grid with some cells replaced (text as a General cell shows it). */
function edited(grid: WorkbookGrid, sheetName: string, edits: readonly Edit[]): WorkbookGrid {
  const sheets = grid.sheets.map((s): SheetGrid => {
    if (s.name !== sheetName) return s;
    const values = s.values.map((r) => [...r]);
    const text = s.text.map((r) => [...r]);
    const numberFormat = s.numberFormat.map((r) => [...r]);
    for (const e of edits) {
      const r = e.row - s.originRow;
      const c = e.col - s.originCol;
      values[r]![c] = e.value;
      text[r]![c] = e.value === null ? "" : String(e.value);
      numberFormat[r]![c] = "General";
    }
    return { ...s, values, text, numberFormat };
  });
  return { sheets };
}

function actionsOf(grid: WorkbookGrid) {
  return comparableActions(checkWorkbook(grid, config, AS_OF, "plan.xlsx"), grid);
}

describe("comparing two versions of a real plan", () => {
  let before: WorkbookGrid;
  beforeAll(async () => {
    before = await readWorkbookGrid(
      readFileSync(join(__dirname, "..", "fixtures", "002-southend-sen-strategy.xlsx"))
    );
  });

  it("pairs every action with itself when nothing changed, each update flagged as left unchanged", () => {
    const old = actionsOf(before);
    const c = comparePlans(old, actionsOf(before));
    expect(comparisonSchema.parse(c)).toEqual(c);
    expect(c.counts).toMatchObject({ matched: old.length, added: 0, removed: 0, slipped: 0 });
    expect(c.matched.every((m) => m.confidence === 1)).toBe(true);
    const withUpdate = old.filter((a) => a.update !== null && a.rating !== "complete").length;
    expect(withUpdate).toBeGreaterThan(0);
    expect(c.counts.staleUpdates).toBe(withUpdate);
    expect(looksLikeOnePlan(c)).toBe(true);
  });

  it("finds a slipped date, a renamed owner, a renumbered ref, a removed and a replaced action", () => {
    const old = actionsOf(before);
    const find = (ref: string) => {
      const a = old.find((x) => x.ref === ref);
      if (!a) throw new Error(`no action ${ref}`);
      return a;
    };
    const slipping = find("1.1");
    const renamed = find("1.2");
    const renumbered = find("2.1");
    const removed = find("3.1");
    const reworded = find("4.1");
    const sheet = before.sheets.find((s) => s.name === "Action Plan")!;
    const after = edited(before, "Action Plan", [
      { row: slipping.row, col: 4, value: "June 2014" },
      { row: renamed.row, col: 3, value: "Head of Inclusion" },
      {
        row: renumbered.row,
        col: 1,
        value: textAt(sheet, renumbered.row, 1).replace(/^2\.1/, "2.9"),
      },
      {
        row: removed.row,
        col: 1,
        value: "3.9 Commission an independent review of transport costs",
      },
      { row: reworded.row, col: 1, value: "4.1 Publish a new local offer website with parents" },
    ]);
    const c = comparePlans(old, actionsOf(after));
    expect(comparisonSchema.parse(c)).toEqual(c);

    const pairOf = (a: typeof slipping) => c.matched.find((m) => m.old.row === a.row);
    const slip = pairOf(slipping)?.changes.find((ch) => ch.kind === "slipped");
    expect(slip).toEqual({
      kind: "slipped",
      from: "2014-01-31",
      to: "2014-06-30",
      days: 150,
      times: 1,
    });
    expect(pairOf(renamed)?.changes).toContainEqual({
      kind: "owner",
      from: renamed.owner,
      to: "Head of Inclusion",
    });
    const renum = pairOf(renumbered);
    expect(renum?.new.ref).toBe("2.9");
    expect(renum?.confidence).toBeGreaterThan(0.9);
    // the same ref in the same section vouches for a rewritten action, with a confidence that says so
    const rewrite = pairOf(reworded);
    expect(rewrite?.by).toBe("ref");
    expect(rewrite?.confidence).toBeLessThan(0.7);
    expect(c.removed.map((a) => a.ref)).toEqual(["3.1"]);
    expect(c.added.map((a) => a.ref)).toEqual(["3.9"]);
    expect(c.counts.matched).toBe(old.length - 1);
  });

  it("finds an action completed (fixture 004's status column): its rating better, its status changed", async () => {
    const plan = await readWorkbookGrid(
      readFileSync(join(__dirname, "..", "fixtures", "004-bracknell-council-plan.xlsx"))
    );
    const report = checkWorkbook(plan, config, AS_OF, "plan.xlsx");
    const table = report.tables.find((t) => t.columns.status !== undefined);
    const open = table?.actions.find((a) => a.rag !== "complete");
    if (!table || !open) throw new Error("fixture 004 has no open action under a status column");
    const col = table.columns.status!.charCodeAt(0) - 64;
    const after = edited(plan, table.sheet, [{ row: open.row, col, value: "Complete" }]);
    const c = comparePlans(actionsOf(plan), actionsOf(after));
    const pair = c.matched.find((m) => m.old.row === open.row);
    expect(pair?.new.rating).toBe("complete");
    expect(pair?.changes).toContainEqual({
      kind: "rating",
      from: open.rag,
      to: "complete",
      direction: "better",
    });
    expect(pair?.changes).toContainEqual({ kind: "status", from: open.status, to: "Complete" });
    expect(c.counts).toMatchObject({ better: 1, worse: 0, added: 0, removed: 0 });
  });

  it("tells two different plans apart", async () => {
    const other = await readWorkbookGrid(
      readFileSync(join(__dirname, "..", "fixtures", "000-southwark-priority4.xlsx"))
    );
    expect(looksLikeOnePlan(comparePlans(actionsOf(before), actionsOf(other)))).toBe(false);
  });
});

describe("rating moves", () => {
  const base = {
    sheet: "Plan",
    row: 5,
    section: null,
    ref: "1",
    action: "Review the local offer with parents and carers",
    owner: "SEND lead",
    due: "2024-03-31",
    status: null,
    update: null,
    slips: 0,
  };
  it.each([
    ["green", "red", "worse"],
    ["red", "complete", "better"],
    ["amber", "green", "better"],
    ["green", "not-rated", "same"],
  ] as const)("%s → %s is %s", (from, to, direction) => {
    const c = comparePlans([{ ...base, rating: from }], [{ ...base, rating: to }]);
    expect(c.matched[0]?.changes).toEqual([{ kind: "rating", from, to, direction }]);
  });

  it("counts how many times a date has slipped when the old side already slipped", () => {
    const c = comparePlans(
      [{ ...base, rating: "green", slips: 2 }],
      [{ ...base, rating: "green", due: "2024-06-30" }]
    );
    expect(c.matched[0]?.changes).toEqual([
      { kind: "slipped", from: "2024-03-31", to: "2024-06-30", days: 91, times: 3 },
    ]);
  });
});
