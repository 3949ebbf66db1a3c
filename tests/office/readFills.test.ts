import { createOfficeWorkbook } from "../../src/adapters/office";
import { checkWorkbook } from "../../src/core/engine/checkWorkbook";
import { DEFAULT_CONFIG } from "../../src/core/schema/config";
import { createFakeExcel } from "../../src/fake-excel";
import { tracker } from "./colourTracker";
import { countSyncs, runOf } from "./support";

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
