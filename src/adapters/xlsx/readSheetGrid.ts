import type { CellValue, SheetGrid } from "../../core/grid/types";
import { padStart, type GridRow, type SheetReader } from "./readSheet";

// The grid of a read sheet, assembled from the rows its reader collected.

/** `n` empty cells before a row's first. */
/** A row's arrays from sheet column `left`, `width` long: padded at the start and the end. */
function widen(r: GridRow, origin: number, left: number, width: number): GridRow {
  padStart(r, origin - left);
  for (let i = r.values.length; i < width; i++) {
    r.values.push(null);
    r.text.push("");
    r.formats.push("General");
  }
  return r;
}

/** The grid of a read sheet: the used area of its cells and merges, cells under a merge left empty. */
export function grid(
  name: string,
  r: SheetReader,
  usedAreaCheck: (rows: number, cols: number) => void
): SheetGrid {
  let { top, left, bottom, right } = r;
  for (const m of r.merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  const extras = {
    merges: r.merges,
    hiddenRows: [...new Set(r.hiddenRows)].sort((a, b) => a - b),
    ...(r.hiddenCols.length > 0
      ? { hiddenCols: [...new Set(r.hiddenCols)].sort((a, b) => a - b) }
      : {}),
    ...(r.fills.length > 0 ? { fills: r.fills } : {}),
    protected: r.isProtected,
  };
  if (bottom === 0) {
    return { name, originRow: 1, originCol: 1, values: [], text: [], numberFormat: [], ...extras };
  }
  const width = right - left + 1;
  usedAreaCheck(bottom - top + 1, width);
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormat: string[][] = [];
  for (let i = top; i <= bottom; i++) {
    const read = r.rows.get(i);
    const row = read
      ? widen(read, r.origin, left, width)
      : {
          values: new Array<CellValue>(width).fill(null),
          text: new Array<string>(width).fill(""),
          formats: new Array<string>(width).fill("General"),
        };
    values.push(row.values);
    text.push(row.text);
    numberFormat.push(row.formats);
  }
  r.rows.clear();
  // cells covered by a merged area read as empty, as Office.js returns them
  for (const m of r.merges) {
    for (let y = m.top; y <= m.bottom; y++) {
      for (let x = m.left; x <= m.right; x++) {
        if (y === m.top && x === m.left) continue;
        (values[y - top] as CellValue[])[x - left] = null;
        (text[y - top] as string[])[x - left] = "";
        (numberFormat[y - top] as string[])[x - left] = "General";
      }
    }
  }
  return { name, originRow: top, originCol: left, values, text, numberFormat, ...extras };
}
