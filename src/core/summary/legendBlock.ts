import { HIGHLIGHT_LEGEND } from "../palette/palette";
import type { SheetCell } from "./sheetModel";

/**
 * The legend of the plan's highlights, from the palette the highlights are painted with: each colour, its
 * name (written in the coloured cell, so colour is never the only signal) and what it means. Returns the
 * row after the block.
 */
export function legendBlock(
  put: (row: number, col: number, cell: SheetCell) => void,
  start: number
): number {
  let row = start;
  put(row++, 1, { value: "Highlights in the plan", intent: "subtitle" });
  for (const entry of HIGHLIGHT_LEGEND) {
    put(row, 1, { value: entry.label, intent: `highlight-${entry.kind}` });
    put(row++, 2, { value: entry.meaning, intent: "note" });
  }
  return row + 1;
}
