import ExcelJS from "exceljs";
import type { HighlightPlan } from "../../core/highlight";
import { HISTORY_SHEET_NAME, type HistoryRow } from "../../core/summary/history";
import type { SheetModel } from "../../core/summary/sheetModel";
import { WorkbookPackage } from "./package/workbookPackage";
import { writeOwnSheetMarks } from "./ownSheets";
import { fixInternalLinks } from "./writeInternalLinks";
import { writeSheetModel } from "./writeSheetModel";

export interface CheckedCopyPlan {
  readonly highlights: HighlightPlan;
  readonly summary: SheetModel;
  /** With `--snapshot`: one dated row for "RAG History". */
  readonly history?: HistoryRow;
}

/**
 * A checked copy of a workbook: the input package patched — flagged cells highlighted (fill + note), the
 * summary sheet added or replaced, and optionally a row appended to "RAG History". Every part the tool
 * has no reason to touch is copied byte for byte; the input buffer is not modified.
 */
export async function writeCheckedCopy(
  input: Buffer | Uint8Array,
  plan: CheckedCopyPlan
): Promise<Buffer> {
  const pkg = new WorkbookPackage(input);
  pkg.highlight(plan.highlights);
  pkg.writeSheet(plan.summary, { activate: true });
  if (plan.history) {
    pkg.appendRows(
      HISTORY_SHEET_NAME,
      plan.history.header,
      [plan.history.row.map((c) => c.value)],
      plan.history.row.map((c) => c.intent)
    );
  }
  return Promise.resolve(pkg.toBuffer());
}

/** The roll-up workbook: one sheet per model, in order, opening on the first (a new workbook: ExcelJS). */
export async function writeRollup(models: readonly SheetModel[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Action Plan Checker";
  for (const m of models) writeSheetModel(workbook, m);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  // a roll-up is the tool's own from the first sheet to the last: marked so that no reader takes it for a plan
  return writeOwnSheetMarks(await fixInternalLinks(written), {
    ownSheets: workbook.worksheets.map((w) => w.name),
    checkedCopy: false,
  });
}
