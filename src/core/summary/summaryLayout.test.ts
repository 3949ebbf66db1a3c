import type { SheetCell, SheetModel, SheetTable } from "./sheetModel";
import { buildSummary } from "./summary";
import { summarySheetModel } from "./summarySheet";
import { makeTable } from "./testTables";

// The board-paper layout: each table on column widths that fit it. Widths are checked against what the
// cells show, worked out here independently of the layout code.

const LONG_SECTION =
  "Proposal 3: We will provide access to high quality local provision with a strong mixed economy of provision";
const tables = [
  makeTable("Action Plan", 5, LONG_SECTION, [
    {
      row: 6,
      rag: "red",
      due: "2013-09-30",
      ref: "3.1",
      owner: "Group Manager SEN and Inclusion / SEN Adviser",
      action:
        "Build capacity and skills in mainstream schools by commissioning high quality training for staff in every school",
    },
    { row: 7, rag: "green", due: "2014-09-30", ref: "3.2", owner: "Health" },
    { row: 8, rag: "not-rated", ref: "3.3", owner: "SEN Review and Transitions Manager" },
  ]),
  makeTable("Action Plan", 12, "Proposal 4: Raise attainment", [
    { row: 13, rag: "amber", due: "2014-02-15", ref: "4.1", owner: "14-19 Adviser" },
  ]),
];
const model = summarySheetModel(buildSummary(tables, "2014-01-31"), {
  generatedAt: "2014-01-31T09:30:00Z",
  file: "plan.xlsx",
});

function table(name: string): SheetTable {
  const t = model.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

/** What a cell shows, in characters: dd/mm/yyyy for a date, "62%" for a share. */
function shown(cell: SheetCell | undefined): number {
  const v = cell?.value ?? null;
  if (v === null) return 0;
  if (typeof v === "string") return v.length;
  if (cell?.intent === "date") return "31/01/2014".length;
  if (cell?.intent === "percent") return `${Math.round(v * 100)}%`.length;
  return String(v).length;
}

/** A header needs its text and the filter button; a value its text and a little room. */
function need(t: SheetTable, i: number): number {
  const header = (t.columns[i] ?? "").length + 4;
  return Math.max(header, ...t.rows.map((r) => shown(r[i]) + 2));
}

function width(m: SheetModel, col: number): number {
  return m.columnWidths[col - 1] ?? 8.43;
}

const countTables = ["RAG_Overall", "RAG_BySection", "RAG_ByOwner"].map(table);
const exceptions = table("RAG_Exceptions");

function columnsOf(t: SheetTable): number[] {
  return t.columns.map((_c, i) => t.left + i);
}

describe("summary sheet layout", () => {
  it("puts the exceptions in columns no count table uses", () => {
    const countCols = new Set(countTables.flatMap(columnsOf));
    for (const c of columnsOf(exceptions)) expect(countCols.has(c)).toBe(false);
    // and below them, so their tall wrapped rows never stretch a count table's rows
    const countBottom = Math.max(...countTables.map((t) => t.top + t.rows.length));
    expect(exceptions.top).toBeGreaterThan(countBottom);
  });

  it("makes no count-table column wider than its content needs, but for a margin", () => {
    const margin = 3;
    for (const t of countTables)
      t.columns.forEach((_c, i) => {
        const col = t.left + i;
        // the widest need of any count table or headline figure in that column
        const needs = countTables.flatMap((u) =>
          col >= u.left && col < u.left + u.columns.length ? [need(u, col - u.left)] : []
        );
        const free = model.cells
          .filter((c) => c.col === col && c.cell.intent !== "title" && c.cell.intent !== "subtitle")
          .filter((c) => c.cell.intent !== "note" && typeof c.cell.value !== "string")
          .map((c) => shown(c.cell) + 2);
        const widest = Math.min(44, Math.max(...needs, ...free));
        expect(width(model, col)).toBeLessThanOrEqual(widest + margin);
      });
  });

  it("fits every headline label and figure on one line", () => {
    for (const c of model.cells.filter((x) => x.cell.intent === "label"))
      expect(width(model, c.col)).toBeGreaterThanOrEqual(shown(c.cell));
  });

  it("fits the exceptions table: each column fits its content or wraps it, and the table prints on one page wide", () => {
    const wrap = new Set(model.wrapColumns ?? []);
    exceptions.columns.forEach((_c, i) => {
      const col = exceptions.left + i;
      const w = width(model, col);
      expect(w).toBeGreaterThanOrEqual((exceptions.columns[i] ?? "").length + 4);
      if (!wrap.has(col)) expect(w).toBeGreaterThanOrEqual(need(exceptions, i));
      // no column much wider than its widest value: the widths follow the content
      expect(w).toBeLessThanOrEqual(Math.max(need(exceptions, i), 16) + 1);
    });
    const total = columnsOf(exceptions).reduce((n, c) => n + width(model, c), 0);
    // landscape A4 holds about 140 characters at full size: at most ~190 keeps the print at 3/4 size or more
    expect(total).toBeLessThanOrEqual(190);
  });

  it("prints each block as its own area, the title rows repeated, every table inside one area", () => {
    const areas = model.print?.areas ?? [];
    expect(areas).toHaveLength(2);
    for (const t of model.tables) {
      const inside = areas.filter(
        (a) =>
          t.top >= a.top &&
          t.top + t.rows.length <= a.bottom &&
          t.left >= a.left &&
          t.left + t.columns.length - 1 <= a.right
      );
      expect(inside).toHaveLength(1);
    }
    expect(areas[0]!.right).toBeLessThan(areas[1]!.left);
    expect(model.print?.repeatRows).toEqual({ first: 1, last: 3 });
  });

  it("tells the reader where the exceptions are, in the first block", () => {
    const second = model.print!.areas![1]!;
    const pointer = model.cells.find((c) => String(c.cell.value).includes("from cell I"));
    expect(pointer?.col).toBe(1);
    expect(String(pointer?.cell.value)).toContain(`I${second.top}`);
  });
});
