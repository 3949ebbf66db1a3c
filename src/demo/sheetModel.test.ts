import { createFakeExcel } from "../fake-excel";
import { selectedText, sheetView, visibleSheets } from "./sheetModel";

function fake() {
  return createFakeExcel({
    sheets: [
      {
        name: "Plan",
        cells: [
          { row: 1, col: 1, value: "Title across", fill: "FFD9D9D9" },
          { row: 2, col: 1, value: "Action" },
          { row: 2, col: 2, value: 45000, numberFormat: "dd/mm/yyyy", note: "Check the date" },
          { row: 4, col: 3, value: "x" },
        ],
        merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
        hiddenRows: [3],
      },
      { name: "Backup", visibility: "VeryHidden" },
    ],
  });
}

describe("sheetView", () => {
  it("draws a merged area once, from its top-left cell, and skips the cells it covers", () => {
    const f = fake();
    const view = sheetView(f.state, f.state.sheets[0]!);
    const row1 = view.rows.find((r) => r.row === 1)!;
    expect(row1.cells[0]).toMatchObject({ address: "A1", colSpan: 3, fill: "#D9D9D9" });
    expect(row1.cells.map((c) => c.address)).not.toContain("B1");
    expect(row1.cells[1]?.address).toBe("D1");
  });

  it.each([
    ["B2", { text: expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/), note: "Check the date" }],
    ["A2", { text: "Action", rowSpan: 1, colSpan: 1, selected: false }],
  ])("shows %s as Excel displays it", (address, expected) => {
    const f = fake();
    const cells = sheetView(f.state, f.state.sheets[0]!).rows.flatMap((r) => r.cells);
    expect(cells.find((c) => c.address === address)).toMatchObject(expected);
  });

  it("leaves hidden rows out and pads the used range like an empty sheet", () => {
    const f = fake();
    const view = sheetView(f.state, f.state.sheets[0]!, {
      minRows: 10,
      minCols: 5,
      maxRows: 100,
      maxCols: 20,
    });
    expect(view.rows.map((r) => r.row)).not.toContain(3);
    expect(view.rows.at(-1)?.row).toBe(10);
    expect(view.columns.map((c) => c.letter)).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("marks the selection a select() made, and its text for the formula bar", async () => {
    const f = fake();
    await f.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Plan");
      ws.activate();
      ws.getRange("A2:B2").select();
      await context.sync();
    });
    const view = sheetView(f.state, f.state.sheets[0]!);
    const cells = view.rows.flatMap((r) => r.cells);
    expect(view.selection).toBe("A2:B2");
    expect(cells.filter((c) => c.selected).map((c) => c.address)).toEqual(["A2", "B2"]);
    expect(cells.filter((c) => c.active).map((c) => c.address)).toEqual(["A2"]);
    expect(selectedText(f.state)).toBe("Action");
  });

  it("counts rows past the drawing limit instead of drawing them", () => {
    const f = fake();
    const view = sheetView(f.state, f.state.sheets[0]!, {
      minRows: 1,
      minCols: 1,
      maxRows: 2,
      maxCols: 10,
    });
    expect(view.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(view.rowsNotShown).toBe(2);
  });
});

describe("visibleSheets", () => {
  it("gives no tab to a very hidden sheet", () => {
    expect(visibleSheets(fake().state).map((s) => s.name)).toEqual(["Plan"]);
  });
});
