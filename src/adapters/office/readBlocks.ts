// Reading a workbook too large for one response: each sheet's used range in row blocks, several blocks a
// sync up to a byte budget.
import { AdapterError, isPayloadError } from "./errors";
import { convert, joinCells, type Cells } from "./gridCells";
import type { SheetShape } from "./sheetShapes";

/** `rows` rows of a sheet's used range from row `top`. */
export interface Block {
  sheet: SheetShape;
  top: number;
  rows: number;
}

/** Splits every sheet's used range into row blocks of about `bytes` each. */
export function planBlocks(shapes: SheetShape[], bytesPerCell: number, budget: number): Block[] {
  const blocks: Block[] = [];
  for (const s of shapes) {
    if (!s.used) continue;
    const cols = s.used.right - s.used.left + 1;
    const rowsPer = Math.max(1, Math.floor(budget / (cols * bytesPerCell)));
    for (let top = s.used.top; top <= s.used.bottom; top += rowsPer) {
      blocks.push({ sheet: s, top, rows: Math.min(rowsPer, s.used.bottom - top + 1) });
    }
  }
  return blocks;
}

function widthOf(b: Block): number {
  return b.sheet.used!.right - b.sheet.used!.left + 1;
}

/** Takes from the front of `queue` the blocks one sync can carry: at least one, then up to `budget`. */
function takeBatch(queue: Block[], bytesPerCell: number, budget: number): Block[] {
  const batch: Block[] = [];
  let bytes = 0;
  while (queue.length) {
    const b = queue[0] as Block;
    const cost = b.rows * widthOf(b) * bytesPerCell;
    if (batch.length && bytes + cost > budget) break;
    batch.push(b);
    bytes += cost;
    queue.shift();
  }
  return batch;
}

/** Each block of more than one row as its two halves. */
function halves(batch: readonly Block[]): Block[] {
  return batch.flatMap((b) => {
    if (b.rows === 1) return [b];
    const first = Math.ceil(b.rows / 2);
    return [
      { ...b, rows: first },
      { ...b, top: b.top + first, rows: b.rows - first },
    ];
  });
}

/**
 * Reads the blocks, several per sync up to the budget; a sync Excel rejects as too large is retried with
 * its blocks halved. Syncs grow with the bytes read (about one per 4 MB), never with the row count.
 */
export async function readBlocks(
  context: Excel.RequestContext,
  blocks: Block[],
  bytesPerCell: number,
  budget: number
): Promise<Map<SheetShape, Cells>> {
  const parts = new Map<SheetShape, { top: number; cells: Cells }[]>();
  const queue = [...blocks];
  while (queue.length) {
    const batch = takeBatch(queue, bytesPerCell, budget);
    const ranges = batch.map((b) => {
      const u = b.sheet.used!;
      const r = b.sheet.ws.getRangeByIndexes(b.top - 1, u.left - 1, b.rows, widthOf(b));
      r.load("values,text,numberFormat,valueTypes");
      return r;
    });
    try {
      // one sync per block group is the point of block reading: the group size bounds the payload
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      if (batch.every((b) => b.rows === 1)) {
        throw new AdapterError(
          "payload-too-large",
          "A single row of this workbook is larger than Excel can send to the add-in.",
          e
        );
      }
      // halving the per-sync budget too keeps the retry from regrouping the same blocks
      budget = Math.max(1, budget / 2);
      queue.unshift(...halves(batch));
      continue;
    }
    batch.forEach((b, i) => {
      const list = parts.get(b.sheet) ?? [];
      list.push({ top: b.top, cells: convert(ranges[i] as Excel.Range) });
      parts.set(b.sheet, list);
    });
  }
  const out = new Map<SheetShape, Cells>();
  for (const [sheet, list] of parts) {
    list.sort((a, b) => a.top - b.top);
    out.set(sheet, joinCells(list.map((p) => p.cells)));
  }
  return out;
}
