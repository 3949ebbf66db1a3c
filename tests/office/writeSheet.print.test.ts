import { createOfficeWorkbook } from "../../src/adapters/office";
import type { SheetModel } from "../../src/core/summary/sheetModel";
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
});
