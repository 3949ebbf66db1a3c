import ExcelJS from "exceljs";
import type { HighlightPlan } from "../../core/highlight";
import type { HistoryRow } from "../../core/summary/history";
import type { SheetModel } from "../../core/summary/sheetModel";
import { writeHighlights } from "./writeHighlights";
import { writeOwnSheetMarks } from "./ownSheets";
import { ownedSheetNames } from "./writeOwnership";
import { writeHistoryRow } from "./writeHistory";
import { fixInternalLinks } from "./writeInternalLinks";
import { writeSheetModel } from "./writeSheetModel";

export interface CheckedCopyPlan {
  readonly highlights: HighlightPlan;
  readonly summary: SheetModel;
  /** With `--snapshot`: one dated row for "RAG History". */
  readonly history?: HistoryRow;
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  return fixInternalLinks(written);
}

/** Opens on `sheet`: one selected tab only, or Excel would open with the sheets grouped. */
function activate(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  const index = workbook.worksheets.indexOf(sheet);
  if (index < 0) return;
  const view = workbook.views?.[0] ?? {
    x: 0,
    y: 0,
    width: 12000,
    height: 8000,
    visibility: "visible",
  };
  workbook.views = [{ ...view, activeTab: index, firstSheet: 0 }];
  for (const ws of workbook.worksheets) {
    const views = ws.views?.length ? ws.views : [{}];
    ws.views = views.map((v, i) => ({ ...v, tabSelected: i === 0 && ws === sheet }));
  }
}

/**
 * A checked copy of a workbook: the input's bytes with flagged cells highlighted (fill + note), the
 * summary sheet added or replaced, and optionally a row appended to "RAG History". The input buffer is
 * not modified, and no value or formula in the plan's own sheets changes.
 */
export async function writeCheckedCopy(
  input: Buffer | Uint8Array,
  plan: CheckedCopyPlan
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(input) as unknown as ExcelJS.Buffer);
  writeHighlights(workbook, plan.highlights);
  const summary = writeSheetModel(workbook, plan.summary);
  if (plan.history) writeHistoryRow(workbook, plan.history, plan.summary.fills ?? {});
  activate(workbook, summary);
  return writeOwnSheetMarks(await toBuffer(workbook), {
    ownSheets: [...ownedSheetNames(workbook)],
    checkedCopy: true,
  });
}

/** The roll-up workbook: one sheet per model, in order, opening on the first. */
export async function writeRollup(models: readonly SheetModel[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Action Plan Checker";
  for (const m of models) writeSheetModel(workbook, m);
  return writeOwnSheetMarks(await toBuffer(workbook), {
    ownSheets: workbook.worksheets.map((w) => w.name),
    checkedCopy: false,
  });
}
