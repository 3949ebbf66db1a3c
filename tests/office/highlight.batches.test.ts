/**
 * The highlight writer's batching under a small budget: how many syncs, and what each one carries. The
 * figures were measured on the one-function writer before it was split into read, diff and write phases
 * (issue 17): the split must batch the same commands into the same requests.
 */
import { replaceHighlights } from "../../src/adapters/office/highlight";
import { a1 } from "../../src/core/grid/a1";
import type { HighlightCell } from "../../src/core/highlight";
import { createFakeExcel } from "../../src/fake-excel";
import { runOf } from "./support";

const SEVERITIES = ["error", "warning", "info"] as const;

function plan(round: number): HighlightCell[] {
  const out: HighlightCell[] = [];
  for (const sheet of ["A", "B"]) {
    for (let i = 0; i < 400; i++) {
      const row = 1 + ((i * 7 + round * 3) % 600);
      const col = 1 + ((i + round) % 5);
      out.push({
        sheet,
        row,
        col,
        address: a1(row, col),
        severity: SEVERITIES[(i + round) % 3] ?? "error",
        messages: i % 2 === 0 ? [`Finding ${i} of round ${round}`] : [],
      });
    }
  }
  // one cell per address: the plan lists each flagged cell once
  return [...new Map(out.map((c) => [`${c.sheet}!${c.address}`, c])).values()];
}

function trace(fake: ReturnType<typeof createFakeExcel>) {
  return fake.stats.log.map((s) => ({ ops: s.ops, calls: s.calls }));
}

describe("Office adapter: highlight batching under a small budget", () => {
  it.each([
    ["with notes", true],
    ["without notes", false],
  ])("%s: highlight, re-highlight, clear", async (name, notes) => {
    const fake = createFakeExcel({
      sheets: ["A", "B"].map((name) => ({
        name,
        cells: [{ row: 3, col: 2, value: "x", fill: "#FFFF00" }],
      })),
    });
    const deps = {
      run: runOf(fake),
      isSetSupported: (set: string, v?: string) => notes || !(set === "ExcelApi" && v === "1.18"),
      strictBackup: false,
      budget: 40_000,
    };
    const syncs: number[] = [];
    const traces = [];
    for (const cells of [plan(0), plan(1), []]) {
      fake.stats.reset();
      await replaceHighlights({ cells }, deps);
      syncs.push(fake.stats.syncs);
      traces.push(trace(fake));
    }
    expect(syncs).toEqual(name === "with notes" ? [15, 20, 6] : [9, 9, 2]);
    // every sync's commands, as the one-function writer queued them
    expect(traces).toMatchSnapshot();
    // and the work done: the user's own fill is back, nothing of the add-in's is left
    for (const s of fake.state.sheets) {
      expect([...s.cells.values()].filter((c) => c.fill).map((c) => c.fill)).toEqual(["#FFFF00"]);
    }
  });
});
