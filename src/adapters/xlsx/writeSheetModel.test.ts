import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetModel } from "../../core/summary/sheetModel";
import { buildSummary } from "../../core/summary/summary";
import { summarySheetModel } from "../../core/summary/summarySheet";
import { historyRow } from "../../core/summary/history";
import { rollupSheetModels } from "../../core/summary/rollupSheet";
import { makeTable } from "../../core/summary/testTables";
import { writeCheckedCopy, writeRollup } from "./writeCheckedCopy";
import { fixSheetLinks } from "./writeInternalLinks";

const summary = buildSummary(
  [
    makeTable("Plan", 1, "Section A", [
      { row: 2, rag: "red", due: "2014-01-01" },
      { row: 3, rag: "green", due: "2014-06-01" },
      { row: 4, rag: "not-rated" },
    ]),
  ],
  "2014-01-31"
);
const model = summarySheetModel(summary, { generatedAt: "2014-01-31T10:00:00Z" });
const noHighlights = { cells: [] };

async function workbookWith(setup: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet("Plan");
  plan.getCell("A1").value = "Action";
  plan.getCell("A2").value = "Do it";
  setup(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

const tableNames = (ws: ExcelJS.Worksheet | undefined) =>
  Object.keys((ws as unknown as { tables?: Record<string, unknown> })?.tables ?? {});

describe("the summary sheet's name", () => {
  it("leaves a user's own 'RAG Summary' alone and uses 'RAG Summary (2)'; a re-run replaces only its own", async () => {
    const input = await workbookWith((wb) => {
      wb.addWorksheet("RAG Summary").getCell("B2").value = "my notes";
    });
    const once = await writeCheckedCopy(input, { highlights: noHighlights, summary: model });
    const twice = await writeCheckedCopy(once, { highlights: noHighlights, summary: model });
    for (const buf of [once, twice]) {
      const wb = await load(buf);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["Plan", "RAG Summary", "RAG Summary (2)"]);
      expect(wb.getWorksheet("RAG Summary")!.getCell("B2").value).toBe("my notes");
      expect(wb.getWorksheet("RAG Summary (2)")!.getCell("A1").value).toBe("RAG Summary");
      expect(tableNames(wb.getWorksheet("RAG Summary (2)")).sort()).toEqual([
        "RAG_ByOwner",
        "RAG_BySection",
        "RAG_Exceptions",
        "RAG_Overall",
      ]);
    }
  });

  it("replaces its own 'RAG Summary' in place, even after the user renamed it", async () => {
    const input = await workbookWith(() => undefined);
    const once = await writeCheckedCopy(input, { highlights: noHighlights, summary: model });
    const renamed = await load(once);
    const ours = renamed.getWorksheet("RAG Summary")!;
    ours.name = "Board RAG";
    // Renaming in Excel updates the defined name's reference; do the same here.
    renamed.definedNames.remove("'RAG Summary'!$A$1", "APC_Owned_RAG_Summary");
    renamed.definedNames.add("'Board RAG'!$A$1", "APC_Owned_RAG_Summary");
    const again = await load(
      await writeCheckedCopy(Buffer.from(await renamed.xlsx.writeBuffer()), {
        highlights: noHighlights,
        summary: model,
      })
    );
    expect(again.worksheets.map((w) => w.name)).toEqual(["Plan", "Board RAG"]);
  });

  it("gives its tables names no other table in the workbook has", async () => {
    const input = await workbookWith((wb) => {
      wb.getWorksheet("Plan")!.addTable({
        name: "RAG_Overall",
        ref: "D1",
        headerRow: true,
        columns: [{ name: "X" }],
        rows: [[1]],
      });
    });
    const wb = await load(
      await writeCheckedCopy(input, { highlights: noHighlights, summary: model })
    );
    expect(tableNames(wb.getWorksheet("Plan"))).toEqual(["RAG_Overall"]);
    expect(tableNames(wb.getWorksheet("RAG Summary"))).toContain("RAG_Overall_2");
  });
});

describe("the rendered summary", () => {
  it("draws the chart as a real Excel bar chart of the ratings table, each bar in its colour", async () => {
    const copy = await writeCheckedCopy(await workbookWith(() => undefined), {
      highlights: noHighlights,
      summary: model,
    });
    const zip = await JSZip.loadAsync(copy);
    const drawings = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(drawings).toHaveLength(1);
    const xml = await zip.file(drawings[0]!)!.async("string");
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toContain("Actions by rating at 31/01/2014");
    const table = model.tables.find((t) => t.name === model.charts[0]!.table)!;
    const cached = (tag: string) =>
      [...xml.matchAll(new RegExp(`<c:${tag}>[\\s\\S]*?</c:${tag}>`, "g"))].flatMap((m) =>
        [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1])
      );
    expect(cached("cat")).toEqual(table.rows.map((r) => String(r[0]!.value)));
    expect(cached("val")).toEqual(table.rows.map((r) => String(r[1]!.value)));
    // red's bar is the red fill: colour and the word together, never colour alone
    expect(xml).toMatch(/<c:dPt><c:idx val="1"\/>[\s\S]*?<a:srgbClr val="FFC7CE"\/>/);
    // the summary sheet's drawing points at it, and the workbook still loads
    const ws = (await load(copy)).getWorksheet("RAG Summary")!;
    expect(ws.getCell(model.charts[0]!.top, model.charts[0]!.left).value).toBeNull();
  });

  it("writes dates as dates shown dd/mm/yyyy and shares as percentages", async () => {
    const wb = await load(
      await writeCheckedCopy(await workbookWith(() => undefined), {
        highlights: noHighlights,
        summary: model,
      })
    );
    const ws = wb.getWorksheet("RAG Summary")!;
    expect(ws.getCell("B2").value).toEqual(new Date(Date.UTC(2014, 0, 31)));
    expect(ws.getCell("B2").numFmt).toBe("dd/mm/yyyy");
    const share = ws.getColumn(2).values.findIndex((v) => v === 2 / 3);
    expect(ws.getCell(share, 2).numFmt).toBe("0%");
  });

  it("opens on the summary with only its tab selected", async () => {
    const out = await writeCheckedCopy(await workbookWith(() => undefined), {
      highlights: noHighlights,
      summary: model,
    });
    expect((await load(out)).views[0]?.activeTab).toBe(1);
    // ExcelJS does not read tabSelected back: look at the sheet views as written.
    const zip = await JSZip.loadAsync(out);
    const selected = await Promise.all(
      ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"].map(async (p) =>
        /<sheetView\b[^>]*tabSelected="1"/.test(await zip.file(p)!.async("string"))
      )
    );
    expect(selected).toEqual([false, true]);
  });
});

describe("RAG History", () => {
  it("is created with its header once, then gains one row per snapshot", async () => {
    const history = historyRow(summary, "2014-01-31");
    const once = await writeCheckedCopy(await workbookWith(() => undefined), {
      highlights: noHighlights,
      summary: model,
      history,
    });
    const later = historyRow(summary, "2014-04-30");
    const wb = await load(
      await writeCheckedCopy(once, { highlights: noHighlights, summary: model, history: later })
    );
    const ws = wb.getWorksheet("RAG History")!;
    expect(ws.getColumn(1).values.slice(1)).toEqual([
      "Report date",
      new Date(Date.UTC(2014, 0, 31)),
      new Date(Date.UTC(2014, 3, 30)),
    ]);
    expect(ws.autoFilter).toBe("A1:K3");
  });
});

describe("writeRollup", () => {
  it("writes one sheet per model with its tables", async () => {
    const models = rollupSheetModels([{ file: "a.xlsx", summary }], {
      asOf: "2014-01-31",
      generatedAt: "2014-01-31T10:00:00",
    });
    const wb = await load(await writeRollup(models));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Roll-up", "Roll-up exceptions"]);
    expect(tableNames(wb.getWorksheet("Roll-up"))).toEqual(["Rollup_Plans"]);
    expect(wb.getWorksheet("Roll-up exceptions")!.getCell("A5").value).toBe("a.xlsx");
  });

  it("never writes a formula, whatever the text starts with", async () => {
    const m: SheetModel = {
      name: "T",
      columnWidths: [],
      cells: ["=1+1", "+1", "-2", "@SUM(A1)", "=cmd|' /C calc'!A0"].map((value, i) => ({
        row: i + 1,
        col: 1,
        cell: { value },
      })),
      tables: [{ name: "X", top: 1, left: 3, columns: ["=A"], rows: [[{ value: "=B" }]] }],
      charts: [],
    };
    const ws = (await load(await writeRollup([m]))).getWorksheet("T")!;
    for (const a of ["A1", "A2", "A3", "A4", "A5", "C1", "C2"]) {
      expect([a, ws.getCell(a).type, ws.getCell(a).numFmt]).toEqual([
        a,
        ExcelJS.ValueType.String,
        "@",
      ]);
    }
  });
});

describe("fixSheetLinks", () => {
  const rels =
    '<Relationships><Relationship Id="rId1" Type="h" Target="#&apos;A B&apos;!C3" TargetMode="External"/>' +
    '<Relationship Id="rId2" Type="h" Target="https://example.org/" TargetMode="External"/></Relationships>';
  const sheet =
    '<hyperlinks><hyperlink ref="A1" r:id="rId1" location="#&apos;A B&apos;!C3"/>' +
    '<hyperlink ref="A2" r:id="rId2"/></hyperlinks>';

  it("turns an internal link into a bare location and drops its relationship; external links stay", () => {
    const fixed = fixSheetLinks(sheet, rels)!;
    expect(fixed.sheet).toBe(
      '<hyperlinks><hyperlink ref="A1" location="&apos;A B&apos;!C3"/><hyperlink ref="A2" r:id="rId2"/></hyperlinks>'.replace(
        /&apos;/g,
        "'"
      )
    );
    expect(fixed.rels).not.toContain("rId1");
    expect(fixed.rels).toContain("rId2");
  });

  it("changes nothing without internal links", () => {
    expect(fixSheetLinks('<hyperlink ref="A2" r:id="rId2"/>', rels)).toBeNull();
  });
});
