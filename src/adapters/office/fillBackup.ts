import { z } from "zod";
import type { CellRange } from "../../core/grid/types";
import { cellsToRects, chunkAddresses, parseArea } from "./areas";

/**
 * A fill as the backup keeps it: "none" for No Fill, "#RRGGBB" for a plain solid colour, and
 * "#RRGGBB/Pattern/#RRGGBB/tint/patternTint" for anything else Office.js can read back (a pattern, its
 * colour, a tint or shade of either: a theme colour reads as its colour and tint). Backups written before
 * patterns were kept hold only the first two forms, which still read the same.
 */
export type FillKey = string;

/** The fill properties read and restored: everything Range.format.fill can say about a cell's fill. */
export interface FillParts {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string;
  readonly tintAndShade: number;
  readonly patternTintAndShade: number;
}

const sheetBackupSchema = z.object({
  /** Worksheet id (survives a rename) and the name it had. */
  id: z.string(),
  name: z.string(),
  /** The cells' original fills: fill key → address lists ("A1:B2,D5"). */
  fills: z.record(z.string(), z.array(z.string())),
  /** Cells where the add-in put a note (a user's own note is never touched). */
  notes: z.array(z.string()),
});

/** What the add-in saves in the workbook before highlighting, so clearing works after save and reopen. */
export const fillBackupSchema = z.object({
  version: z.literal(1),
  sheets: z.array(sheetBackupSchema),
});

export type FillBackup = z.infer<typeof fillBackupSchema>;
export type SheetBackup = z.infer<typeof sheetBackupSchema>;

/** Reads a saved backup; null when there is none, an error message when it is not one of ours. */
export function parseBackup(
  raw: unknown
): { ok: true; value: FillBackup | null } | { ok: false; error: string } {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  let data = raw;
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      return { ok: false, error: "the saved highlight backup is not valid JSON" };
    }
  }
  const parsed = fillBackupSchema.safeParse(data);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: "the saved highlight backup is not in the expected shape" };
}

/** Cell key "row,col" of the backup's fills, expanded (a backup covers only flagged cells, so this stays small). */
export function expandFills(s: SheetBackup): Map<string, FillKey> {
  const out = new Map<string, FillKey>();
  for (const [key, lists] of Object.entries(s.fills)) {
    for (const list of lists) {
      for (const a of list.split(",")) {
        const r = parseArea(a);
        if (!r) continue;
        for (let row = r.top; row <= r.bottom; row++) {
          for (let col = r.left; col <= r.right; col++) out.set(`${row},${col}`, key);
        }
      }
    }
  }
  return out;
}

export function cellOf(key: string): { row: number; col: number } {
  const [row, col] = key.split(",").map(Number);
  return { row: row ?? 0, col: col ?? 0 };
}

/** Groups cells by fill and packs each group into getRanges-sized address lists. */
export function groupByFill(cells: ReadonlyMap<string, FillKey>): Record<FillKey, string[]> {
  const groups = new Map<FillKey, { row: number; col: number }[]>();
  for (const [key, fill] of cells) {
    const list = groups.get(fill) ?? [];
    list.push(cellOf(key));
    groups.set(fill, list);
  }
  const out: Record<FillKey, string[]> = {};
  for (const [fill, list] of groups) out[fill] = chunkAddresses(cellsToRects(list));
  return out;
}

function hex(c: string): string {
  return c.startsWith("#") ? c.toUpperCase() : `#${c.toUpperCase()}`;
}

/** The fill key a getCellProperties result stands for: pattern "None" is No Fill, even though it reads #FFFFFF. */
export function fillKeyOf(p: Partial<FillParts> | undefined): FillKey {
  if (!p || p.pattern === "None" || !p.color) return "none";
  const color = hex(p.color);
  const pattern = p.pattern ?? "Solid";
  const tint = p.tintAndShade ?? 0;
  const patternTint = p.patternTintAndShade ?? 0;
  // the pattern colour only shows with a pattern; a plain solid fill keeps the short key
  if (pattern === "Solid" && tint === 0) return color;
  const patternColor = pattern === "Solid" ? "" : hex(p.patternColor ?? "#000000");
  return [color, pattern, patternColor, tint, pattern === "Solid" ? 0 : patternTint].join("/");
}

/** The parts of a fill key (null for No Fill); the inverse of fillKeyOf. */
export function fillParts(key: FillKey): FillParts | null {
  if (key === "none") return null;
  const [color = "#FFFFFF", pattern = "Solid", patternColor = "", tint = "0", patternTint = "0"] =
    key.split("/");
  return {
    color,
    pattern,
    patternColor: patternColor || "#000000",
    tintAndShade: Number(tint) || 0,
    patternTintAndShade: Number(patternTint) || 0,
  };
}

export type { CellRange };
