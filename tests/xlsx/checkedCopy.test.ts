import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { HighlightCell, HighlightPlan } from "../../src/core/highlight";
import type { Severity } from "../../src/core/schema/issue";
import { buildSummary } from "../../src/core/summary/summary";
import { summarySheetModel } from "../../src/core/summary/summarySheet";
import { historyRow } from "../../src/core/summary/history";
import { makeTable, type ActionSpec } from "../../src/core/summary/testTables";
import { writeCheckedCopy } from "../../src/adapters/xlsx/writeCheckedCopy";
import { parseLocation, sheetLinks } from "./xlsxPackage";

const FIXTURES = join(__dirname, "..", "fixtures");
const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));
const DANGEROUS = ['=HYPERLINK("http://x")', "=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)"];
const SEVERITIES: Severity[] = ["error", "warning", "info"];

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

// A helper, as office-addins lint rules take any `getCell` for Office.js.
function cellOf(ws: ExcelJS.Worksheet, ...at: [number, number] | [string]): ExcelJS.Cell {
  return at.length === 2 ? ws.getCell(at[0], at[1]) : ws.getCell(at[0]);
}

/** Every filled cell of the original sheets, as [sheet, address, value, formula, type]. */
function snapshot(wb: ExcelJS.Workbook, sheets: readonly string[]) {
  const out: unknown[] = [];
  for (const name of sheets) {
    const ws = wb.getWorksheet(name)!;
    for (let r = 1; r <= ws.rowCount; r++) {
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = cellOf(ws, r, c);
        out.push([name, cell.address, cell.value, cell.formula ?? null, cell.type, cell.isMerged]);
      }
    }
  }
  return out;
}

/** A note's text, whether ExcelJS reads it as a string or as rich text. */
function noteText(cell: ExcelJS.Cell): string {
  const n = cell.note as string | { texts?: Array<{ text: string }> } | undefined;
  if (!n) return "";
  return typeof n === "string" ? n : (n.texts ?? []).map((t) => t.text).join("");
}

function styleOf(wb: ExcelJS.Workbook, sheet: string, address: string): string {
  return JSON.stringify(wb.getWorksheet(sheet)!.getCell(address).style ?? {});
}

describe.each(files)("checked copy of %s", (file) => {
  let input: Buffer;
  let original: ExcelJS.Workbook;
  let output: Buffer;
  let copy: ExcelJS.Workbook;
  let sheets: string[];
  let plan: HighlightPlan;
  let specs: ActionSpec[];
  let first: string;

  beforeAll(async () => {
    input = readFileSync(join(FIXTURES, file));
    original = await load(input);
    sheets = original.worksheets.map((w) => w.name);
    first = sheets[0]!;
    const ws = original.getWorksheet(first)!;
    // Highlight every 5th filled cell of the first sheet, and one cell of every other sheet.
    const cells: HighlightCell[] = [];
    let n = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (n++ % 5 !== 0) return;
        cells.push({
          sheet: first,
          row: Number(cell.row),
          col: Number(cell.col),
          address: cell.address,
          severity: SEVERITIES[cells.length % 3]!,
          messages: [`Message for ${cell.address}`, "Second line"],
        });
      })
    );
    for (const other of sheets.slice(1)) {
      cells.push({
        sheet: other,
        row: 2,
        col: 1,
        address: "A2",
        severity: "error",
        messages: ["Other sheet"],
      });
    }
    plan = { cells };
    const rows = [...Array(ws.rowCount).keys()]
      .map((i) => i + 1)
      .filter((r) => ws.getRow(r).hasValues);
    // small plans (005 has seven rows) reuse rows from the top rather than point past the sheet's end
    specs = DANGEROUS.map((text, i) => ({
      row: rows[(i + 3) % rows.length]!,
      rag: i % 2 === 0 ? "red" : "amber",
      due: `2014-01-0${i + 1}`,
      action: text,
      owner: text,
      ref: text,
    }));
    const summary = buildSummary([makeTable(first, rows[2]!, "=Section", specs)], "2014-01-31");
    const model = summarySheetModel(summary, { generatedAt: "2014-01-31T10:00:00Z", file });
    output = await writeCheckedCopy(input, {
      highlights: plan,
      summary: model,
      history: historyRow(summary, "2014-01-31"),
    });
    copy = await load(output);
  });

  it("leaves the input bytes untouched", () => {
    expect(input.equals(readFileSync(join(FIXTURES, file)))).toBe(true);
  });

  it("keeps every value and formula of the plan's own sheets, cell by cell", () => {
    expect(copy.worksheets.map((w) => w.name)).toEqual([...sheets, "RAG Summary", "RAG History"]);
    const before = snapshot(original, sheets);
    expect(before.length).toBeGreaterThan(20);
    expect(snapshot(copy, sheets)).toEqual(before);
  });

  it("keeps the merged areas", () => {
    for (const s of sheets) {
      const merges = (w: ExcelJS.Workbook) =>
        [...((w.getWorksheet(s)!.model.merges as string[]) ?? [])].sort();
      expect(merges(copy)).toEqual(merges(original));
    }
  });

  it("fills flagged cells by severity with a note, and leaves every other cell's style as it was", () => {
    const flagged = new Set(plan.cells.map((c) => `${c.sheet}!${c.address}`));
    for (const h of plan.cells) {
      const cell = cellOf(copy.getWorksheet(h.sheet)!, h.address);
      expect(cell.fill).toMatchObject({
        pattern: "solid",
        fgColor: { argb: expect.stringMatching(/^FF/) },
      });
      expect(noteText(cell)).toContain(h.messages[0]);
    }
    for (const s of sheets) {
      const ws = original.getWorksheet(s)!;
      ws.eachRow((row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (flagged.has(`${s}!${cell.address}`)) return;
          expect([cell.address, styleOf(copy, s, cell.address)]).toEqual([
            cell.address,
            styleOf(original, s, cell.address),
          ]);
        })
      );
    }
  });

  it("links each exception to its row's action cell on the right sheet", async () => {
    const { links, rels } = await sheetLinks(output, "RAG Summary");
    expect(links).toHaveLength(specs.length);
    expect(rels).not.toContain("hyperlink");
    const summary = copy.getWorksheet("RAG Summary")!;
    const targets = links.map((l) => {
      expect(l.rid).toBeNull();
      const target = parseLocation(l.location ?? "");
      expect(target?.sheet).toBe(first);
      expect(copy.getWorksheet(target!.sheet)).toBeDefined();
      // the link column (Q, last of the exceptions block I-Q) names the row; the action's words sit in
      // the Action column (K) of that row
      expect(l.ref).toMatch(/^Q\d+$/);
      const action = summary.getCell(l.ref.replace(/^Q/, "K")).value;
      return { text: action, link: summary.getCell(l.ref).text, address: target!.address };
    });
    const expected = [...specs]
      .sort((a, b) => (a.rag === b.rag ? a.due!.localeCompare(b.due!) : a.rag === "red" ? -1 : 1))
      .map((s) => ({ text: s.action, link: `${first} row ${s.row}`, address: `A${s.row}` }));
    expect(targets).toEqual(expected);
  });

  it("writes formula-looking text as text, never as a formula", () => {
    const summary = copy.getWorksheet("RAG Summary")!;
    const found = new Map<string, ExcelJS.Cell[]>();
    summary.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula).toBeUndefined();
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        const v = cell.type === ExcelJS.ValueType.Hyperlink ? cell.text : cell.value;
        if (typeof v === "string" && DANGEROUS.includes(v))
          found.set(v, [...(found.get(v) ?? []), cell]);
      })
    );
    for (const d of DANGEROUS) {
      expect(found.get(d)?.length).toBeGreaterThanOrEqual(2); // owner, ref (and action, as a link)
      for (const cell of found.get(d) ?? []) expect(cell.numFmt).toBe("@");
    }
    expect(summary.getCell("A1").value).toBe("RAG Summary");
  });

  it("adds the summary tables as Excel tables and a dated history row", () => {
    const tables = (
      copy.getWorksheet("RAG Summary") as unknown as { tables: Record<string, unknown> }
    ).tables;
    expect(Object.keys(tables).sort()).toEqual([
      "RAG_ByOwner",
      "RAG_BySection",
      "RAG_Exceptions",
      "RAG_Overall",
    ]);
    const history = copy.getWorksheet("RAG History")!;
    expect(history.getCell("A1").value).toBe("Report date");
    expect(history.getCell("A2").value).toEqual(new Date(Date.UTC(2014, 0, 31)));
    expect(history.getCell("C2").value).toBe(3); // red
  });
});
