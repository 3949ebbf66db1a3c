import { createOfficeWorkbook } from "../../src/adapters/office";
import { checkWorkbook } from "../../src/core/engine/checkWorkbook";
import { DEFAULT_CONFIG } from "../../src/core/schema/config";
import { createFakeExcel, type FakeCellSeed } from "../../src/fake-excel";
import { countSyncs, runOf } from "./support";

// A tracker whose RAG column is only coloured (rows 2–4), one written status (row 5), a banded row (6).
function tracker(): FakeCellSeed[] {
  const cells: FakeCellSeed[] = [];
  const header = ["Ref", "Action", "Lead officer", "Target date", "RAG"];
  header.forEach((value, i) => cells.push({ row: 1, col: i + 1, value }));
  const rows: [string, string, string | null, string?][] = [
    ["1", "Publish the SEND local offer", "#FF0000"],
    ["2", "Train every SENCo in the EHC process", "#FFC000"],
    ["3", "Agree a joint commissioning budget", "#00B050"],
    ["4", "Audit every open EHC plan", null, "Amber"],
    ["5", "Map the short breaks offer", "#FFFF00"],
  ];
  rows.forEach(([ref, action, fill, status], i) => {
    const row = i + 2;
    cells.push({ row, col: 1, value: ref }, { row, col: 2, value: action });
    cells.push({ row, col: 3, value: "Head of SEND" }, { row, col: 4, value: "June 2024" });
    if (status) cells.push({ row, col: 5, value: status });
    if (fill) cells.push({ row, col: 5, fill });
  });
  // row 6's yellow runs across the row: banding, not a rating
  cells.push({ row: 6, col: 2, value: "Map the short breaks offer", fill: "#FFFF00" });
  return cells;
}

describe("Office adapter: RAG shown only as the status cell's colour", () => {
  it("reads the blank status cells' fills in one more sync and the engine rates from them", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Tracker", cells: tracker() }] });
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
    const plain = await countSyncs(fake, () =>
      createOfficeWorkbook(runOf(fake), { isSetSupported: () => false }).readGrid()
    );
    const { result: grid, syncs } = await countSyncs(fake, () => port.readGrid());
    expect(syncs).toBe(plain.syncs + 1);
    expect(grid.sheets[0]?.fills).toEqual(
      expect.arrayContaining([
        { row: 2, col: 5, rgb: "FF0000" },
        { row: 3, col: 5, rgb: "FFC000" },
        { row: 4, col: 5, rgb: "00B050" },
      ])
    );
    const report = checkWorkbook(grid, DEFAULT_CONFIG, "2024-03-01", "tracker.xlsx");
    const rated = report.tables[0]?.actions.map((a) => [
      a.ref,
      a.rag,
      a.ragReason.includes("colour"),
    ]);
    expect(rated).toEqual([
      ["1", "red", true],
      ["2", "amber", true],
      ["3", "green", true],
      ["4", "amber", false],
      ["5", "green", false],
    ]);
  });

  it("makes no extra sync when no table has a blank status cell", async () => {
    const cells = tracker().map((c) => (c.col === 5 && !c.value ? { ...c, value: "Green" } : c));
    cells.push({ row: 6, col: 5, value: "Green" });
    const fake = createFakeExcel({ sheets: [{ name: "Tracker", cells }] });
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
    expect((await countSyncs(fake, () => port.readGrid())).syncs).toBe(2);
  });
});
