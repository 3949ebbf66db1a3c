import { z } from "zod";

const ownSheetSchema = z.object({
  /** The name the add-in asked for ("RAG Summary"); the sheet may be called "RAG Summary (2)". */
  requested: z.string(),
  id: z.string(),
  name: z.string(),
  /** Excel table names on that sheet (table names are unique across the workbook). */
  tables: z.array(z.string()),
});

/** The sheets the add-in created, saved in the workbook: only these are ever replaced. */
export const ownSheetsSchema = z.object({ version: z.literal(1), sheets: z.array(ownSheetSchema) });

export type OwnSheets = z.infer<typeof ownSheetsSchema>;
export type OwnSheet = z.infer<typeof ownSheetSchema>;

export function parseOwnSheets(raw: unknown): OwnSheets {
  const parsed = ownSheetsSchema.safeParse(typeof raw === "string" ? safeJson(raw) : raw);
  // a missing or unreadable registry means "the add-in owns nothing": it then never replaces a sheet
  return parsed.success ? parsed.data : { version: 1, sheets: [] };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

/** The add-in's sheet for `requested`, if it still exists (matched by id, so a user's look-alike is never taken). */
export function findOwn(
  own: OwnSheets,
  requested: string,
  existing: ReadonlyArray<{ id: string; name: string }>
): { entry: OwnSheet; name: string } | null {
  for (const entry of own.sheets) {
    if (entry.requested !== requested) continue;
    const ws = existing.find((s) => s.id === entry.id);
    if (ws) return { entry, name: ws.name };
  }
  return null;
}

/** "Name", else "Name (2)", "Name (3)"… — the first not taken (case-insensitive), within Excel's 31 characters. */
export function freeSheetName(wanted: string, taken: ReadonlyArray<string>): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  const base = wanted.replace(/[:\\/?*[\]]/g, "-").slice(0, 31) || "Sheet";
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** A table name not used by any other table ("RagByOwner", else "RagByOwner_2"…). */
export function freeTableName(wanted: string, taken: ReadonlySet<string>): string {
  let base = wanted.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(base)) base = `T_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base)) base = `${base}_`;
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base}_${i}`.toLowerCase())) return `${base}_${i}`;
}
