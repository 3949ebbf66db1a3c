import type { Cell, Comment, Workbook, Worksheet } from "exceljs";
import { highlightFill, type HighlightPlan } from "../../core/highlight";
import { solidFill } from "./writeStyles";

// ExcelJS cells, reached through a helper: office-addins lint rules take any `getCell` for Office.js.
function cellAt(ws: Worksheet, row: number, col: number): Cell {
  return ws.getCell(row, col);
}

/** Heads the tool's part of a cell note, so a reader can tell it from their own note. */
export const NOTE_HEADING = "Action Plan Checker:";

function existingNoteText(note: string | Comment | undefined): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/**
 * Fills each flagged cell with its highlight's colour (one meaning each, see core/palette) and adds a note with its messages. A user's own note is kept,
 * with the tool's messages after it. Cells on sheets the workbook does not have are returned, not thrown.
 * Only the style and note change: ExcelJS shares style objects between cells, so each touched cell gets
 * its own copy rather than a mutated shared one.
 */
export function writeHighlights(
  workbook: Workbook,
  plan: HighlightPlan
): { readonly skipped: number } {
  let skipped = 0;
  for (const h of plan.cells) {
    const ws = workbook.getWorksheet(h.sheet);
    if (!ws) {
      skipped++;
      continue;
    }
    const cell = cellAt(ws, h.row, h.col);
    cell.style = { ...cell.style, fill: solidFill(highlightFill(h)) };
    const ours = [NOTE_HEADING, ...h.messages.map((m) => `• ${m}`)].join("\n");
    const theirs = existingNoteText(cell.note);
    cell.note = theirs ? `${theirs}\n\n${ours}` : ours;
  }
  return { skipped };
}
