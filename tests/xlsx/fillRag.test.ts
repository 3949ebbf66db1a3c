/**
 * RAG shown only as the status cell's colour, and hidden rows, through a real .xlsx: the workbook is built
 * with ExcelJS as Excel saves it (ARGB fills, theme colours with a tint, a legacy palette index, banded
 * rows, a hidden row), read by the .xlsx reader and checked by the engine.
 */
import ExcelJS from "exceljs";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read";
import { checkWorkbook } from "../../src/core/engine/checkWorkbook";
import type { Action, WorkbookReport } from "../../src/core/schema";
import { DEFAULT_CONFIG } from "../../src/core/schema/config";

type Fill = ExcelJS.Fill;
const solid = (fgColor: Partial<ExcelJS.Color> & { indexed?: number }): Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: fgColor as Partial<ExcelJS.Color>,
});

async function checked(): Promise<WorkbookReport> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tracker");
  ws.addRow(["Ref", "Action", "Lead officer", "Target date", "RAG"]);
  const rows: [string, string, Fill | null, string?][] = [
    ["1", "Publish the SEND local offer", solid({ argb: "FFFF0000" })],
    ["2", "Train every SENCo in the new EHC process", solid({ argb: "FFFFC000" })],
    // theme colours are the workbook's own: ExcelJS saves the Office 2007 theme, whose accent 3 is green
    // (9BBB59) and accent 6 orange (F79646), where today's default theme has accent 6 green
    ["3", "Agree a joint commissioning budget", solid({ theme: 6 })],
    ["4", "Recruit two educational psychologists", solid({ theme: 6, tint: 0.3999 } as never)],
    ["4a", "Map the preparation for adulthood offer", solid({ theme: 9 })],
    ["5", "Set up a parent carer forum", solid({ argb: "FF0070C0" })],
    ["6", "Review the transport policy", solid({ indexed: 10 })],
    ["7", "Write the annual SEND report", solid({ argb: "FFD9D9D9" })],
    ["8", "Audit every open EHC plan", solid({ argb: "FF00B050" }), "Amber"],
    ["9", "Consult schools on banding", null],
  ];
  for (const [ref, action, fill, status] of rows) {
    const row = ws.addRow([
      ref,
      action,
      "Head of SEND",
      new Date(Date.UTC(2024, 5, 30)),
      status ?? null,
    ]);
    if (fill) row.getCell(5).fill = fill;
  }
  // a banded row: the whole row in one colour is decoration, not a rating
  const banded = ws.addRow([
    "10",
    "Map the short breaks offer",
    "Head of SEND",
    new Date(Date.UTC(2024, 5, 30)),
  ]);
  for (let c = 1; c <= 5; c++) banded.getCell(c).fill = solid({ argb: "FFFFFF00" });
  ws.getRow(5).hidden = true;
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const grid = await readWorkbookGrid(bytes);
  return checkWorkbook(grid, DEFAULT_CONFIG, "2024-03-01", "tracker.xlsx");
}

let actions: Action[] = [];
beforeAll(async () => {
  actions = (await checked()).tables.flatMap((t) => t.actions);
});
const byRef = (ref: string): Action | undefined => actions.find((a) => a.ref === ref);

describe(".xlsx: a blank RAG cell rated from its fill", () => {
  it.each([
    ["1", "red", "status-red", "Red: rated Red from the cell's colour"],
    ["2", "amber", "status-amber", "Amber: rated Amber from the cell's colour"],
    ["3", "green", "status-green", "Green: rated Green from the cell's colour"],
    ["4", "green", "status-green", "Green: rated Green from the cell's colour"],
    ["5", "complete", "status-complete", "rated complete from the cell's colour (blue)"],
    ["6", "red", "status-red", "Red: rated Red from the cell's colour"],
    ["4a", "amber", "status-amber", "Amber: rated Amber from the cell's colour"],
  ])("action %s is %s (%s)", (ref, rag, rule, reason) => {
    const a = byRef(ref);
    expect(a?.rag).toBe(rag);
    expect(a?.ragRule).toBe(rule);
    expect(a?.ragReason).toContain(reason);
  });

  it("rates by date where the fill is no RAG colour, there is none, or the whole row is banded", () => {
    for (const ref of ["7", "9", "10"]) {
      expect(byRef(ref)?.ragRule).toMatch(/^date-/);
      expect(byRef(ref)?.ragReason).not.toContain("colour");
    }
  });

  it("reads the words over the colour when the cell has both", () => {
    expect(byRef("8")).toMatchObject({ rag: "amber", status: "Amber" });
    expect(byRef("8")?.ragReason).not.toContain("colour");
  });
});

describe(".xlsx: hidden rows", () => {
  it("checks a hidden row's action and marks it hidden; others are not marked", () => {
    expect(byRef("4")).toMatchObject({ row: 5, hidden: true, rag: "green" });
    expect(actions.filter((a) => a.hidden).map((a) => a.row)).toEqual([5]);
  });
});
