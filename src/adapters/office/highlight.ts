import { rangeA1 } from "../../core/grid/a1";
import type { CellRange } from "../../core/grid/types";
import { highlightFill, type HighlightCell, type HighlightPlan } from "../../core/highlight";
import { cellsToRects, chunkAddresses } from "./areas";
import {
  BYTES_PER_COMMAND,
  BYTES_PER_FILL_READ,
  DEFAULT_BATCH_BUDGET,
  packBatches,
} from "./batches";
import { AdapterError, isWriteRefused, refusedHighlightMessage, toAdapterError } from "./errors";
import {
  expandFills,
  fillKeyOf,
  groupByFill,
  parseBackup,
  type FillBackup,
  type FillKey,
  type SheetBackup,
} from "./fillBackup";
import { BACKUP_KEY, type ExcelRun, type IsSetSupported } from "./host";
import { FILL_PROPS, keepUnremovedNotes, paint, paintCommands, type FillProps } from "./paint";

export interface HighlightDeps {
  readonly run: ExcelRun;
  readonly isSetSupported: IsSetSupported;
  /** When true a broken backup is an error (clearing); when false it is replaced (re-checking). */
  readonly strictBackup: boolean;
  /** Estimated bytes per request and per response (default 4 MB, under Excel on the web's 5 MB). */
  readonly budget?: number;
}

/** What the first read carries besides cells: the old backup and the sheet list (a guess; 5 MB leaves room). */
const FIRST_READ_RESERVE = 256 * 1024;

function keyOf(c: { row: number; col: number }): string {
  return `${c.row},${c.col}`;
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

/** One command (or a few) of the write phase, with its estimated request bytes. */
interface WriteUnit {
  readonly bytes: number;
  readonly queue: () => void;
}

/** The union of two backups: every cell either one says the add-in changed, with its original fill. */
function unionBackup(a: FillBackup | null, b: FillBackup): FillBackup {
  const byId = new Map<string, { name: string; fills: Map<string, FillKey>; notes: Set<string> }>();
  for (const s of [...(a?.sheets ?? []), ...b.sheets]) {
    const entry = byId.get(s.id) ?? { name: s.name, fills: new Map(), notes: new Set<string>() };
    // where both hold a cell they agree (a still-flagged cell keeps the old original), so order is moot
    for (const [k, f] of expandFills(s)) if (!entry.fills.has(k)) entry.fills.set(k, f);
    for (const n of s.notes) entry.notes.add(n);
    entry.name = s.name;
    byId.set(s.id, entry);
  }
  return {
    version: 1,
    sheets: [...byId].map(([id, e]) => ({
      id,
      name: e.name,
      fills: groupByFill(e.fills),
      notes: [...e.notes],
    })),
  };
}

/**
 * Replaces the add-in's highlights with `plan`. Read: the saved backup, every sheet's protection, and the
 * current fill (and note) of each cell to touch. Write: restore cells no longer flagged, paint the new
 * ones with one RangeAreas per sheet, severity and 8,000-character address list, add notes, and save the
 * new backup. A cell still flagged keeps its original fill from the old backup, so re-checking never
 * stacks. With an empty plan this is "clear". Values are never written.
 *
 * Syncs: 2 while the reads and the writes each fit one request of `budget` bytes; otherwise one per
 * budget-sized batch of reads and of writes (about 60,000 flagged cells with notes take 5). Nothing is
 * half-written: the first write saves a backup covering every cell old or new, so a failure part-way is
 * undone by clearing from it, which this does at once (one more run).
 */
export async function replaceHighlights(plan: HighlightPlan, deps: HighlightDeps): Promise<void> {
  const budget = deps.budget ?? DEFAULT_BATCH_BUDGET;
  const clearing = plan.cells.length === 0;
  let wrote = false;
  try {
    await deps.run(async (context) => {
      wrote = false;
      await highlightIn(context, plan, deps, budget, () => (wrote = true));
    });
  } catch (e) {
    const sheets = [...new Set(plan.cells.map((c) => c.sheet))];
    if (!wrote) throw isWriteRefused(e) ? refusedHighlightMessage(e, sheets) : e;
    const base = isWriteRefused(e)
      ? refusedHighlightMessage(e, sheets)
      : toAdapterError(e, clearing ? "Clearing highlights" : "Highlighting");
    if (clearing) {
      throw new AdapterError(
        base.code,
        `${base.message} Some highlights may remain: choose "Clear highlights" again to finish (the original fills are still saved in the workbook).`,
        e
      );
    }
    try {
      await replaceHighlights({ cells: [] }, { ...deps, strictBackup: true });
    } catch {
      throw new AdapterError(
        base.code,
        `${base.message} Some cells may still be highlighted: choose "Clear highlights" to put every fill back as it was (the original fills are saved in the workbook).`,
        e
      );
    }
    throw new AdapterError(
      base.code,
      `${base.message} The add-in took its highlights off again, so every cell's fill is as it was before.`,
      e
    );
  }
}

async function highlightIn(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  deps: HighlightDeps,
  budget: number,
  writing: () => void
): Promise<void> {
  const bySheet = groupBySheet(plan.cells);
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
  const reads: SheetRead[] = [...bySheet].map(([name, cells]) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load("id");
    const blocks = fillReads(cells, maxCells).map((r) => ({ r }));
    return { name, cells, ws, blocks, notes: [] };
  });
  const units: ReadUnit[] = reads.flatMap((read) => [
    ...read.blocks.map((_b, block) => ({ read, block })),
    ...(notesOn ? read.cells.map((_c, note) => ({ read, note })) : []),
  ]);
  const cost = (u: ReadUnit): number => {
    if ("note" in u) return BYTES_PER_COMMAND + (u.read.cells[u.note]?.address.length ?? 0);
    const r = u.read.blocks[u.block]?.r;
    const n = r ? (r.bottom - r.top + 1) * (r.right - r.left + 1) : 0;
    return BYTES_PER_COMMAND + n * BYTES_PER_FILL_READ;
  };
  const queueRead = (u: ReadUnit): void => {
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
  };
  const readBatches = packBatches(
    units,
    cost,
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
    .filter((x): x is { s: SheetBackup; ws: Excel.Worksheet } => x.ws !== undefined);

  for (const r of reads) {
    if (r.ws.isNullObject) {
      throw new AdapterError(
        "not-found",
        `There is no sheet called "${r.name}" any more (it was renamed or deleted). Run the check again. Nothing was changed.`
      );
    }
  }
  const touched = [...reads.map((r) => byName.get(r.name)), ...oldSheets.map((o) => o.ws)];
  const locked = touched.find((ws) => ws?.protection.protected);
  if (locked) {
    throw new AdapterError(
      "sheet-protected",
      `The sheet "${locked.name}" is protected, so the add-in cannot change its highlights. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.`
    );
  }
  for (const batch of readBatches.slice(1)) {
    for (const u of batch) queueRead(u);
    // one sync per budget-sized batch is the point: the batch size bounds the payload
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }

  const next: FillBackup = { version: 1, sheets: [] };
  const newCells = new Map<string, Set<string>>();
  for (const r of reads) {
    const oldEntry = oldSheets.find((o) => o.ws.id === r.ws.id)?.s;
    const oldFills = oldEntry ? expandFills(oldEntry) : new Map<string, FillKey>();
    const oldNotes = new Set(oldEntry?.notes ?? []);
    const originals = new Map<string, FillKey>();
    const wanted = new Set(r.cells.map(keyOf));
    for (const { r: rect, props } of r.blocks) {
      const grid = (props?.value ?? []) as FillProps[][];
      for (let row = rect.top; row <= rect.bottom; row++) {
        for (let col = rect.left; col <= rect.right; col++) {
          const k = keyOf({ row, col });
          if (!wanted.has(k)) continue;
          originals.set(
            k,
            oldFills.get(k) ?? fillKeyOf(grid[row - rect.top]?.[col - rect.left]?.format?.fill)
          );
        }
      }
    }
    newCells.set(r.ws.id, new Set(originals.keys()));
    const noted = r.cells.filter((c, i) => {
      const existing = r.notes[i];
      const userNote = existing !== undefined && !existing.isNullObject && !oldNotes.has(c.address);
      return notesOn && c.messages.length > 0 && !userNote;
    });
    next.sheets.push({
      id: r.ws.id,
      name: r.name,
      fills: groupByFill(originals),
      notes: noted.map((c) => c.address),
    });
  }

  if (!notesOn) keepUnremovedNotes(next, oldSheets);

  const ops: WriteUnit[] = [];
  // first: a backup covering every cell old or new, so a failure part-way can always be undone
  if (next.sheets.length) {
    const union = unionBackup(old, next);
    ops.push({
      bytes: BYTES_PER_COMMAND + JSON.stringify(union).length,
      queue: () => void context.workbook.settings.add(BACKUP_KEY, union),
    });
  }
  // restore what is no longer flagged, and take the add-in's old notes away
  for (const { s, ws } of oldSheets) {
    const still = newCells.get(ws.id) ?? new Set<string>();
    const restore = new Map([...expandFills(s)].filter(([k]) => !still.has(k)));
    for (const [fill, lists] of Object.entries(groupByFill(restore))) {
      for (const address of lists) {
        ops.push({
          bytes: paintCommands(fill) * BYTES_PER_COMMAND + address.length + fill.length,
          queue: () => paint(ws, address, fill),
        });
      }
    }
    if (notesOn) {
      for (const a of s.notes) {
        ops.push({
          bytes: 2 * BYTES_PER_COMMAND + a.length,
          queue: () => ws.notes.getItemOrNullObject(a).delete(),
        });
      }
    }
  }
  // paint the new highlights, one RangeAreas per sheet, fill and address list
  for (const r of reads) {
    // by fill: one colour per meaning (core/palette), the same the CLI's copy writes
    const byFill = new Map<string, HighlightCell[]>();
    for (const c of r.cells) {
      const fill = highlightFill(c);
      const list = byFill.get(fill) ?? [];
      list.push(c);
      byFill.set(fill, list);
    }
    for (const [fill, cells] of byFill) {
      for (const address of chunkAddresses(cellsToRects(cells))) {
        ops.push({
          bytes: paintCommands(`#${fill}`) * BYTES_PER_COMMAND + address.length,
          queue: () => paint(r.ws, address, `#${fill}`),
        });
      }
    }
    const noted = new Set(next.sheets.find((s) => s.id === r.ws.id)?.notes ?? []);
    for (const c of r.cells) {
      if (!noted.has(c.address)) continue;
      const text = c.messages.join("\n");
      ops.push({
        bytes: BYTES_PER_COMMAND + c.address.length + text.length,
        queue: () => void r.ws.notes.add(c.address, text),
      });
    }
  }
  // last: the exact backup (or none), so only a complete write replaces the covering one
  ops.push({
    bytes: BYTES_PER_COMMAND + JSON.stringify(next).length,
    queue: () => {
      if (next.sheets.length) context.workbook.settings.add(BACKUP_KEY, next);
      else context.workbook.settings.getItemOrNullObject(BACKUP_KEY).delete();
    },
  });

  writing();
  for (const batch of packBatches(ops, (o) => o.bytes, budget)) {
    for (const o of batch) o.queue();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}
