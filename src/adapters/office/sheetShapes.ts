import type { CellRange } from "../../core/grid/types";
import { areasOf } from "./mergedAreas";

/** What a read learns of a sheet before (or with) its cells: where they are and how they are laid out. */
export interface SheetShape {
  name: string;
  ws: Excel.Worksheet;
  /** The used range (values only), or null on an empty sheet. */
  used: CellRange | null;
  merges: CellRange[];
  hiddenRows: number[];
  protected: boolean;
}

/** The cell properties a read loads: values, display text, number formats and value types. */
export const DATA = ["values", "text", "numberFormat", "valueTypes"] as const;

/** Rows of `used` that no visible area covers. */
function hiddenRowsOf(used: CellRange | null, visible: Excel.RangeAreas): number[] {
  if (!used) return [];
  const shown = new Set<number>();
  if (!visible.isNullObject) {
    for (const a of areasOf(visible)) for (let r = a.top; r <= a.bottom; r++) shown.add(r);
  }
  const hidden: number[] = [];
  for (let r = used.top; r <= used.bottom; r++) if (!shown.has(r)) hidden.push(r);
  return hidden;
}

function rectOf(r: Excel.Range): CellRange {
  return {
    top: r.rowIndex + 1,
    left: r.columnIndex + 1,
    bottom: r.rowIndex + r.rowCount,
    right: r.columnIndex + r.columnCount,
  };
}

/**
 * Queues the shape of every sheet (used range, visible rows, protection, and merges when `withMerges`);
 * `withData` loads the cells too.
 */
export function queueShapes(sheets: Excel.Worksheet[], withData: boolean, withMerges: boolean) {
  return sheets.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(["rowIndex", "columnIndex", "rowCount", "columnCount", ...(withData ? DATA : [])]);
    const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
    merged?.load("address");
    const visible = used.getSpecialCellsOrNullObject("Visible");
    visible.load("address");
    ws.protection.load("protected");
    return { ws, used, merged, visible };
  });
}

export type QueuedShape = ReturnType<typeof queueShapes>[number];

/** A queued shape, once synced; merges from `merges` (the file's) when they were not read inline. */
export function shapeOf(
  q: QueuedShape,
  name: string,
  merges: ReadonlyMap<string, CellRange[]> | null
): SheetShape {
  const used = q.used.isNullObject ? null : rectOf(q.used);
  return {
    name,
    ws: q.ws,
    used,
    merges: q.merged ? areasOf(q.merged) : (merges?.get(name) ?? []),
    hiddenRows: hiddenRowsOf(used, q.visible),
    protected: q.ws.protection.protected,
  };
}
