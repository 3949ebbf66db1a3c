import { rangeA1 } from "../../core/grid/a1";
import type { CellRange } from "../../core/grid/types";
import type { HighlightCell, HighlightPlan } from "../../core/highlight";
import { cellsToRects } from "./areas";
import { BYTES_PER_COMMAND, BYTES_PER_FILL_READ, packBatches } from "./batches";
import { AdapterError } from "./errors";
import { parseBackup, type FillBackup } from "./fillBackup";
import type { OldSheet, SheetFound } from "./highlightDiff";
import { BACKUP_KEY, type IsSetSupported } from "./host";
import { FILL_PROPS, type FillProps } from "./paint";

/**
 * The read phase of replacing highlights: the saved backup, every sheet's protection, and the current fill
 * (and note) of each cell to touch, in budget-sized batches; refuses, before anything is written, a
 * missing or protected sheet and (when clearing) a broken backup.
 */

/** What the first read carries besides cells: the old backup and the sheet list (a guess; 5 MB leaves room). */
const FIRST_READ_RESERVE = 256 * 1024;

/** What the diff and the write phase need from the workbook. */
export interface HighlightState {
  readonly notesOn: boolean;
  readonly sheets: SheetFound[];
  readonly old: FillBackup | null;
  readonly oldSheets: OldSheet[];
  /** By sheet id: the sheets the old backup names (restores) and the sheets flagged now (paint). */
  readonly restoreIn: ReadonlyMap<string, Excel.Worksheet>;
  readonly paintIn: ReadonlyMap<string, Excel.Worksheet>;
}

function groupBySheet(cells: readonly HighlightCell[]): Map<string, HighlightCell[]> {
  const out = new Map<string, HighlightCell[]>();
  for (const c of cells) {
    const list = out.get(c.sheet) ?? [];
    list.push(c);
    out.set(c.sheet, list);
  }
  return out;
}

/** Splits a rectangle into row slices whose fills fit in `maxCells` each. */
function sliceRows(r: CellRange, maxCells: number): CellRange[] {
  const width = r.right - r.left + 1;
  const rows = Math.max(1, Math.floor(maxCells / width));
  const out: CellRange[] = [];
  for (let top = r.top; top <= r.bottom; top += rows) {
    out.push({ ...r, top, bottom: Math.min(r.bottom, top + rows - 1) });
  }
  return out;
}

/**
 * The rectangles whose fills to read for `cells`: the cells' own areas, or their bounding box when that
 * costs fewer bytes (scattered cells make many one-cell areas, each a command). Sliced to fit a response.
 */
function fillReads(cells: readonly HighlightCell[], maxCells: number): CellRange[] {
  const rects = cellsToRects(cells);
  const box = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  for (const c of cells) {
    box.top = Math.min(box.top, c.row);
    box.left = Math.min(box.left, c.col);
    box.bottom = Math.max(box.bottom, c.row);
    box.right = Math.max(box.right, c.col);
  }
  const size = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
  const cost = (list: CellRange[]) =>
    list.reduce((n, r) => n + BYTES_PER_COMMAND + size(r) * BYTES_PER_FILL_READ, 0);
  const byArea = rects.flatMap((r) => sliceRows(r, maxCells));
  const byBox = sliceRows(box, maxCells);
  return cost(byBox) < cost(byArea) ? byBox : byArea;
}

interface SheetRead {
  readonly name: string;
  readonly cells: HighlightCell[];
  readonly ws: Excel.Worksheet;
  readonly blocks: { r: CellRange; props?: { value: unknown } }[];
  /** Index-aligned with `cells`: the note lookup, when notes are on. */
  readonly notes: (Excel.Note | undefined)[];
}

type ReadUnit = { read: SheetRead; block: number } | { read: SheetRead; note: number };

function readCost(u: ReadUnit): number {
  if ("note" in u) return BYTES_PER_COMMAND + (u.read.cells[u.note]?.address.length ?? 0);
  const r = u.read.blocks[u.block]?.r;
  const n = r ? (r.bottom - r.top + 1) * (r.right - r.left + 1) : 0;
  return BYTES_PER_COMMAND + n * BYTES_PER_FILL_READ;
}

function queueRead(u: ReadUnit): void {
  const ws = u.read.ws;
  if ("note" in u) {
    const c = u.read.cells[u.note];
    if (c) u.read.notes[u.note] = ws.notes.getItemOrNullObject(c.address);
    return;
  }
  const b = u.read.blocks[u.block];
  if (b) {
    b.props = ws
      .getRange(rangeA1(b.r.top, b.r.left, b.r.bottom, b.r.right))
      .getCellProperties(FILL_PROPS);
  }
}

/** Refuses what the write could not do whole: a sheet gone since the check, or a protected one. */
function refuseMissingOrProtected(
  reads: readonly SheetRead[],
  touched: (Excel.Worksheet | undefined)[]
) {
  for (const r of reads) {
    if (r.ws.isNullObject) {
      throw new AdapterError(
        "not-found",
        `There is no sheet called "${r.name}" any more (it was renamed or deleted). Run the check again. Nothing was changed.`
      );
    }
  }
  const locked = touched.find((ws) => ws?.protection.protected);
  if (locked) {
    throw new AdapterError(
      "sheet-protected",
      `The sheet "${locked.name}" is protected, so the add-in cannot change its highlights. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.`
    );
  }
}

/** The read phase: one sync while the reads fit the budget, one more per further batch. */
export async function readHighlightState(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  deps: { readonly isSetSupported: IsSetSupported; readonly strictBackup: boolean },
  budget: number
): Promise<HighlightState> {
  const notesOn = deps.isSetSupported("ExcelApi", "1.18");
  const setting = context.workbook.settings.getItemOrNullObject(BACKUP_KEY);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/protection/protected");
  // a slice of fills fills a response on its own; the first response also carries the backup
  const maxCells = Math.max(
    1,
    Math.floor((budget - FIRST_READ_RESERVE - BYTES_PER_COMMAND * 8) / BYTES_PER_FILL_READ)
  );
  const reads: SheetRead[] = [...groupBySheet(plan.cells)].map(([name, cells]) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load("id");
    const blocks = fillReads(cells, maxCells).map((r) => ({ r }));
    return { name, cells, ws, blocks, notes: [] };
  });
  const units: ReadUnit[] = reads.flatMap((read) => [
    ...read.blocks.map((_b, block) => ({ read, block })),
    ...(notesOn ? read.cells.map((_c, note) => ({ read, note })) : []),
  ]);
  const readBatches = packBatches(
    units,
    readCost,
    budget,
    FIRST_READ_RESERVE + reads.length * BYTES_PER_COMMAND
  );
  for (const u of readBatches[0] ?? []) queueRead(u);
  await context.sync();

  const parsed = parseBackup(setting.isNullObject ? null : setting.value);
  if (!parsed.ok && deps.strictBackup) {
    throw new AdapterError(
      "invalid-backup",
      `The add-in cannot restore the original fills: ${parsed.error}. Nothing was changed.`
    );
  }
  const old: FillBackup | null = parsed.ok ? parsed.value : null;
  const byId = new Map(sheets.items.map((ws) => [ws.id, ws]));
  const byName = new Map(sheets.items.map((ws) => [ws.name, ws]));
  const oldSheets = (old?.sheets ?? [])
    .map((s) => ({ s, ws: byId.get(s.id) ?? byName.get(s.name) }))
    .filter((x): x is { s: OldSheet["s"]; ws: Excel.Worksheet } => x.ws !== undefined);
  refuseMissingOrProtected(reads, [
    ...reads.map((r) => byName.get(r.name)),
    ...oldSheets.map((o) => o.ws),
  ]);
  for (const batch of readBatches.slice(1)) {
    for (const u of batch) queueRead(u);
    // one sync per budget-sized batch is the point: the batch size bounds the payload
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }

  return stateOf(reads, old, oldSheets, notesOn);
}

/** What was read, as the diff takes it (plain data) and the write phase's worksheets by id. */
function stateOf(
  reads: readonly SheetRead[],
  old: FillBackup | null,
  oldSheets: readonly { s: OldSheet["s"]; ws: Excel.Worksheet }[],
  notesOn: boolean
): HighlightState {
  return {
    notesOn,
    sheets: reads.map((r) => ({
      id: r.ws.id,
      name: r.name,
      cells: r.cells,
      blocks: r.blocks.map(({ r: rect, props }) => ({
        r: rect,
        fills: (props?.value ?? []) as FillProps[][],
      })),
      hasNote: r.cells.map((_c, i) => {
        const existing = r.notes[i];
        return existing !== undefined && !existing.isNullObject;
      }),
    })),
    old,
    oldSheets: oldSheets.map(({ s, ws }) => ({ s, id: ws.id, name: ws.name })),
    restoreIn: new Map(oldSheets.map(({ ws }) => [ws.id, ws])),
    paintIn: new Map(reads.map((r) => [r.ws.id, r.ws])),
  };
}
