/**
 * Re-checking inside Excel after "Build summary sheet" and a snapshot: the add-in's own sheets (found by
 * id in the workbook's `apc.ownSheets` registry) are not read as plans, so the report and the sync count
 * are those of the first check (one fewer: the port remembers the listing), even when the user renames
 * the summary sheet.
 */
import { createOfficeWorkbook } from "../../src/adapters/office";
import { readGrid } from "../../src/adapters/office/readGrid";
import { checkWorkbookPort } from "../../src/app/check";
import { appendSnapshot, writeSummarySheet } from "../../src/app/summary";
import { DEFAULT_CONFIG } from "../../src/core/schema";
import { HISTORY_SHEET_NAME } from "../../src/core/summary";
import { createFakeExcel } from "../../src/fake-excel";
import { countSyncs, fakeFromFixture, FIXTURES, runOf, sheet } from "../office/support";

const AS_OF = "2004-01-31";

describe.each(FIXTURES)("%s: check, summary, snapshot, check again", (name) => {
  it("gives the first check's report, in one sync fewer once the port knows the sheets", async () => {
    const fake = await fakeFromFixture(name);
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
    const file = `${name}.xlsx`;
    const first = await countSyncs(fake, () =>
      checkWorkbookPort(port, DEFAULT_CONFIG, AS_OF, file)
    );
    const summary = await countSyncs(fake, () =>
      writeSummarySheet(port, first.result.report, DEFAULT_CONFIG, AS_OF, `${AS_OF}T09:00:00Z`)
    );
    const snapshot = await countSyncs(fake, () =>
      appendSnapshot(port, first.result.report, DEFAULT_CONFIG, AS_OF)
    );
    // the summary's exceptions table looks like a plan: it must not come back as one
    sheet(fake, "RAG Summary").name = "Summary (renamed)";
    const again = await countSyncs(fake, () =>
      checkWorkbookPort(port, DEFAULT_CONFIG, AS_OF, file)
    );

    expect(first.result.report.tables.length).toBeGreaterThan(0);
    expect(again.result.report).toEqual(first.result.report);
    expect(again.result.plan).toEqual(first.result.plan);
    // the summary: 2 syncs for the sheet, 3 for the per-action snapshot (src/app/snapshot.ts); the second
    // check lists the sheets and reads their cells in one sync, as the port's last listing says which to read
    expect([first.syncs, summary.syncs, snapshot.syncs, again.syncs]).toEqual([4, 5, 3, 3]);
    expect(fake.state.sheets.map((s) => s.name).slice(-2)).toEqual([
      "Summary (renamed)",
      HISTORY_SHEET_NAME,
    ]);
  });
});

describe("readGrid and the add-in's own sheets", () => {
  it("reads a user's sheet called RAG Summary, leaves out the add-in's, and reads both when asked", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "RAG Summary", cells: [{ row: 1, col: 1, value: "the user's own" }] },
        { name: "Mine", cells: [{ row: 1, col: 1, value: "x" }] },
      ],
      settings: {
        "apc.ownSheets": {
          version: 1,
          sheets: [{ requested: "RAG Summary", id: "ws2", name: "RAG Summary", tables: [] }],
        },
      },
    });
    const run = runOf(fake);
    const { result, syncs } = await countSyncs(fake, () => readGrid(run));
    expect(result.sheets.map((s) => s.name)).toEqual(["RAG Summary"]);
    expect(syncs).toBe(2);
    const all = await readGrid(run, { includeOwnSheets: true });
    expect(all.sheets.map((s) => s.name)).toEqual(["RAG Summary", "Mine"]);
  });

  it("reads every sheet when the registry is corrupt", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "A" }, { name: "B" }],
      settings: { "apc.ownSheets": "not json {" },
    });
    expect((await readGrid(runOf(fake))).sheets.map((s) => s.name)).toEqual(["A", "B"]);
  });
});
