import ExcelJS from "exceljs";
import { readWorkbookGrid } from "../adapters/xlsx/read";
import { seedFromGrid } from "./seedFromGrid";
import type { FakeWorkbookSeed } from "./types";

/**
 * Node only (ExcelJS): a fake workbook from .xlsx bytes: the grid as the .xlsx adapter reads it, plus every
 * cell's solid fill, so highlight-and-clear tests can check the user's own formatting survives.
 */
export async function seedFromXlsx(data: Buffer | Uint8Array): Promise<FakeWorkbookSeed> {
  const grid = await readWorkbookGrid(data);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as never);
  const fills: Record<string, Record<string, string>> = {};
  wb.eachSheet((ws) => {
    const sheetFills: Record<string, string> = {};
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const f = cell.fill;
        if (f && f.type === "pattern" && f.pattern === "solid" && f.fgColor?.argb) {
          sheetFills[`${r},${c}`] = f.fgColor.argb;
        }
      });
    });
    fills[ws.name] = sheetFills;
  });
  return seedFromGrid(grid, fills);
}
