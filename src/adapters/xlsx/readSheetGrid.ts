import type { CellValue, SheetGrid } from "../../core/grid/types";
import { padStart, type GridRow } from "./gridRows";
import type { SheetReader } from "./readSheet";

// The grid of a read sheet, assembled from the rows its reader collected.

/**
 * A row's arrays from sheet column `left`, `width` long: padded at the start and the end. Its formats may
 * be shared with other rows (SheetReader.sharedFormats), so they are replaced, never written to.
 */
function widen(
  r: GridRow,
  origin: number,
  left: number,
  width: number,
  reader: SheetReader
): GridRow {
  padStart(r, origin - left);
  const short = r.formats.length < width;
  for (let i = r.values.length; i < width; i++) {
    r.values.push(null);
    r.text.push("");
  }
  if (short) {
    r.formats = r.formats.concat(new Array<string>(width - r.formats.length).fill("General"));
  }
  if (short || origin !== left) r.formats = reader.sharedFormats(r.formats);
  return r;
}

/** The grid of a read sheet: the used area of its cells and merges, cells under a merge left empty. */
export function grid(
  name: string,
  r: SheetReader,
  usedAreaCheck: (rows: number, cols: number) => void
): SheetGrid {
  r.leaveRow();
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
      ? widen(read, r.origin, left, width, r)
      : {
          values: new Array<CellValue>(width).fill(null),
          text: new Array<string>(width).fill(""),
          formats: r.sharedFormats(new Array<string>(width).fill("General")),
        };
    values.push(row.values);
    text.push(row.text);
    numberFormat.push(row.formats);
  }
  r.rows.clear();
  // cells covered by a merged area read as empty, as Office.js returns them; formats are copied first
  const copied = new Set<number>();
  for (const m of r.merges) {
    for (let y = m.top; y <= m.bottom; y++) {
      const i = y - top;
      if (!copied.has(i)) {
        copied.add(i);
        numberFormat[i] = (numberFormat[i] as string[]).slice();
      }
      for (let x = m.left; x <= m.right; x++) {
        if (y === m.top && x === m.left) continue;
        (values[i] as CellValue[])[x - left] = null;
        (text[i] as string[])[x - left] = "";
        (numberFormat[i] as string[])[x - left] = "General";
      }
    }
  }
  for (const i of copied) numberFormat[i] = r.sharedFormats(numberFormat[i] as string[]);
  return { name, originRow: top, originCol: left, values, text, numberFormat, ...extras };
}
