import type { CellRange } from "../../core/grid/types";
import { splitAreaList } from "../../core/grid/a1";
import { parseArea } from "./areas";
import { isPayloadError, officeCode } from "./errors";

/** getMergedAreasOrNullObject "will fail to return the result" on a range with more merged areas than this. */
export const MAX_MERGED_AREAS = 512;

/** Rows per band when a sheet's merges must be read in parts: 512 merges in 256 rows is two a row. */
const FIRST_BAND_ROWS = 256;

/**
 * Whether a failed read is getMergedAreasOrNullObject refusing a range over 512 merged areas. Excel
 * documents that it fails, not with which code: the error's location names the method when Excel gives one,
 * and a general failure of a read that asked for merges is taken as that too (a read retried without them
 * that fails again reports the real error).
 */
export function isMergedAreasLimit(e: unknown): boolean {
  if (isPayloadError(e)) return false;
  const where = (e as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo?.errorLocation;
  if (typeof where === "string" && where.includes("getMergedAreas")) return true;
  const code = officeCode(e);
  return code === "GeneralException" || code === "InvalidOperation" || code === "RangeExceedsLimit";
}

export function areasOf(list: Excel.RangeAreas): CellRange[] {
  if (list.isNullObject) return [];
  return splitAreaList(list.address)
    .map(parseArea)
    .filter((r): r is CellRange => r !== null);
}

/**
 * Merged areas of sheets with more than 512, read in row bands (every sheet's bands in one sync), the
 * bands halved while Excel still refuses one. A merge crossing a band edge comes back from both bands
 * and is kept once.
 */
export async function mergesInBands(
  context: Excel.RequestContext,
  sheets: ReadonlyArray<{ ws: Excel.Worksheet; used: CellRange | null }>
): Promise<CellRange[][]> {
  let rows = FIRST_BAND_ROWS;
  for (;;) {
    const queued = sheets.map(({ ws, used }) => {
      const bands: Excel.RangeAreas[] = [];
      if (!used) return bands;
      for (let top = used.top; top <= used.bottom; top += rows) {
        const count = Math.min(rows, used.bottom - top + 1);
        const band = ws.getRangeByIndexes(top - 1, 0, count, 16384).getMergedAreasOrNullObject();
        band.load("address");
        bands.push(band);
      }
      return bands;
    });
    try {
      // one sync per halving: only a sheet with hundreds of merges in a few rows takes more than one
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isMergedAreasLimit(e) || rows === 1) throw e;
      rows = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    return queued.map((bands) => {
      const seen = new Map<string, CellRange>();
      for (const b of bands) {
        for (const a of areasOf(b)) seen.set(`${a.top},${a.left},${a.bottom},${a.right}`, a);
      }
      return [...seen.values()];
    });
  }
}
