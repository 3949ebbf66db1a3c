import type { CellRange, CellValue, SheetGrid } from "../core/grid/types";
import type { Cell } from "./syntheticCells";

/** Builds one sheet row by row, then hands back the parallel arrays a SheetGrid holds. */
export class SheetBuilder {
  readonly values: CellValue[][] = [];
  readonly text: string[][] = [];
  readonly numberFormat: string[][] = [];
  readonly merges: CellRange[] = [];

  constructor(readonly width: number) {}

  /** The 1-based row the next `push` writes. */
  get nextRow(): number {
    return this.values.length + 1;
  }

  push(cells: readonly Cell[]): number {
    const v = new Array<CellValue>(this.width).fill(null);
    const t = new Array<string>(this.width).fill("");
    const f = new Array<string>(this.width).fill("General");
    cells.forEach((c, i) => {
      v[i] = c.value;
      t[i] = c.text;
      f[i] = c.numberFormat;
    });
    this.values.push(v);
    this.text.push(t);
    this.numberFormat.push(f);
    return this.values.length;
  }

  /** Merges `row` with the row under it in `col` (one owner for two actions); the covered cell empties. */
  mergeDown(row: number, col: number): void {
    // arrays are 0-based, so index `row` is the 1-based row under `row`
    const v = this.values[row];
    const t = this.text[row];
    const f = this.numberFormat[row];
    if (!v || !t || !f) return;
    v[col - 1] = null;
    t[col - 1] = "";
    f[col - 1] = "General";
    this.merges.push({ top: row, left: col, bottom: row + 1, right: col });
  }

  build(name: string): SheetGrid {
    return {
      name,
      originRow: 1,
      originCol: 1,
      values: this.values,
      text: this.text,
      numberFormat: this.numberFormat,
      merges: this.merges,
    };
  }
}
