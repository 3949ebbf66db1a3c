import { columnIndex, rangeA1 } from "../../core/grid/a1";
import type { CellRange } from "../../core/grid/types";

/** Excel refuses a getRanges address longer than 8,192 characters; stay well under it. */
export const MAX_AREAS_ADDRESS = 8000;

/**
 * Packs cells into few rectangles: contiguous columns in a row become one run, and identical runs on
 * consecutive rows become one block (a flagged column of 50 cells is "E10:E59", not 50 addresses).
 */
export function cellsToRects(cells: ReadonlyArray<{ row: number; col: number }>): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CellRange[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.right === c.col - 1) {
      runs[runs.length - 1] = { ...last, right: c.col };
    } else if (!(last && last.top === c.row && last.right >= c.col)) {
      runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
    }
  }
  // merge a run into the block ending on the row above with the same columns
  const open = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  const out: CellRange[] = [];
  for (const r of runs) {
    const key = `${r.left}:${r.right}`;
    const prev = open.get(key);
    if (prev && prev.bottom === r.top - 1) {
      prev.bottom = r.top;
    } else {
      const block = { ...r };
      open.set(key, block);
      out.push(block);
    }
  }
  return out;
}

/** Address lists for Worksheet.getRanges, each under the length Excel accepts. */
export function chunkAddresses(rects: readonly CellRange[], max = MAX_AREAS_ADDRESS): string[] {
  const chunks: string[] = [];
  let cur = "";
  for (const r of rects) {
    const a = rangeA1(r.top, r.left, r.bottom, r.right);
    if (cur && cur.length + 1 + a.length > max) {
      chunks.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) chunks.push(cur);
  return chunks;
}

/** Parses one area ("A1", "$B$2:$C$9", "Sheet1!A1:B2") into a 1-based rectangle; null when malformed. */
export function parseArea(address: string): CellRange | null {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(local.trim());
  if (!m || !m[1] || !m[2]) return null;
  const top = Number(m[2]);
  const left = columnIndex(m[1]);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? columnIndex(m[3]) : left;
  return { top, left, bottom, right };
}
