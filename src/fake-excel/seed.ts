import { normalizeColor } from "./cells";
import { cellKey, type FakeCell, type FakeWorkbookSeed, type FakeWorkbookState } from "./types";
import { newSheetState } from "./sheetState";

/** Builds the fake's state from a seed (cells, merges, fills, settings). */
export function stateFromSeed(seed: FakeWorkbookSeed): FakeWorkbookState {
  const state: FakeWorkbookState = {
    sheets: [],
    tables: [],
    settings: new Map(),
    names: new Map(
      Object.entries(seed.names ?? {}).map(([k, formula]) => [k, { formula, visible: false }])
    ),
    activeSheetId: null,
    selection: null,
    nextId: 0,
  };
  for (const s of seed.sheets) {
    state.nextId += 1;
    const sheet = newSheetState(`ws${state.nextId}`, s.name);
    sheet.protected = s.protected ?? false;
    sheet.visibility = s.visibility ?? "Visible";
    sheet.merges = (s.merges ?? []).map((m) => ({ ...m }));
    sheet.hiddenRows = new Set(s.hiddenRows ?? []);
    for (const c of s.cells ?? []) {
      const cell: FakeCell = { value: c.value ?? null };
      if (c.error !== undefined) {
        cell.value = c.error;
        cell.error = true;
      }
      if (c.formula !== undefined) cell.formula = c.formula;
      if (c.text !== undefined) cell.text = c.text;
      if (c.numberFormat !== undefined && c.numberFormat !== "General")
        cell.numberFormat = c.numberFormat;
      if (c.fill !== undefined) {
        const f = normalizeColor(c.fill);
        if (f) cell.fill = f;
        if (f && c.fillStyle) cell.fillStyle = { ...c.fillStyle };
      }
      if (c.bold !== undefined) cell.bold = c.bold;
      sheet.cells.set(cellKey(c.row, c.col), cell);
      if (c.note !== undefined) sheet.notes.set(cellKey(c.row, c.col), c.note);
    }
    state.sheets.push(sheet);
  }
  state.activeSheetId = state.sheets[0]?.id ?? null;
  for (const [k, v] of Object.entries(seed.settings ?? {}))
    state.settings.set(k, JSON.stringify(v));
  return state;
}
