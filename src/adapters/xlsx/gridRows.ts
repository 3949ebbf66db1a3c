import type { CellValue } from "../../core/grid/types";

// The rows of a grid as a sheet's reader builds them, kept small: a 100,000-row plan's grid is mostly
// its rows' arrays, three per row.

/**
 * One row of the grid as it is read: its values, texts and formats from column `origin` of the sheet
 * (the same for every row), so the grid's rows are built as the cells come, not copied afterwards.
 */
export interface GridRow {
  values: CellValue[];
  text: string[];
  formats: string[];
}

/**
 * Empty rows of a given width, made by copying one kept row: a copy is allocated once at its size. Rows
 * grown by pushing kept room for 17 cells whatever their width (V8's first step), which on the bench's
 * 12-column plan was a fifth of the grid's memory.
 */
export class BlankRows {
  private blank: GridRow = { values: [], text: [], formats: [] };

  row(width: number): GridRow {
    let blank = this.blank;
    if (blank.values.length !== width) {
      blank = { values: [], text: [], formats: [] };
      for (let i = 0; i < width; i++) {
        blank.values.push(null);
        blank.text.push("");
        blank.formats.push("General");
      }
      this.blank = blank;
    }
    return {
      values: blank.values.slice(),
      text: blank.text.slice(),
      formats: blank.formats.slice(),
    };
  }
}

/** Patterns compared one by one before a key is made: a plan's rows repeat a handful. */
const RECENT = 16;
/** Patterns kept at most: a sheet whose rows all differ keeps its own arrays past these. */
const MAX_FORMAT_ROWS = 4096;

/**
 * Rows of number formats, kept once each. A plan's rows repeat a few patterns (dates in two columns,
 * "General" elsewhere), so one array per pattern stands for every row that has it. An array returned
 * may be shared and must never be written to.
 */
export class FormatRows {
  private readonly byKey = new Map<string, string[]>();
  /** The patterns met last, the latest first. */
  private readonly recent: string[][] = [];

  shared(formats: string[]): string[] {
    const recent = this.recent;
    for (let i = 0; i < recent.length; i++) {
      const r = recent[i] as string[];
      if (r === formats || sameStrings(r, formats)) return this.met(i, r);
    }
    const key = formats.join("\u0000");
    let kept = this.byKey.get(key);
    if (kept === undefined) {
      if (this.byKey.size >= MAX_FORMAT_ROWS) return formats;
      this.byKey.set(key, (kept = formats));
    }
    if (recent.length < RECENT) recent.push(kept);
    return this.met(recent.length - 1, kept);
  }

  /** Moves the pattern at `i` (or put there) to the front. */
  private met(i: number, r: string[]): string[] {
    const recent = this.recent;
    for (let j = i; j > 0; j--) recent[j] = recent[j - 1] as string[];
    recent[0] = r;
    return r;
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Pads a row's arrays with `n` empty cells at the start. */
export function padStart(r: GridRow, n: number): void {
  if (n <= 0) return;
  r.values = new Array<CellValue>(n).fill(null).concat(r.values);
  r.text = new Array<string>(n).fill("").concat(r.text);
  r.formats = new Array<string>(n).fill("General").concat(r.formats);
}
