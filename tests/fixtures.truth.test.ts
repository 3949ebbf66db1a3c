/**
 * The truth files against their own workbooks and their own rules, for every fixture (000 onwards): a label
 * that disagrees with the cell it describes, or a flag that does not follow from the row's labelled owner and
 * timescale, is a labelling slip, and it would make the accuracy figures wrong in either direction.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrid } from "../src/adapters/xlsx/read";
import { rangeA1 } from "../src/core/grid/a1";
import { textAt } from "../src/core/grid/sheet";
import type { SheetGrid, WorkbookGrid } from "../src/core/grid/types";
import type { Truth } from "./support/scoreReport";

const dir = join(__dirname, "fixtures");
const truths = readdirSync(dir)
  .filter((f) => f.endsWith(".truth.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Truth & TruthExtras);

interface TruthExtras {
  merges: Record<string, string[]>;
}

/** PRODUCT.md's placeholder owners ("TBC, TBA, ?, n/a, -"), compared without case or a trailing full stop. */
const PLACEHOLDERS = new Set(["tbc", "tba", "tbd", "?", "n/a", "-"]);

const colIndex = (letter: string): number =>
  [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The cell's text as the truth labels it: a cell inside a merged area reads its top-left cell. */
function cellText(sheet: SheetGrid, row: number, col: number): string | null {
  const m = sheet.merges.find(
    (x) => row >= x.top && row <= x.bottom && col >= x.left && col <= x.right
  );
  const text = m ? textAt(sheet, m.top, m.left) : textAt(sheet, row, col);
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

const grids = new Map<string, WorkbookGrid>();
beforeAll(async () => {
  for (const t of truths)
    grids.set(t.workbook, await readWorkbookGrid(readFileSync(join(dir, t.workbook))));
});

function sheetOf(t: Truth, name: string): SheetGrid {
  const s = grids.get(t.workbook)?.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`${t.workbook} has no sheet ${name}`);
  return s;
}

describe.each(truths.map((t) => [t.workbook, t] as const))("truth file of %s", (_name, truth) => {
  it("labels owner, timescale, ref and action as the workbook's cells hold them", () => {
    const wrong: string[] = [];
    for (const t of truth.tables) {
      const sheet = sheetOf(truth, t.sheet);
      const col = (field: string): number | null =>
        t.columns[field] ? colIndex(t.columns[field]) : null;
      for (const a of t.actions) {
        const at = (field: string): string | null => {
          const c = col(field);
          return c === null ? null : cellText(sheet, a.row, c);
        };
        if (at("owner") !== a.owner)
          wrong.push(`${t.sheet}!${a.row} owner ${JSON.stringify(at("owner"))}`);
        if (at("due") !== a.timescale)
          wrong.push(`${t.sheet}!${a.row} timescale ${JSON.stringify(at("due"))}`);
        if (col("ref") !== null && at("ref") !== a.ref)
          wrong.push(`${t.sheet}!${a.row} ref ${JSON.stringify(at("ref"))}`);
        // without a ref column the ref is the number the action text starts with, and the action follows it
        let action = collapse(at("action") ?? "");
        if (col("ref") === null && a.ref !== null && action.startsWith(a.ref))
          action = action.slice(a.ref.length).trim();
        if (action.slice(0, 60).trimEnd() !== a.action)
          wrong.push(`${t.sheet}!${a.row} action ${JSON.stringify(action.slice(0, 60))}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("lists exactly the workbook's merged ranges", () => {
    const book = grids.get(truth.workbook) as WorkbookGrid;
    for (const s of book.sheets) {
      const got = s.merges.map((m) => rangeA1(m.top, m.left, m.bottom, m.right)).sort();
      expect([s.name, got]).toEqual([s.name, [...(truth.merges[s.name] ?? [])].sort()]);
    }
  });

  it("expects exactly the flags that follow from each row's owner and timescale", () => {
    const wrong: string[] = [];
    for (const t of truth.tables) {
      for (const a of t.actions) {
        const want = new Set<string>();
        if (a.owner === null) want.add("missing-owner");
        else if (PLACEHOLDERS.has(a.owner.toLowerCase().replace(/\.$/, "")))
          want.add("placeholder-owner");
        // a table with no timescale column gets the table's no-due-column, not a flag per row
        if (t.columns.due !== undefined) {
          if (a.timescale === null) want.add("missing-due");
          else if (a.due === null && !a.ongoing && a.start === null) want.add("unparsed-date");
          else if (a.start !== null && a.due !== null && a.due < a.start)
            want.add("end-before-start");
          else if (a.ongoing && a.due === null) want.add("open-ended");
        }
        const got = [...a.expect].sort();
        if (JSON.stringify(got) !== JSON.stringify([...want].sort()))
          wrong.push(
            `${t.sheet}!${a.row} labelled ${got.join(",")} but follows ${[...want].join(",")}`
          );
      }
    }
    expect(wrong).toEqual([]);
  });
});
