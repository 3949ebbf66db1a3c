import { invalidArgument } from "./errors";
import type { FakeSheetState } from "./types";

/** Excel refuses these in sheet names, and names longer than 31 characters. */
const BAD_SHEET_NAME = /[:\\/?*[\]]/;

export function checkSheetName(name: string): void {
  if (!name || name.length > 31 || BAD_SHEET_NAME.test(name) || /^'|'$/.test(name)) {
    throw invalidArgument(`sheet name "${name}"`);
  }
}

export function newSheetState(id: string, name: string): FakeSheetState {
  return {
    id,
    name,
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    merges: [],
    hiddenRows: new Set(),
    columnWidths: new Map(),
    notes: new Map(),
    charts: [],
  };
}
