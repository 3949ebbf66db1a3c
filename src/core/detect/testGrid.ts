import { columnLetter, parseA1 } from "../grid/a1";
import type { CellRange, CellValue, SheetGrid } from "../grid/types";

/** A block of rows placed at a cell ("D40"); `undefined` or "" leaves a cell empty. */
export interface GridBlock {
  readonly at: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>;
}

export interface GridSpec {
  readonly name?: string;
  readonly blocks: readonly GridBlock[];
  /** Merged ranges ("A3:E3"); the covered cells are emptied, as Excel keeps them. */
  readonly merges?: readonly string[];
  /** Number formats by cell ("D6": "mmm-yy"). */
  readonly formats?: Readonly<Record<string, string>>;
  /** Display text by cell when it differs from the value ("D6": "Jan-14"). */
  readonly text?: Readonly<Record<string, string>>;
  readonly hiddenRows?: readonly number[];
}

function range(a1: string): CellRange {
  const [from, to = from] = a1.split(":");
  const a = parseA1(from ?? "");
  const b = parseA1(to ?? "");
  if (!a || !b) throw new Error(`bad range ${a1}`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/**
 * Builds a SheetGrid for tests from blocks of rows placed anywhere on a sheet, so a test reads like the
 * sheet it describes. The grid's used range is the blocks' bounding box.
 */
export function buildSheet(spec: GridSpec): SheetGrid {
  const cells = new Map<number, CellValue>();
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const block of spec.blocks) {
    const at = parseA1(block.at);
    if (!at) throw new Error(`bad address ${block.at}`);
    block.rows.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v === undefined || v === null || v === "") return;
        const r = at.row + i;
        const c = at.col + j;
        cells.set(r * 16384 + c, v);
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
  }
  const merges = (spec.merges ?? []).map(range);
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) cells.delete(r * 16384 + c);
    }
  }
  if (bottom === 0) {
    return {
      name: spec.name ?? "Sheet1",
      originRow: 1,
      originCol: 1,
      values: [],
      text: [],
      numberFormat: [],
      merges,
    };
  }
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormat: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const vr: CellValue[] = [];
    const tr: string[] = [];
    const fr: string[] = [];
    for (let c = left; c <= right; c++) {
      const v = cells.get(r * 16384 + c) ?? null;
      const addr = `${columnLetter(c)}${r}`;
      vr.push(v);
      tr.push(spec.text?.[addr] ?? displayOf(v));
      fr.push(spec.formats?.[addr] ?? "General");
    }
    values.push(vr);
    text.push(tr);
    numberFormat.push(fr);
  }
  return {
    name: spec.name ?? "Sheet1",
    originRow: top,
    originCol: left,
    values,
    text,
    numberFormat,
    merges,
    ...(spec.hiddenRows ? { hiddenRows: spec.hiddenRows } : {}),
  };
}

function displayOf(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}
