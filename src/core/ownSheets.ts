import type { WorkbookGrid } from "./grid/types";

// The tool's own sheets must be known in any file, not only in the session that wrote them: opened in
// the pane, a checked copy's summary (its exceptions table) would otherwise read as one more plan. So
// every writer leaves a workbook-scoped, hidden defined name whose formula is a text constant listing
// them, and a second one on a checked copy. Defined names survive saving in Excel, Excel on the web,
// LibreOffice and ExcelJS; Office.js reads and writes them (workbook.names, ExcelApi 1.4, formula 1.7).

/** Lists the tool's sheets: ="RAG Summary/RAG History". */
export const OWN_SHEETS_NAME = "_APC_OwnSheets";
/** Present on a checked copy the tool wrote: ="checked copy". */
export const CHECKED_COPY_NAME = "_APC_CheckedCopy";
export const CHECKED_COPY_VALUE = "checked copy";

/** "/" cannot be in a sheet name, so it separates them unambiguously. */
const SEPARATOR = "/";

/** The defined name's formula for these sheets (Excel's text constant: quotes doubled, leading "="). */
export function ownSheetsFormula(names: readonly string[]): string {
  return textFormula(names.join(SEPARATOR));
}

export function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/** The text of a text-constant formula (with or without "="), or null when it is something else. */
export function formulaText(formula: string): string | null {
  const m = /^=?\s*"((?:[^"]|"")*)"\s*$/.exec(formula);
  return m ? (m[1] as string).replace(/""/g, '"') : null;
}

/** The sheet names a marker formula lists; none when it is not one of ours. */
export function ownSheetsFrom(formula: string | null | undefined): string[] {
  const text = formula ? formulaText(formula) : null;
  if (text === null) return [];
  return text
    .split(SEPARATOR)
    .map((n) => n.trim())
    .filter((n) => n !== "");
}

/** The grid without the tool's own sheets (Excel compares sheet names without case). */
export function withoutOwnSheets(grid: WorkbookGrid): WorkbookGrid {
  if (!grid.ownSheets || grid.ownSheets.length === 0) return grid;
  const own = new Set(grid.ownSheets.map((n) => n.toLowerCase()));
  return { ...grid, sheets: grid.sheets.filter((s) => !own.has(s.name.toLowerCase())) };
}
