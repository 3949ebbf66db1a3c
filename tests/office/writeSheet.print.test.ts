import { createOfficeWorkbook } from "../../src/adapters/office";
import { buildSummary, summarySheetModel } from "../../src/core/summary";
import type { SheetModel } from "../../src/core/summary/sheetModel";
import { makeTable } from "../../src/core/summary/testTables";
import { cellKey } from "../../src/fake-excel/types";
import { createFakeExcel, type FakeSheetState } from "../../src/fake-excel";
import type { FakePageLayoutState } from "../../src/fake-excel/pageLayout";
import { countSyncs, runOf, sheet } from "./support";

const MODEL: SheetModel = {
  name: "RAG Summary",
  columnWidths: [30, 12],
  cells: [
    { row: 1, col: 1, cell: { value: "RAG Summary", intent: "title" } },
    { row: 2, col: 1, cell: { value: "Report date", intent: "label" } },
    { row: 2, col: 2, cell: { value: 41670, intent: "date" } },
  ],
  tables: [],
  charts: [],
  print: {
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: { first: 1, last: 2 },
    pageNumbers: true,
  },
};

function layoutOf(s: FakeSheetState): FakePageLayoutState | undefined {
  return (s as FakeSheetState & { pageLayout?: FakePageLayoutState }).pageLayout;
}

describe("Office adapter: the summary prints as a board paper", () => {
  it("sets landscape, one page wide, the title rows on every page and page numbers, in the same 2 syncs", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Action Plan" }] });
    const { syncs } = await countSyncs(fake, () =>
      createOfficeWorkbook(runOf(fake)).writeSheet(MODEL)
    );
    expect(syncs).toBe(2);
    expect(layoutOf(sheet(fake, "RAG Summary"))).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$2",
      centerFooter: "Page &P of &N",
    });
  });

  it("leaves the page setup alone when the model asks for none", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Action Plan" }] });
    const { print: _none, ...plain } = MODEL;
    await createOfficeWorkbook(runOf(fake)).writeSheet(plain);
    expect(layoutOf(sheet(fake, "RAG Summary"))).toBeUndefined();
  });

  it("prints the summary's two column blocks as two areas, and wraps text inside the tables only", async () => {
    const plan = makeTable(
      "Action Plan",
      5,
      "Proposal 1: a section heading long enough to wrap in a table",
      [
        { row: 6, rag: "red", due: "2013-09-30", ref: "1.1", action: "An overdue action" },
        { row: 7, rag: "green", due: "2014-09-30", ref: "1.2" },
      ]
    );
    const model = summarySheetModel(buildSummary([plan], "2014-01-31"), {
      generatedAt: "2014-01-31T09:00:00Z",
      file: "plan.xlsx",
    });
    const fake = createFakeExcel({ sheets: [{ name: "Action Plan" }] });
    await createOfficeWorkbook(runOf(fake)).writeSheet(model);
    const written = sheet(fake, "RAG Summary");
    const [first, second] = model.print!.areas!;
    expect(layoutOf(written)?.printArea).toBe(
      `A1:G${first!.bottom},I${second!.top}:Q${second!.bottom}`
    );
    // a width for every column the model fitted
    const widths = [...written.columnWidths.entries()].sort((a, b) => a[0] - b[0]);
    expect(widths.map(([col]) => col)).toEqual(model.columnWidths.map((_w, i) => i + 1));
    // a note in column A runs on unwrapped; the section names in the table below it wrap
    const note = model.cells.find((c) => c.cell.intent === "note" && c.col === 1)!;
    expect(written.cells.get(cellKey(note.row, 1))?.wrap ?? false).toBe(false);
    const bySection = model.tables.find((t) => t.name === "RAG_BySection")!;
    expect(written.cells.get(cellKey(bySection.top + 1, 1))?.wrap).toBe(true);
  });
});
