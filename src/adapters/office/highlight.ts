import { rangeA1 } from "../../core/grid/a1";
import { SEVERITY_FILL, type HighlightCell, type HighlightPlan } from "../../core/highlight";
import type { Severity } from "../../core/schema/issue";
import { cellsToRects, chunkAddresses } from "./areas";
import { AdapterError } from "./errors";
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

export interface HighlightDeps {
  readonly run: ExcelRun;
  readonly isSetSupported: IsSetSupported;
  /** When true a broken backup is an error (clearing); when false it is replaced (re-checking). */
  readonly strictBackup: boolean;
}

type FillProps = { format?: { fill?: { color?: string; pattern?: string } } };

const FILL_PROPS = { format: { fill: { color: true, pattern: true } } } as const;

function keyOf(c: { row: number; col: number }): string {
  return `${c.row},${c.col}`;
}

/** Applies one fill to a list of areas: one RangeAreas command per address chunk. */
function paint(ws: Excel.Worksheet, addresses: readonly string[], fill: FillKey): void {
  for (const address of addresses) {
    const areas = ws.getRanges(address);
    if (fill === "none") areas.format.fill.clear();
    else areas.format.fill.color = fill;
  }
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

/**
 * Replaces the add-in's highlights with `plan` in two syncs: (1) read the saved backup, every sheet's
 * protection, and the current fill (and note) of each cell to touch; (2) restore cells no longer flagged,
 * paint the new ones with one RangeAreas per sheet and severity, add notes, and save the new backup. A cell
 * still flagged keeps its original fill from the old backup, so re-checking never stacks. With an empty
 * plan this is "clear". Values are never written.
 */
export async function replaceHighlights(plan: HighlightPlan, deps: HighlightDeps): Promise<void> {
  const bySheet = groupBySheet(plan.cells);
  const notesOn = deps.isSetSupported("ExcelApi", "1.18");
  await deps.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(BACKUP_KEY);
    setting.load("value");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id,items/protection/protected");
    const reads = [...bySheet].map(([name, cells]) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      ws.load("id");
      const blocks = cellsToRects(cells).map((r) => ({
        r,
        props: ws.getRange(rangeA1(r.top, r.left, r.bottom, r.right)).getCellProperties(FILL_PROPS),
      }));
      const notes = notesOn ? cells.map((c) => ws.notes.getItemOrNullObject(c.address)) : [];
      return { name, cells, ws, blocks, notes };
    });
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
          `There is no sheet called "${r.name}" any more. Run the check again.`
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

    const next: FillBackup = { version: 1, sheets: [] };
    const newCells = new Map<string, Set<string>>();
    for (const r of reads) {
      const oldEntry = oldSheets.find((o) => o.ws.id === r.ws.id)?.s;
      const oldFills = oldEntry ? expandFills(oldEntry) : new Map<string, FillKey>();
      const oldNotes = new Set(oldEntry?.notes ?? []);
      const originals = new Map<string, FillKey>();
      for (const { r: rect, props } of r.blocks) {
        const grid = props.value as FillProps[][];
        for (let row = rect.top; row <= rect.bottom; row++) {
          for (let col = rect.left; col <= rect.right; col++) {
            const k = keyOf({ row, col });
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
        const userNote =
          existing !== undefined && !existing.isNullObject && !oldNotes.has(c.address);
        return notesOn && c.messages.length > 0 && !userNote;
      });
      next.sheets.push({
        id: r.ws.id,
        name: r.name,
        fills: groupByFill(originals),
        notes: noted.map((c) => c.address),
      });
    }

    // restore what is no longer flagged, and take the add-in's old notes away
    for (const { s, ws } of oldSheets) {
      const still = newCells.get(ws.id) ?? new Set<string>();
      const restore = new Map([...expandFills(s)].filter(([k]) => !still.has(k)));
      for (const [fill, lists] of Object.entries(groupByFill(restore))) paint(ws, lists, fill);
      if (notesOn) for (const a of s.notes) ws.notes.getItemOrNullObject(a).delete();
    }
    // paint the new highlights, one RangeAreas per sheet and severity
    for (const r of reads) {
      const bySeverity = new Map<Severity, HighlightCell[]>();
      for (const c of r.cells)
        bySeverity.set(c.severity, [...(bySeverity.get(c.severity) ?? []), c]);
      for (const [severity, cells] of bySeverity) {
        paint(r.ws, chunkAddresses(cellsToRects(cells)), `#${SEVERITY_FILL[severity]}`);
      }
      const noted = new Set(next.sheets.find((s) => s.id === r.ws.id)?.notes ?? []);
      for (const c of r.cells)
        if (noted.has(c.address)) r.ws.notes.add(c.address, c.messages.join("\n"));
    }
    if (next.sheets.length) context.workbook.settings.add(BACKUP_KEY, next);
    else context.workbook.settings.getItemOrNullObject(BACKUP_KEY).delete();
    await context.sync();
  });
}
