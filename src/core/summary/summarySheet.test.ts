import { formatGeneratedAt } from "./cells";
import { historyRow } from "./history";
import { rollupSheetModels } from "./rollupSheet";
import type { SheetModel, SheetTable } from "./sheetModel";
import { buildSummary } from "./summary";
import { summarySheetModel } from "./summarySheet";
import { makeTable } from "./testTables";

const tables = [
  makeTable("Action Plan", 5, "Proposal 1", [
    { row: 6, rag: "red", due: "2014-01-01", ref: "1.1", action: '=HYPERLINK("http://x")' },
    { row: 7, rag: "complete", due: "2014-01-01" },
    { row: 8, rag: "not-rated", owner: "A / B" },
  ]),
];
const summary = buildSummary(tables, "2014-01-31");
const model = summarySheetModel(summary, {
  generatedAt: "2014-01-31T09:30:00Z",
  completeLabel: "Blue",
  completeColour: "5B9BD5",
  file: "plan.xlsx",
});

function table(m: SheetModel, name: string): SheetTable {
  const t = m.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

function cellText(m: SheetModel, row: number, col: number): unknown {
  return m.cells.find((c) => c.row === row && c.col === col)?.cell.value;
}

describe("summarySheetModel", () => {
  it("has the four tables, each with rows as wide as its columns and no two overlapping", () => {
    expect(model.tables.map((t) => t.name)).toEqual([
      "RAG_Overall",
      "RAG_BySection",
      "RAG_ByOwner",
      "RAG_Exceptions",
    ]);
    for (const t of model.tables) for (const r of t.rows) expect(r).toHaveLength(t.columns.length);
    const spans = model.tables.map((t) => [t.top, t.top + t.rows.length] as const);
    for (let i = 1; i < spans.length; i++)
      expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1] + 1);
    const cellRows = new Set(model.cells.map((c) => c.row));
    for (const [top, bottom] of spans)
      for (let r = top; r <= bottom; r++) expect(cellRows.has(r)).toBe(false);
  });

  it("shows ratings in words with a colour intent, complete under its configured label", () => {
    const overall = table(model, "RAG_Overall");
    expect(overall.rows.map((r) => [r[0]?.value, r[0]?.intent, r[1]?.value])).toEqual([
      ["Blue", "rating-complete", 1],
      ["Red", "rating-red", 1],
      ["Amber", "rating-amber", 0],
      ["Green", "rating-green", 0],
      ["Not rated", "rating-not-rated", 1],
    ]);
    expect(model.fills).toEqual({ "rating-complete": "5B9BD5" });
  });

  it("lists each exception by section with a link to its row, and keeps formula-looking text as data", () => {
    const ex = table(model, "RAG_Exceptions");
    expect(ex.columns).toEqual([
      "Section",
      "Ref",
      "Action",
      "Owner",
      "Due",
      "Rating",
      "Reason",
      "Latest update",
      "Link",
    ]);
    expect(ex.rows[0]?.[2]).toEqual({ value: '=HYPERLINK("http://x")' });
    expect(ex.rows[0]?.[8]).toEqual({
      value: "Action Plan row 6",
      link: { sheet: "Action Plan", address: "A6" },
    });
    expect(ex.rows.map((r) => r[5]?.value)).toEqual(["Red", "Not rated"]);
    expect(ex.rows[0]?.[4]).toEqual({ value: 41640, intent: "date" }); // 01/01/2014
  });

  it("keeps every headline figure in a cell of its own, with no words in the cell beside it", () => {
    const row = model.cells.find((c) => String(c.cell.value).startsWith("With an owner"))?.row;
    const line = model.cells.filter((c) => c.row === row).map((c) => c.cell);
    expect(line.map((c) => typeof c.value)).toEqual(["string", "number"]);
    expect(line[0]?.value).toMatch(/^With an owner \(\d+ of \d+\)$/);
  });

  it("prints landscape, one page wide, the title rows on every page, with page numbers", () => {
    expect(model.print).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: 1, last: expect.any(Number) as number },
      pageNumbers: true,
      areas: [expect.objectContaining({ top: 1, left: 1 }), expect.objectContaining({ left: 9 })],
    });
  });

  it("counts an action for each owner its cell names", () => {
    expect(table(model, "RAG_ByOwner").rows.map((r) => [r[0]?.value, r[6]?.value])).toEqual([
      ["A", 1],
      ["B", 1],
      ["Jo Bloggs", 2],
    ]);
  });

  it("heads the sheet with the title, file, report date and time generated", () => {
    expect([
      cellText(model, 1, 1),
      cellText(model, 2, 1),
      cellText(model, 3, 2),
      cellText(model, 4, 2),
    ]).toEqual(["RAG Summary", "plan.xlsx", 41670, "31/01/2014 09:30 UTC"]);
  });

  it("charts the overall counts from the overall table", () => {
    expect(model.charts).toEqual([
      expect.objectContaining({
        kind: "bar",
        table: "RAG_Overall",
        valueColumn: 1,
        top: table(model, "RAG_Overall").top,
      }),
    ]);
  });

  it("says so instead of an empty table when there are no exceptions", () => {
    const none = summarySheetModel(buildSummary([], "2014-01-31"), { generatedAt: "2014-01-31" });
    expect(none.tables.map((t) => t.name)).toEqual(["RAG_Overall"]);
    expect(none.cells.some((c) => c.cell.value === "No red, amber or not-rated actions.")).toBe(
      true
    );
  });
});

describe("formatGeneratedAt", () => {
  it.each([
    ["2014-01-31T14:05:09+00:00", "31/01/2014 14:05"],
    ["2014-01-31T14:05:09.123Z", "31/01/2014 14:05 UTC"],
    ["2014-01-31", "31/01/2014"],
    ["later", "later"],
  ])("%p → %p", (iso, shown) => expect(formatGeneratedAt(iso)).toBe(shown));
});

describe("historyRow", () => {
  it("is one dated row of counts under a matching header", () => {
    const h = historyRow(summary, "2014-01-31", "Blue");
    expect(h.header).toEqual([
      "Report date",
      "Blue",
      "Red",
      "Amber",
      "Green",
      "Not rated",
      "Total",
      "Errors",
      "Warnings",
      "With an owner",
      "With a due date",
    ]);
    expect(h.row.map((c) => c.value)).toEqual([41670, 1, 1, 0, 0, 1, 3, 0, 0, 1, 2 / 3]);
  });
});

describe("rollupSheetModels", () => {
  const models = rollupSheetModels(
    [
      { file: "a.xlsx", summary },
      { file: "broken.xlsx", summary: null, error: "broken.xlsx: not an Excel workbook." },
    ],
    { asOf: "2014-03-31", generatedAt: "2014-01-31T10:00:00" }
  );

  it("has a row per plan, with the problem when a plan could not be checked", () => {
    const plans = table(models[0]!, "Rollup_Plans");
    expect(plans.rows.map((r) => r.length)).toEqual([plans.columns.length, plans.columns.length]);
    expect(plans.rows[0]?.slice(0, 9).map((c) => c.value)).toEqual([
      "a.xlsx",
      41670, // its own report date, 31/01/2014
      1,
      3,
      1,
      1,
      0,
      0,
      1,
    ]);
    expect(plans.columns[1]).toBe("Report date");
    expect(plans.rows[0]?.[1]?.intent).toBe("date");
    expect(plans.rows[1]?.at(-1)?.value).toBe("broken.xlsx: not an Excel workbook.");
  });

  it("combines the exceptions with their file, its report date and the row", () => {
    const ex = table(models[1]!, "Rollup_Exceptions");
    const col = (name: string) => ex.columns.indexOf(name);
    expect(
      ex.rows.map((r) => [
        r[col("File")]?.value,
        r[col("Rating")]?.value,
        r[col("Row")]?.value,
        r[col("Report date")]?.value,
      ])
    ).toEqual([
      ["a.xlsx", "Red", 6, 41670],
      ["a.xlsx", "Not rated", 8, 41670],
    ]);
  });

  it("states the plans' own report date, not the run's, above reasons computed at it", () => {
    const heading = (m: {
      cells: ReadonlyArray<{ row: number; col: number; cell: { value: unknown } }>;
    }) => m.cells.filter((c) => c.row === 2).map((c) => c.cell.value);
    // one plan checked at 31/01/2014, the roll-up run "as of" 31/03/2014: the heading says 31/01/2014
    expect(heading(models[0]!)).toEqual(["Report date", 41670]);
    expect(String(heading(models[1]!)[0])).toContain("at 31/01/2014");

    const older = buildSummary(tables, "2003-10-31");
    const mixed = rollupSheetModels(
      [
        { file: "a.xlsx", summary },
        { file: "old.xlsx", summary: older },
      ],
      { asOf: "2014-01-31", generatedAt: "2014-01-31T10:00:00" }
    );
    const [label, value] = heading(mixed[0]!);
    expect(label).toBe("Report dates");
    expect(value).toMatch(/^Each plan's own: 31\/10\/2003 to 31\/01\/2014/);
    const note = String(heading(mixed[1]!)[0]);
    expect(note).toContain("at each plan's own report date (31/10/2003 to 31/01/2014)");
    // no single date is stated above them all
    expect(mixed.flatMap((m) => m.cells).some((c) => c.cell.value === 41670)).toBe(false);
  });
});
