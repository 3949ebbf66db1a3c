import { HIGHLIGHT_LEGEND } from "../palette/palette";
import type { SheetCell } from "./sheetModel";

/**
 * The legend of the plan's highlights, from the palette the highlights are painted with: each colour, its
 * name (written in the coloured cell, so colour is never the only signal) and what it means, the meaning in
 * the column after the swatch (free text, left to run over the empty cells beside it). Returns the row
 * after the block.
 */
export function legendBlock(
  put: (row: number, col: number, cell: SheetCell) => void,
  start: number,
  left = 1
): number {
  let row = start;
  put(row++, left, { value: "Highlights in the plan", intent: "subtitle" });
  for (const entry of HIGHLIGHT_LEGEND) {
    put(row, left, { value: entry.label, intent: `highlight-${entry.kind}` });
    put(row++, left + 1, { value: entry.meaning, intent: "note" });
  }
  return row + 1;
}
