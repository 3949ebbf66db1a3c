import { readFileSync } from "fs";
import { join } from "path";
import type { ExcelRun } from "../../src/adapters/office/host";
import { createFakeExcel, type FakeExcel, type FakeHostOptions } from "../../src/fake-excel";
import { seedFromXlsx } from "../../src/fake-excel/seedFromXlsx";
import { cellKey, type FakeCell, type FakeSheetState } from "../../src/fake-excel/types";

export const FIXTURES = [
  "000-southwark-priority4",
  "001-southwark-underperforming",
  "002-southend-sen-strategy",
] as const;

export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(__dirname, "..", "fixtures", `${name}.xlsx`));
}

export async function fakeFromFixture(
  name: string,
  options: FakeHostOptions = {}
): Promise<FakeExcel> {
  return createFakeExcel(await seedFromXlsx(fixtureBytes(name)), options);
}

/** The fake's run typed as Excel.run: the adapter only uses what the fake implements, and tests prove it. */
export function runOf(fake: FakeExcel): ExcelRun {
  return fake.run as unknown as ExcelRun;
}

/** Every cell's fill per sheet ("A1" → "#RRGGBB"), for before/after comparisons. */
export function fills(fake: FakeExcel): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const s of fake.state.sheets) {
    const m: Record<string, string> = {};
    for (const [k, c] of s.cells) if (c.fill) m[String(k)] = c.fill;
    out[s.name] = m;
  }
  return out;
}

/** Every cell's value and formula per sheet, to prove an operation changed none. */
export function values(fake: FakeExcel): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const s of fake.state.sheets) {
    const m: Record<string, unknown> = {};
    for (const [k, c] of s.cells)
      if (c.value !== null || c.formula) m[String(k)] = [c.value, c.formula];
    out[s.name] = m;
  }
  return out;
}

export function sheet(fake: FakeExcel, name: string): FakeSheetState {
  const s = fake.state.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

export function cell(fake: FakeExcel, sheetName: string, row: number, col: number) {
  return sheet(fake, sheetName).cells.get(cellKey(row, col));
}

/** Syncs made by one operation. */
export async function countSyncs<T>(
  fake: FakeExcel,
  op: () => Promise<T>
): Promise<{ result: T; syncs: number }> {
  const before = fake.stats.syncs;
  const result = await op();
  return { result, syncs: fake.stats.syncs - before };
}

/** A cell with its fill left out, or undefined when nothing but a fill (or nothing) is left. */
function withoutFill(c: FakeCell): Partial<FakeCell> | undefined {
  const { fill: _fill, ...rest } = c;
  const kept = Object.fromEntries(
    Object.entries(rest).filter(([, v]) => v !== undefined && v !== null)
  );
  return Object.keys(kept).length ? kept : undefined;
}

/**
 * Everything of the given sheets (by id) except fills and notes (see userNotes): name, position, every
 * cell's value, formula, format and link, merges, hidden rows, protection. Equal before and after = nothing
 * lost.
 */
export function userContent(fake: FakeExcel, ids: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const id of ids) {
    const s = fake.state.sheets.find((x) => x.id === id);
    if (!s) {
      out[id] = "deleted";
      continue;
    }
    const cells: Record<string, unknown> = {};
    for (const [k, c] of s.cells) {
      const kept = withoutFill(c);
      if (kept) cells[String(k)] = kept;
    }
    out[id] = {
      name: s.name,
      position: fake.state.sheets.indexOf(s),
      visibility: s.visibility,
      protected: s.protected,
      cells,
      merges: s.merges,
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      columnWidths: Object.fromEntries(s.columnWidths),
      charts: s.charts,
    };
  }
  return out;
}

/** Every fill of the given sheets (by id), by cell key. */
export function userFills(fake: FakeExcel, ids: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const id of ids) {
    const s = fake.state.sheets.find((x) => x.id === id);
    const m: Record<string, string> = {};
    for (const [k, c] of s?.cells ?? []) if (c.fill) m[String(k)] = c.fill;
    out[id] = m;
  }
  return out;
}

/** Every note of the given sheets (by id), by cell key. */
export function userNotes(fake: FakeExcel, ids: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const id of ids) {
    const s = fake.state.sheets.find((x) => x.id === id);
    out[id] = Object.fromEntries(s?.notes ?? []);
  }
  return out;
}

/** The add-in's sheet as written: every cell, column widths, charts and tables (ids left out); null if absent. */
export function writtenSheet(fake: FakeExcel, name: string) {
  const s = fake.state.sheets.find((x) => x.name === name);
  if (!s) return null;
  return {
    cells: Object.fromEntries(s.cells),
    widths: Object.fromEntries(s.columnWidths),
    charts: s.charts.map(({ id: _id, sourceSheetId: _s, ...rest }) => rest),
    tables: fake.state.tables
      .filter((t) => t.sheetId === s.id)
      .map((t) => [t.name, t.rect, t.style]),
  };
}
