import type { Workbook, Worksheet } from "exceljs";

// How the tool recognises its own sheets after a save: a workbook-level defined name per sheet kind,
// "APC_Owned_<kind>", referring to A1 of the sheet. Defined names survive saving in Excel, LibreOffice
// and ExcelJS, follow the sheet when a user renames it, and Office.js can read and add them too
// (workbook.names), so the add-in and the CLI agree. A user's own sheet never carries the name, so it
// is never replaced.

const PREFIX = "APC_Owned_";

/** "RAG Summary" → "APC_Owned_RAG_Summary". */
export function ownershipName(kind: string): string {
  return PREFIX + kind.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
}

function sheetOf(range: string): string | null {
  const bang = range.lastIndexOf("!");
  if (bang < 0) return null;
  const raw = range.slice(0, bang);
  return raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** The sheet the tool made for this kind earlier, if it still exists. */
export function findOwnedSheet(workbook: Workbook, kind: string): Worksheet | undefined {
  const name = ownershipName(kind);
  const entry = workbook.definedNames.model.find((d) => d.name === name);
  for (const range of entry?.ranges ?? []) {
    const sheet = sheetOf(range);
    const ws = sheet === null ? undefined : workbook.getWorksheet(sheet);
    if (ws) return ws;
  }
  return undefined;
}

/** Names of every sheet the tool made (summary, history, roll-up), whatever they are called now. */
export function ownedSheetNames(workbook: Workbook): Set<string> {
  const names = new Set<string>();
  for (const d of workbook.definedNames.model) {
    if (!d.name.startsWith(PREFIX)) continue;
    for (const range of d.ranges ?? []) {
      const sheet = sheetOf(range);
      if (sheet !== null && workbook.getWorksheet(sheet)) names.add(sheet);
    }
  }
  return names;
}

/** Marks `worksheet` as the tool's sheet of this kind (replacing any earlier mark). */
export function markOwned(workbook: Workbook, kind: string, worksheet: Worksheet): void {
  const name = ownershipName(kind);
  const entry = workbook.definedNames.model.find((d) => d.name === name);
  for (const range of entry?.ranges ?? []) workbook.definedNames.remove(range, name);
  workbook.definedNames.add(`${quote(worksheet.name)}!$A$1`, name);
}

export function quote(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A free sheet name: `preferred`, or "preferred (2)", "(3)" … when a sheet of that name exists (Excel
 * compares names without case; at most 31 characters).
 */
export function freeSheetName(workbook: Workbook, preferred: string): string {
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(preferred.toLowerCase())) return preferred;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = preferred.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
