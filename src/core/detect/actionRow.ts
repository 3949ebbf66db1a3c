import type { FieldName } from "../schema/fields";
import { hiddenRowSet, ownFill } from "./fills";
import { actionTextOf, leadingRef } from "./refs";
import type { CellRead, DetectedRow } from "./types";
import type { SheetView } from "./view";

// An action's row as detection hands it on: the cells the checks read, its text, reference and flags.

export function readCell(view: SheetView, rows: readonly number[], col: number): CellRead {
  let row = rows[0] as number;
  let text = view.text(row, col).trim();
  for (let i = 1; i < rows.length && text === ""; i++) {
    const t = view.text(rows[i] as number, col).trim();
    if (t !== "") {
      row = rows[i] as number;
      text = t;
    }
  }
  return { row, col, text, value: view.value(row, col), numberFormat: view.format(row, col) };
}

/**
 * `readCell` for an action on one row with no merged cell, the common case: reads the row's arrays once
 * instead of three merge-aware lookups per cell. Null when it does not apply.
 */
function readPlainCells(
  view: SheetView,
  rows: readonly number[],
  fields: ReadonlyArray<readonly [FieldName, number]>
): Partial<Record<FieldName, CellRead>> | null {
  const row = rows[0] as number;
  const text = rows.length === 1 ? view.plainText(row) : null;
  const i = row - view.firstRow;
  const values = text && view.sheet.values[i];
  const formats = values && view.sheet.numberFormat[i];
  if (!text || !values || !formats) return null;
  const cells: Partial<Record<FieldName, CellRead>> = {};
  // indexed, not destructured: a pattern over a pair runs the iterator protocol on every cell
  for (let k = 0; k < fields.length; k++) {
    const pair = fields[k] as readonly [FieldName, number];
    const field = pair[0];
    const col = pair[1];
    const c = col - view.firstCol;
    cells[field] = {
      row,
      col,
      text: (text[c] ?? "").trim(),
      value: values[c] ?? null,
      numberFormat: formats[c] ?? "General",
    };
  }
  return cells;
}

/** The detected row of an action over sheet rows `rows` (its own, then those that continue it). */
export function buildRow(
  view: SheetView,
  rows: readonly number[],
  fields: ReadonlyArray<readonly [FieldName, number]>,
  hasRefCol: boolean,
  actionCol: number,
  bounds: { readonly firstCol: number; readonly lastCol: number }
): DetectedRow {
  let cells = readPlainCells(view, rows, fields);
  if (cells === null) {
    cells = {};
    for (const [field, col] of fields) cells[field] = readCell(view, rows, col);
  }
  let actionRaw = view.text(rows[0] as number, actionCol).trim();
  for (let i = 1; i < rows.length; i++) {
    const t = view.text(rows[i] as number, actionCol).trim();
    if (t !== "") actionRaw = actionRaw === "" ? t : `${actionRaw}\n${t}`;
  }
  const status = cells.status;
  if (status && status.text === "") {
    const fill = ownFill(view.sheet, status.row, status.col, bounds.firstCol, bounds.lastCol);
    if (fill) cells.status = { ...status, fill };
  }
  let ref: string | null;
  if (hasRefCol) {
    const t = cells.ref?.text ?? "";
    ref = t === "" ? null : t;
  } else ref = leadingRef(actionRaw);
  const row: DetectedRow = {
    row: rows[0] as number,
    rows,
    cells,
    ref,
    actionText: actionTextOf(actionRaw),
  };
  const hiddenRows = hiddenRowSet(view.sheet);
  return hiddenRows !== null && rows.some((r) => hiddenRows.has(r))
    ? { ...row, hidden: true }
    : row;
}
