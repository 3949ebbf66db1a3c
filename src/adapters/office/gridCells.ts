import type { CellValue, SheetGrid } from "../../core/grid/types";
import type { SheetShape } from "./sheetShapes";

/** A block of read cells: the grid's three parallel arrays. */
export type Cells = { values: CellValue[][]; text: string[][]; numberFormat: string[][] };

/** Office's arrays to the grid's: "" is empty, an Error-typed value is an error, the rest as Excel gives it. */
export function convert(range: Excel.Range): Cells {
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormat: string[][] = [];
  const v = range.values as unknown[][];
  const types = range.valueTypes as string[][];
  const t = range.text;
  const nf = range.numberFormat as string[][];
  for (let r = 0; r < v.length; r++) {
    const vr = v[r] ?? [];
    const out: CellValue[] = new Array<CellValue>(vr.length);
    const tOut: string[] = new Array<string>(vr.length);
    const nOut: string[] = new Array<string>(vr.length);
    for (let c = 0; c < vr.length; c++) {
      const x = vr[c];
      const type = types[r]?.[c];
      const empty = type === "Empty" || x === "" || x === null || x === undefined;
      out[c] = empty
        ? null
        : type === "Error"
          ? { error: String(x) }
          : (x as string | number | boolean);
      // an empty cell's format says nothing about the plan; both adapters report General
      tOut[c] = empty ? "" : (t[r]?.[c] ?? "");
      nOut[c] = empty ? "General" : (nf[r]?.[c] ?? "General");
    }
    values.push(out);
    text.push(tOut);
    numberFormat.push(nOut);
  }
  return { values, text, numberFormat };
}

/** Blocks read in row order, joined into one. */
export function joinCells(parts: readonly Cells[]): Cells {
  return {
    values: parts.flatMap((p) => p.values),
    text: parts.flatMap((p) => p.text),
    numberFormat: parts.flatMap((p) => p.numberFormat),
  };
}

/** `cells` (laid from `used`'s corner) copied onto the rectangle top..bottom × left..right. */
function widen(
  cells: Cells,
  used: SheetShape["used"],
  box: { top: number; left: number; bottom: number; right: number }
): Cells {
  const width = box.right - box.left + 1;
  const out: Cells = { values: [], text: [], numberFormat: [] };
  for (let row = box.top; row <= box.bottom; row++) {
    const vr = new Array<CellValue>(width).fill(null);
    const tr = new Array<string>(width).fill("");
    const nr = new Array<string>(width).fill("General");
    const i = used ? row - used.top : -1;
    if (used && i >= 0 && row <= used.bottom) {
      for (let c = used.left; c <= used.right; c++) {
        vr[c - box.left] = cells.values[i]?.[c - used.left] ?? null;
        tr[c - box.left] = cells.text[i]?.[c - used.left] ?? "";
        nr[c - box.left] = cells.numberFormat[i]?.[c - used.left] ?? "General";
      }
    }
    out.values.push(vr);
    out.text.push(tr);
    out.numberFormat.push(nr);
  }
  return out;
}

/** Lays the read cells onto the union of the used range and the merged areas (as the .xlsx reader does). */
export function toGrid(shape: SheetShape, cells: Cells | null): SheetGrid {
  const base = {
    name: shape.name,
    merges: shape.merges,
    hiddenRows: shape.hiddenRows,
    protected: shape.protected,
  };
  const boxes = [...(shape.used ? [shape.used] : []), ...shape.merges];
  if (boxes.length === 0) {
    return { ...base, originRow: 1, originCol: 1, values: [], text: [], numberFormat: [] };
  }
  if (!cells) cells = { values: [], text: [], numberFormat: [] };
  // reduce, not Math.min(...spread): a sheet can hold more merged areas than the stack has room for.
  const top = boxes.reduce((m, b) => Math.min(m, b.top), Infinity);
  const left = boxes.reduce((m, b) => Math.min(m, b.left), Infinity);
  const bottom = boxes.reduce((m, b) => Math.max(m, b.bottom), 0);
  const right = boxes.reduce((m, b) => Math.max(m, b.right), 0);
  const used = shape.used;
  if (
    used &&
    used.top === top &&
    used.left === left &&
    used.bottom === bottom &&
    used.right === right
  ) {
    return { ...base, originRow: top, originCol: left, ...cells };
  }
  return {
    ...base,
    originRow: top,
    originCol: left,
    ...widen(cells, used, { top, left, bottom, right }),
  };
}
