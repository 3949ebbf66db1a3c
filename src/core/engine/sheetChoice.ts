import type { WorkbookGrid } from "../grid/types";

export type SheetChoice =
  | { readonly ok: true; readonly sheets: readonly string[] }
  | { readonly ok: false; readonly error: string };

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/**
 * The sheets a check is limited to, as the workbook spells them (Excel compares sheet names without
 * case). A name the workbook lacks is an error that lists the sheets it has: checking everything, or
 * nothing, in silence would hide a typing slip. Empty `wanted` means every sheet.
 */
export function chooseSheets(grid: WorkbookGrid, wanted: readonly string[]): SheetChoice {
  const byKey = new Map(grid.sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const found: string[] = [];
  const missing: string[] = [];
  for (const w of wanted) {
    const name = byKey.get(w.trim().toLowerCase());
    if (name === undefined) missing.push(w);
    else if (!found.includes(name)) found.push(name);
  }
  if (missing.length === 0) return { ok: true, sheets: found };
  const what =
    missing.length === 1
      ? `no sheet called ${quoted(missing)}`
      : `no sheets called ${quoted(missing)}`;
  const has =
    grid.sheets.length === 0
      ? "no sheet to check"
      : `these sheets: ${quoted(grid.sheets.map((s) => s.name))}`;
  return { ok: false, error: `this workbook has ${what}. It has ${has}.` };
}
