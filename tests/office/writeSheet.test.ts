import { createOfficeWorkbook } from "../../src/adapters/office";
import { OWN_SHEETS_KEY } from "../../src/adapters/office/host";
import type { SheetModel } from "../../src/core/summary/sheetModel";
import {
  createFakeExcel,
  createFakeExcelFromState,
  type FakeSheetState,
} from "../../src/fake-excel";
import { cell, countSyncs, runOf, sheet } from "./support";

const MODEL: SheetModel = {
  name: "RAG Summary",
  columnWidths: [30, 12, 12],
  cells: [
    { row: 1, col: 1, cell: { value: "Action plan check", intent: "title" } },
    { row: 2, col: 1, cell: { value: '=HYPERLINK("http://x")', intent: "note" } },
    { row: 2, col: 2, cell: { value: 0.25, intent: "percent" } },
    { row: 3, col: 1, cell: { value: "-owner missing", intent: "note" } },
    { row: 3, col: 2, cell: { value: "+44 20 7525", intent: "note" } },
    { row: 3, col: 3, cell: { value: "@home" } },
  ],
  tables: [
    {
      name: "RagByOwner",
      top: 5,
      left: 1,
      columns: ["Owner", "Actions", "Rating"],
      rows: [
        [
          { value: "Head of SEN", link: { sheet: "Action Plan", address: "C14" } },
          { value: 3, intent: "integer" },
          { value: "Red", intent: "rating-red" },
        ],
        [
          { value: "12" },
          { value: 1, intent: "integer" },
          { value: "Complete", intent: "rating-complete" },
        ],
      ],
    },
  ],
  charts: [
    {
      kind: "bar",
      title: "Actions by owner",
      table: "RagByOwner",
      valueColumn: 1,
      top: 2,
      left: 6,
    },
  ],
};

function userWorkbook() {
  return createFakeExcel({
    sheets: [{ name: "Action Plan", cells: [{ row: 14, col: 3, value: "Jan-14" }] }],
  });
}

function allCells(s: FakeSheetState) {
  return [...s.cells.values()];
}

describe("Office adapter: writeSheet", () => {
  it("writes values as data: text stays text whatever it starts with, in 2 syncs", async () => {
    const fake = userWorkbook();
    const port = createOfficeWorkbook(runOf(fake));
    const { result, syncs } = await countSyncs(fake, () =>
      port.writeSheet(MODEL, { activate: true })
    );
    expect(result.sheetName).toBe("RAG Summary");
    expect(syncs).toBe(2);
    const s = sheet(fake, "RAG Summary");
    expect(allCells(s).filter((c) => c.formula !== undefined)).toEqual([]);
    expect(cell(fake, "RAG Summary", 2, 1)?.value).toBe('=HYPERLINK("http://x")');
    expect(cell(fake, "RAG Summary", 3, 1)?.value).toBe("-owner missing");
    expect(cell(fake, "RAG Summary", 3, 2)?.value).toBe("+44 20 7525");
    expect(cell(fake, "RAG Summary", 3, 3)?.value).toBe("@home");
    expect(cell(fake, "RAG Summary", 7, 1)?.value).toBe("12");
    expect(cell(fake, "RAG Summary", 2, 2)).toMatchObject({ value: 0.25, numberFormat: "0%" });
    expect(fake.state.activeSheetId).toBe(s.id);
  });

  it("formats by intent (text always present), links to cells, adds the table and the chart", async () => {
    const fake = userWorkbook();
    await createOfficeWorkbook(runOf(fake)).writeSheet(MODEL);
    const s = sheet(fake, "RAG Summary");
    expect(cell(fake, "RAG Summary", 1, 1)?.bold).toBe(true);
    expect(cell(fake, "RAG Summary", 6, 3)).toMatchObject({ value: "Red", fill: "#FFC7CE" });
    expect(cell(fake, "RAG Summary", 7, 3)).toMatchObject({ value: "Complete", fill: "#BDD7EE" });
    expect(cell(fake, "RAG Summary", 6, 1)).toMatchObject({
      value: "Head of SEN",
      hyperlink: { documentReference: "'Action Plan'!C14", textToDisplay: "Head of SEN" },
    });
    expect(fake.state.tables).toEqual([
      expect.objectContaining({
        name: "RagByOwner",
        sheetId: s.id,
        rect: { top: 5, left: 1, bottom: 7, right: 3 },
      }),
    ]);
    expect(s.charts).toEqual([
      expect.objectContaining({
        type: "BarClustered",
        title: "Actions by owner",
        sourceSheetId: s.id,
        sourceAddress: "B5:B7",
        xAxisAddress: "A6:A7",
        position: "F2",
      }),
    ]);
    expect(s.columnWidths.get(1)).toBeGreaterThan(s.columnWidths.get(2) ?? 0);
  });

  it("wraps the model's wrap columns below the title row, in the same 2 syncs", async () => {
    const fake = userWorkbook();
    const { syncs } = await countSyncs(fake, () =>
      createOfficeWorkbook(runOf(fake)).writeSheet({ ...MODEL, wrapColumns: [1, 3, 40] })
    );
    expect(syncs).toBe(2);
    expect(cell(fake, "RAG Summary", 1, 1)?.wrap).toBeFalsy();
    expect(cell(fake, "RAG Summary", 6, 1)?.wrap).toBe(true);
    expect(cell(fake, "RAG Summary", 6, 3)?.wrap).toBe(true);
    expect(cell(fake, "RAG Summary", 6, 2)?.wrap).toBeFalsy();
    // a column past the model's cells is left alone
    expect(cell(fake, "RAG Summary", 6, 40)?.wrap).toBeFalsy();
  });

  it("takes the model's fill for an intent (the configured complete colour) over the default", async () => {
    const fake = userWorkbook();
    await createOfficeWorkbook(runOf(fake)).writeSheet({
      ...MODEL,
      fills: { "rating-complete": "5B9BD5" },
    });
    expect(cell(fake, "RAG Summary", 7, 3)).toMatchObject({ value: "Complete", fill: "#5B9BD5" });
    expect(cell(fake, "RAG Summary", 6, 3)).toMatchObject({ value: "Red", fill: "#FFC7CE" });
  });

  it("replaces its own sheet on a second run (same name, one table name) and survives reopen", async () => {
    const fake = userWorkbook();
    await createOfficeWorkbook(runOf(fake)).writeSheet(MODEL);
    const reopened = createFakeExcelFromState(fake.snapshot());
    const { sheetName } = await createOfficeWorkbook(runOf(reopened)).writeSheet(MODEL);
    expect(sheetName).toBe("RAG Summary");
    expect(reopened.state.sheets.map((s) => s.name)).toEqual(["Action Plan", "RAG Summary"]);
    expect(reopened.state.tables.map((t) => t.name)).toEqual(["RagByOwner"]);
  });

  it('never replaces a user\'s sheet with the same name: writes "RAG Summary (2)"', async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "RAG Summary", cells: [{ row: 1, col: 1, value: "mine, not the add-in's" }] },
        { name: "Action Plan" },
      ],
    });
    const port = createOfficeWorkbook(runOf(fake));
    expect((await port.writeSheet(MODEL)).sheetName).toBe("RAG Summary (2)");
    expect((await port.writeSheet(MODEL)).sheetName).toBe("RAG Summary (2)");
    expect(cell(fake, "RAG Summary", 1, 1)?.value).toBe("mine, not the add-in's");
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "RAG Summary",
      "Action Plan",
      "RAG Summary (2)",
    ]);
  });

  it("avoids a user's table name", async () => {
    const fake = userWorkbook();
    fake.state.tables.push({
      id: "u1",
      name: "RagByOwner",
      sheetId: fake.state.sheets[0]?.id ?? "",
      rect: { top: 1, left: 10, bottom: 2, right: 10 },
      hasHeaders: true,
      style: "",
    });
    await createOfficeWorkbook(runOf(fake)).writeSheet(MODEL);
    expect(fake.state.tables.map((t) => t.name).sort()).toEqual(["RagByOwner", "RagByOwner_2"]);
  });

  it("leaves nothing half-written when Excel fails part-way, and keeps the previous version", async () => {
    const fake = userWorkbook();
    const port = createOfficeWorkbook(runOf(fake));
    await port.writeSheet(MODEL);
    const previous = sheet(fake, "RAG Summary").id;
    fake.faults.failSync(2, "GeneralException", { afterOps: 12 });
    await expect(port.writeSheet(MODEL)).rejects.toMatchObject({ code: "unknown" });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Action Plan", "RAG Summary"]);
    expect(sheet(fake, "RAG Summary").id).toBe(previous);
    expect(fake.stats.syncs).toBeGreaterThan(0);
  });

  it("records the sheets it owns in the workbook settings", async () => {
    const fake = userWorkbook();
    await createOfficeWorkbook(runOf(fake)).writeSheet(MODEL);
    const reg = JSON.parse(fake.state.settings.get(OWN_SHEETS_KEY) ?? "null");
    expect(reg).toEqual({
      version: 1,
      sheets: [
        {
          requested: "RAG Summary",
          id: sheet(fake, "RAG Summary").id,
          name: "RAG Summary",
          tables: ["RagByOwner"],
        },
      ],
    });
  });
});

describe("Office adapter: appendRows, settings, select", () => {
  it("creates the history sheet with a header, then appends below, text as text", async () => {
    const fake = userWorkbook();
    const port = createOfficeWorkbook(runOf(fake));
    const first = await countSyncs(fake, () =>
      port.appendRows("History", ["Date", "Score"], [["=1", 3]])
    );
    const second = await countSyncs(fake, () =>
      port.appendRows(
        "History",
        ["Date", "Score"],
        [
          ["2024-01-31", 4],
          ["-x", null],
        ]
      )
    );
    expect(first.syncs).toBeLessThanOrEqual(3);
    expect(second.syncs).toBeLessThanOrEqual(3);
    const rows = [1, 2, 3, 4].map((r) => [
      cell(fake, "History", r, 1)?.value,
      cell(fake, "History", r, 2)?.value ?? null,
    ]);
    expect(rows).toEqual([
      ["Date", "Score"],
      ["=1", 3],
      ["2024-01-31", 4],
      ["-x", null],
    ]);
    expect(cell(fake, "History", 1, 1)?.bold).toBe(true);
  });

  it("saves and loads settings (1 sync each), null when none", async () => {
    const fake = userWorkbook();
    const port = createOfficeWorkbook(runOf(fake));
    expect(await port.loadSettings()).toBeNull();
    await port.saveSettings({ asOf: "2014-01-31", columns: { owner: "Lead" } });
    const reopened = createOfficeWorkbook(runOf(createFakeExcelFromState(fake.snapshot())));
    expect(await reopened.loadSettings()).toEqual({
      asOf: "2014-01-31",
      columns: { owner: "Lead" },
    });
  });

  it("selects a cell and activates its sheet", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "A" }, { name: "Action Plan" }] });
    await createOfficeWorkbook(runOf(fake)).select("Action Plan", "C14");
    expect(fake.state.selection).toEqual({
      sheetId: sheet(fake, "Action Plan").id,
      rect: { top: 14, left: 3, bottom: 14, right: 3 },
    });
  });

  it("maps a missing sheet to a plain not-found error", async () => {
    const fake = userWorkbook();
    await expect(createOfficeWorkbook(runOf(fake)).select("Gone", "A1")).rejects.toMatchObject({
      name: "AdapterError",
      code: "not-found",
    });
  });
});
