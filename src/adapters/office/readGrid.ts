import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../../core/grid/types";
import { AdapterError, isPayloadError } from "./errors";
import { areasOf, isMergedAreasLimit, mergesInBands } from "./mergedAreas";
import { OWN_SHEETS_KEY, type ExcelRun } from "./host";
import { parseOwnSheets } from "./ownSheets";
import { loadOwnSheetsMarker, markedSheets } from "./ownSheetsMarker";

/** Stay under Excel on the web's 5 MB response limit with room for JSON overhead. */
export const DEFAULT_READ_BUDGET = 4 * 1024 * 1024;

/** First guess at what a cell costs across values, text, numberFormat and valueTypes (JSON bytes). */
const GUESS_BYTES_PER_CELL = 64;

const DATA = ["values", "text", "numberFormat", "valueTypes"] as const;

interface SheetShape {
  name: string;
  ws: Excel.Worksheet;
  /** The used range (values only), or null on an empty sheet. */
  used: CellRange | null;
  merges: CellRange[];
  hiddenRows: number[];
  protected: boolean;
}

interface Block {
  sheet: SheetShape;
  top: number;
  rows: number;
}

type Cells = { values: CellValue[][]; text: string[][]; numberFormat: string[][] };

/** Office's arrays to the grid's: "" is empty, an Error-typed value is an error, the rest as Excel gives it. */
function convert(range: Excel.Range): Cells {
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

/** Lays the read cells onto the union of the used range and the merged areas (as the .xlsx reader does). */
function toGrid(shape: SheetShape, cells: Cells | null): SheetGrid {
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
  const width = right - left + 1;
  const out: Cells = { values: [], text: [], numberFormat: [] };
  for (let row = top; row <= bottom; row++) {
    const vr = new Array<CellValue>(width).fill(null);
    const tr = new Array<string>(width).fill("");
    const nr = new Array<string>(width).fill("General");
    const i = used ? row - used.top : -1;
    if (used && i >= 0 && row <= used.bottom) {
      for (let c = used.left; c <= used.right; c++) {
        vr[c - left] = cells.values[i]?.[c - used.left] ?? null;
        tr[c - left] = cells.text[i]?.[c - used.left] ?? "";
        nr[c - left] = cells.numberFormat[i]?.[c - used.left] ?? "General";
      }
    }
    out.values.push(vr);
    out.text.push(tr);
    out.numberFormat.push(nr);
  }
  return { ...base, originRow: top, originCol: left, ...out };
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
function queueShapes(sheets: Excel.Worksheet[], withData: boolean, withMerges: boolean) {
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

function shapeOf(
  q: ReturnType<typeof queueShapes>[number],
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

/** Splits every sheet's used range into row blocks of about `bytes` each. */
function planBlocks(shapes: SheetShape[], bytesPerCell: number, budget: number): Block[] {
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

/**
 * Reads the blocks, several per sync up to the budget; a sync Excel rejects as too large is retried with
 * its blocks halved. Syncs grow with the bytes read (about one per 4 MB), never with the row count.
 */
async function readBlocks(
  context: Excel.RequestContext,
  blocks: Block[],
  bytesPerCell: number,
  budget: number
): Promise<Map<SheetShape, Cells>> {
  const parts = new Map<SheetShape, { top: number; cells: Cells }[]>();
  const queue = [...blocks];
  while (queue.length) {
    const batch: Block[] = [];
    let bytes = 0;
    while (queue.length) {
      const b = queue[0] as Block;
      const cost = b.rows * (b.sheet.used!.right - b.sheet.used!.left + 1) * bytesPerCell;
      if (batch.length && bytes + cost > budget) break;
      batch.push(b);
      bytes += cost;
      queue.shift();
    }
    const ranges = batch.map((b) => {
      const u = b.sheet.used!;
      const r = b.sheet.ws.getRangeByIndexes(b.top - 1, u.left - 1, b.rows, u.right - u.left + 1);
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
      const halves = batch.flatMap((b) => {
        if (b.rows === 1) return [b];
        const first = Math.ceil(b.rows / 2);
        return [
          { ...b, rows: first },
          { ...b, top: b.top + first, rows: b.rows - first },
        ];
      });
      // halving the per-sync budget too keeps the retry from regrouping the same blocks
      budget = Math.max(1, budget / 2);
      queue.unshift(...halves);
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
    out.set(sheet, {
      values: list.flatMap((p) => p.cells.values),
      text: list.flatMap((p) => p.cells.text),
      numberFormat: list.flatMap((p) => p.cells.numberFormat),
    });
  }
  return out;
}

/** Known sizes (used cells) of sheets by id, kept between reads so a re-check knows what a first check learnt. */
export type SheetSizes = Map<string, number>;

/**
 * Every sheet's used range (values, display text, number formats, error types) plus merged areas, hidden
 * rows and protection. Two syncs in the usual case (the sheet list, then everything at once); a workbook
 * too large for one response is read shape-first and then in row blocks under `budget` bytes. Whether it
 * is too large is estimated from the active sheet's used range (loaded with the sheet list) and the sizes
 * earlier reads recorded in `sizes`: over the budget, the blocks come straight away; when sheets not yet
 * measured could take it over (were they as large as the active one), every sheet's shape is read first
 * (one small sync); otherwise the whole read is tried and, when Excel refuses it, the blocks follow. A host without a payload limit
 * (`limited: false`, Excel on the desktop) always tries the whole read first. The add-in's own sheets (the
 * `apc.ownSheets` registry, matched by id so a rename does not fool it) are left out unless
 * `includeOwnSheets`.
 */
export async function readGrid(
  run: ExcelRun,
  options: {
    readonly sheets?: readonly string[];
    readonly budget?: number;
    /** Read the add-in's own sheets too (summary, history); a check leaves them out. */
    readonly includeOwnSheets?: boolean;
    /** Whether the host caps payloads (Excel on the web: 5 MB); default true. */
    readonly limited?: boolean;
    /** Used cells per sheet id from earlier reads; updated by this one. */
    readonly sizes?: SheetSizes;
    /**
     * How merged areas are read: "api" with getMergedAreasOrNullObject (ExcelApi 1.13, the default);
     * "file" from `fileMerges` (older Excel); "none" when neither is available (every sheet reads unmerged).
     */
    readonly mergedAreas?: "api" | "file" | "none";
    /** Sheet name → merged areas, from the workbook's file (see fileMerges.ts). */
    readonly fileMerges?: () => Promise<ReadonlyMap<string, CellRange[]>>;
  } = {}
): Promise<WorkbookGrid> {
  const budget = options.budget ?? DEFAULT_READ_BUDGET;
  const sizes = options.sizes ?? new Map<string, number>();
  const mode = options.mergedAreas ?? "api";
  const fromFile = mode === "file" && options.fileMerges ? await options.fileMerges() : null;
  // cleared when a sheet has more merged areas than one getMergedAreasOrNullObject returns
  let mergesInline = mode === "api";
  return run(async (context) => {
    const collection = context.workbook.worksheets;
    collection.load("items/name,items/id");
    // in the same sync as the sheet list: the registry of the add-in's sheets, so a re-check after
    // "Build summary sheet" does not read the summary's own tables as another plan
    const registry = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY);
    registry.load("value");
    // and the marker any writer leaves (the CLI's checked copy, a copy saved elsewhere)
    const marker = loadOwnSheetsMarker(context);
    // and the active sheet's size (usually the plan), to skip a whole read Excel would refuse
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("id");
    const activeUsed = active.getUsedRangeOrNullObject(true);
    activeUsed.load("rowCount,columnCount");
    await context.sync();
    if (!activeUsed.isNullObject)
      sizes.set(active.id, activeUsed.rowCount * activeUsed.columnCount);
    const own = options.includeOwnSheets
      ? new Set<string>()
      : new Set(
          parseOwnSheets(registry.isNullObject ? null : registry.value).sheets.map((s) => s.id)
        );
    const ownNames = options.includeOwnSheets
      ? new Set<string>()
      : new Set(markedSheets(marker).map((n) => n.toLowerCase()));
    const wanted = collection.items.filter(
      (ws) =>
        !own.has(ws.id) &&
        !ownNames.has(ws.name.toLowerCase()) &&
        (!options.sheets || options.sheets.includes(ws.name))
    );
    const names = wanted.map((ws) => ws.name);
    const ids = wanted.map((ws) => ws.id);
    const knownCells = () => ids.reduce((n, id) => n + (sizes.get(id) ?? 0), 0);
    const record = (shapes: SheetShape[]) =>
      shapes.forEach((s, i) => {
        const id = ids[i];
        if (id === undefined) return;
        if (s.used) {
          sizes.set(id, (s.used.bottom - s.used.top + 1) * (s.used.right - s.used.left + 1));
        } else sizes.set(id, 0);
      });
    const readShapes = async () => {
      let queued = queueShapes(wanted, false, mergesInline);
      try {
        await context.sync();
      } catch (e) {
        if (!mergesInline || !isMergedAreasLimit(e)) throw e;
        mergesInline = false;
        queued = queueShapes(wanted, false, false);
        await context.sync();
      }
      const found = queued.map((q, i) => shapeOf(q, names[i] ?? "", fromFile));
      if (mode === "api" && !mergesInline) {
        const banded = await mergesInBands(context, found);
        found.forEach((s, i) => (s.merges = banded[i] ?? []));
      }
      record(found);
      return found;
    };
    const limited = options.limited !== false;
    let shapes: SheetShape[] | null = null;
    // Sheets not measured yet could be as large as the active one: when that would overflow the budget, a
    // cheap sync for every sheet's shape costs less than a whole read Excel computes and then refuses.
    const activeCells = activeUsed.isNullObject ? 0 : activeUsed.rowCount * activeUsed.columnCount;
    const unknown = ids.filter((id) => !sizes.has(id)).length;
    if (
      limited &&
      unknown > 0 &&
      knownCells() * GUESS_BYTES_PER_CELL <= budget &&
      (knownCells() + unknown * activeCells) * GUESS_BYTES_PER_CELL > budget
    ) {
      shapes = await readShapes();
    }

    if (!limited || knownCells() * GUESS_BYTES_PER_CELL <= budget) {
      const whole = queueShapes(wanted, true, mergesInline);
      try {
        await context.sync();
        const wholeShapes = whole.map((q, i) => shapeOf(q, names[i] ?? "", fromFile));
        record(wholeShapes);
        return {
          sheets: whole.map((q, i) =>
            toGrid(wholeShapes[i] as SheetShape, q.used.isNullObject ? null : convert(q.used))
          ),
        };
      } catch (e) {
        // too many merged areas: the shapes are read again with the merges in bands, then the blocks
        if (mergesInline && isMergedAreasLimit(e)) mergesInline = false;
        else if (!isPayloadError(e)) throw e;
      }
    }

    shapes ??= await readShapes();
    const cells = await readBlocks(
      context,
      planBlocks(shapes, GUESS_BYTES_PER_CELL, budget),
      GUESS_BYTES_PER_CELL,
      budget
    );
    return { sheets: shapes.map((s) => toGrid(s, cells.get(s) ?? null)) };
  });
}
