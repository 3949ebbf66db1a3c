import type { CellRange } from "../../core/grid/types";
import { highlightFill, type HighlightCell } from "../../core/highlight";
import { cellsToRects, chunkAddresses } from "./areas";
import {
  expandFills,
  fillKeyOf,
  groupByFill,
  type FillBackup,
  type FillKey,
  type SheetBackup,
} from "./fillBackup";
import type { FillProps } from "./paint";

/**
 * What to fill and what to restore when the add-in's highlights are replaced: pure, from what the read phase
 * found (the old backup, each flagged cell's current fill and note) to the ordered list of writes. No
 * Office.js here; highlight.ts reads before and writes after.
 */

/** One sheet with flagged cells, as read: its cells, the fills of the rectangles read, its notes. */
export interface SheetFound {
  readonly id: string;
  readonly name: string;
  readonly cells: readonly HighlightCell[];
  /** Rectangles read and their fills, row by row (getCellProperties). */
  readonly blocks: readonly { readonly r: CellRange; readonly fills: readonly FillProps[][] }[];
  /** Index-aligned with `cells`: whether the cell has a note now (all false when notes are not read). */
  readonly hasNote: readonly boolean[];
}

/** A sheet the old backup names, found in the workbook (by id, else by name). */
export interface OldSheet {
  readonly s: SheetBackup;
  readonly id: string;
  readonly name: string;
}

/** One write, in the order they are made. */
export type HighlightWrite =
  /** Save a backup: first the one covering old and new cells, last the exact one. */
  | { readonly kind: "save-backup"; readonly backup: FillBackup }
  | { readonly kind: "delete-backup" }
  /** Put a cell's original fill back (an address list of one fill). */
  | {
      readonly kind: "restore";
      readonly sheetId: string;
      readonly address: string;
      readonly fill: FillKey;
    }
  | { readonly kind: "delete-note"; readonly sheetId: string; readonly address: string }
  /** Paint a highlight colour ("#RRGGBB") on an address list. */
  | {
      readonly kind: "paint";
      readonly sheetId: string;
      readonly address: string;
      readonly fill: string;
    }
  | {
      readonly kind: "add-note";
      readonly sheetId: string;
      readonly address: string;
      readonly text: string;
    };

function keyOf(c: { row: number; col: number }): string {
  return `${c.row},${c.col}`;
}

/** The union of two backups: every cell either one says the add-in changed, with its original fill. */
export function unionBackup(a: FillBackup | null, b: FillBackup): FillBackup {
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
 * Below ExcelApi 1.18 the add-in cannot delete the notes it added on a newer Excel: they stay in the new
 * backup, so they are never taken for the user's own and a newer Excel removes them at its next highlight
 * or clear.
 */
function keepUnremovedNotes(next: FillBackup, oldSheets: readonly OldSheet[]): void {
  for (const { s, id, name } of oldSheets) {
    if (s.notes.length === 0) continue;
    let entry = next.sheets.find((x) => x.id === id);
    if (!entry) {
      entry = { id, name, fills: {}, notes: [] };
      next.sheets.push(entry);
    }
    entry.notes = [...new Set([...entry.notes, ...s.notes])];
  }
}

/**
 * The new backup: each flagged cell's original fill (from the old backup where it was flagged already, so
 * re-checking never stacks; else as read) and the notes the add-in will own.
 */
export function nextBackup(
  sheets: readonly SheetFound[],
  oldSheets: readonly OldSheet[],
  notesOn: boolean
): { next: FillBackup; flagged: Map<string, Set<string>> } {
  const next: FillBackup = { version: 1, sheets: [] };
  /** Sheet id → the cells ("row,col") flagged now. */
  const flagged = new Map<string, Set<string>>();
  for (const r of sheets) {
    const oldEntry = oldSheets.find((o) => o.id === r.id)?.s;
    const oldFills = oldEntry ? expandFills(oldEntry) : new Map<string, FillKey>();
    const oldNotes = new Set(oldEntry?.notes ?? []);
    const originals = new Map<string, FillKey>();
    const wanted = new Set(r.cells.map(keyOf));
    for (const { r: rect, fills } of r.blocks) {
      for (let row = rect.top; row <= rect.bottom; row++) {
        for (let col = rect.left; col <= rect.right; col++) {
          const k = keyOf({ row, col });
          if (!wanted.has(k)) continue;
          originals.set(
            k,
            oldFills.get(k) ?? fillKeyOf(fills[row - rect.top]?.[col - rect.left]?.format?.fill)
          );
        }
      }
    }
    flagged.set(r.id, new Set(originals.keys()));
    // a note already there that the add-in did not write is the user's own: left alone
    const noted = r.cells.filter((c, i) => {
      const userNote = r.hasNote[i] === true && !oldNotes.has(c.address);
      return notesOn && c.messages.length > 0 && !userNote;
    });
    next.sheets.push({
      id: r.id,
      name: r.name,
      fills: groupByFill(originals),
      notes: noted.map((c) => c.address),
    });
  }
  if (!notesOn) keepUnremovedNotes(next, oldSheets);
  return { next, flagged };
}

/**
 * The writes that replace the old highlights with the new, in order: a covering backup first (so a failure
 * part-way can always be undone), the restores and old notes' removal, the new paint and notes, and the exact
 * backup (or none) last, so only a complete write replaces the covering one.
 */
export function highlightWrites(
  sheets: readonly SheetFound[],
  old: FillBackup | null,
  oldSheets: readonly OldSheet[],
  notesOn: boolean
): HighlightWrite[] {
  const { next, flagged } = nextBackup(sheets, oldSheets, notesOn);
  const writes: HighlightWrite[] = [];
  if (next.sheets.length) writes.push({ kind: "save-backup", backup: unionBackup(old, next) });
  for (const { s, id } of oldSheets) {
    const still = flagged.get(id) ?? new Set<string>();
    const restore = new Map([...expandFills(s)].filter(([k]) => !still.has(k)));
    for (const [fill, lists] of Object.entries(groupByFill(restore))) {
      for (const address of lists) writes.push({ kind: "restore", sheetId: id, address, fill });
    }
    if (notesOn)
      for (const a of s.notes) writes.push({ kind: "delete-note", sheetId: id, address: a });
  }
  for (const r of sheets) {
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
        writes.push({ kind: "paint", sheetId: r.id, address, fill: `#${fill}` });
      }
    }
    const noted = new Set(next.sheets.find((s) => s.id === r.id)?.notes ?? []);
    for (const c of r.cells) {
      if (!noted.has(c.address)) continue;
      writes.push({
        kind: "add-note",
        sheetId: r.id,
        address: c.address,
        text: c.messages.join("\n"),
      });
    }
  }
  writes.push(
    next.sheets.length ? { kind: "save-backup", backup: next } : { kind: "delete-backup" }
  );
  return writes;
}
