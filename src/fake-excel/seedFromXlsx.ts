import ExcelJS from "exceljs";
import { readWorkbookGrid } from "../adapters/xlsx/read";
import { seedFromGrid } from "./seedFromGrid";
import { OWN_SHEETS_NAME, ownSheetsFormula } from "../core/ownSheets";
import type { FakeWorkbookSeed } from "./types";

function noteText(n: unknown): string {
  if (!n) return "";
  if (typeof n === "string") return n;
  const texts = (n as { texts?: Array<{ text?: string }> }).texts ?? [];
  return texts.map((t) => t.text ?? "").join("");
}

/**
 * Node only (ExcelJS): a fake workbook from .xlsx bytes: the grid as the .xlsx adapter reads it, plus every
 * cell's solid fill, formula and note, so nothing-lost tests can check the user's own content survives.
 */
export async function seedFromXlsx(data: Buffer | Uint8Array): Promise<FakeWorkbookSeed> {
  const grid = await readWorkbookGrid(data);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as never);
  const fills: Record<string, Record<string, string>> = {};
  const formulas: Record<string, Record<string, string>> = {};
  const notes: Record<string, Record<string, string>> = {};
  wb.eachSheet((ws) => {
    const sheetFills: Record<string, string> = {};
    const sheetFormulas: Record<string, string> = {};
    const sheetNotes: Record<string, string> = {};
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const key = `${r},${c}`;
        const f = cell.fill;
        if (f && f.type === "pattern" && f.pattern === "solid" && f.fgColor?.argb) {
          sheetFills[key] = f.fgColor.argb;
        }
        const formula = cell.formula;
        if (formula) sheetFormulas[key] = `=${formula}`;
        const note = noteText(cell.note);
        if (note) sheetNotes[key] = note;
      });
    });
    fills[ws.name] = sheetFills;
    formulas[ws.name] = sheetFormulas;
    notes[ws.name] = sheetNotes;
  });
  const seed = seedFromGrid(grid, fills, { formulas, notes });
  // the tool's marker, as the file carries it, so the pane knows a checked copy's own sheets
  return grid.ownSheets?.length
    ? { ...seed, names: { [OWN_SHEETS_NAME]: ownSheetsFormula(grid.ownSheets) } }
    : seed;
}
