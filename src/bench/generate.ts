import type { SheetGrid, WorkbookGrid } from "../core/grid/types";
import { FIELD_NAMES, type FieldName } from "../core/schema/fields";
import { createRng } from "./prng";
import { SheetBuilder } from "./sheetBuilder";
import { actionCells, messyHeader, textCell, type RefStyle } from "./syntheticCells";
import { SECTION_FORMS, SECTION_TOPICS, SHEET_TITLES } from "./vocabulary";

const LEFT_OUT: readonly FieldName[] = ["evaluation", "funding", "links"];
/** The twelve columns of every synthetic table, in sheet order: the fields but these three. */
export const BENCH_COLUMNS: readonly FieldName[] = FIELD_NAMES.filter((f) => !LEFT_OUT.includes(f));

/** Report date of every synthetic plan: inside the span of its dates, so all four ratings occur. */
export const BENCH_AS_OF = "2014-03-31";

export const DEFAULT_SEED = 20261123;

/** Where one generated table sits, so peers can be fed exactly the same action rows. */
export interface SyntheticTable {
  readonly sheet: string;
  readonly section: string;
  readonly headerRow: number;
  /** 1-based sheet rows of its actions (blank rows inside the table are not listed). */
  readonly actionRows: readonly number[];
  readonly headers: readonly string[];
}

export interface SyntheticPlan {
  readonly grid: WorkbookGrid;
  readonly actionRows: number;
  readonly tables: readonly SyntheticTable[];
  readonly asOf: string;
  readonly seed: number;
}

/** Action rows per sheet: big plans are spread over several sheets, as appendices are. */
const ROWS_PER_SHEET = 25_000;

/**
 * A deterministic synthetic action plan with exactly `actionRows` action rows of 12 columns: several sheets,
 * each a title then tables under merged section headings, with messy headers, real timescale phrases and
 * owners, month cells formatted mmm-yy, blanks, owners merged over two rows and the odd blank row inside a
 * table. The same seed gives the same workbook.
 */
export function generatePlan(actionRows: number, seed: number = DEFAULT_SEED): SyntheticPlan {
  const rng = createRng(seed ^ actionRows);
  const sheetCount = Math.max(2, Math.ceil(actionRows / ROWS_PER_SHEET));
  const width = BENCH_COLUMNS.length;
  const ownerCol = BENCH_COLUMNS.indexOf("owner") + 1;
  const sheets: SheetGrid[] = [];
  const tables: SyntheticTable[] = [];
  let left = actionRows;
  let sectionNo = 0;
  for (let s = 0; s < sheetCount; s++) {
    const name = `Plan ${s + 1}`;
    let quota = s === sheetCount - 1 ? left : Math.floor(actionRows / sheetCount);
    left -= quota;
    const b = new SheetBuilder(width);
    b.push([textCell(rng.pick(SHEET_TITLES))]);
    b.push([]);
    while (quota > 0) {
      sectionNo += 1;
      const size = Math.min(quota, rng.int(20, 250));
      quota -= size;
      const section = rng.pick(SECTION_FORMS)(sectionNo, rng.int(1, 9), rng.pick(SECTION_TOPICS));
      const sectionRow = b.push([textCell(section)]);
      b.merges.push({ top: sectionRow, left: 1, bottom: sectionRow, right: width });
      if (rng.chance(0.3)) b.push([]);
      const headers = BENCH_COLUMNS.map((f) => messyHeader(rng, f));
      const headerRow = b.push(headers.map(textCell));
      const refStyle = rng.pick<RefStyle>(["dotted", "paren", "number", "in-action"]);
      const rows: number[] = [];
      let mergedTo = 0;
      for (let i = 1; i <= size; i++) {
        // a page break inside a table leaves a blank row (never before the first action)
        if (i > 1 && rng.chance(0.003)) b.push([]);
        rows.push(b.push(actionCells(rng, refStyle, sectionNo, i)));
        if (i > 1 && rng.chance(0.01)) {
          const prev = rows[rows.length - 2];
          // only adjacent rows, and never a row already inside a merge (Excel refuses overlaps)
          if (prev !== undefined && prev === b.nextRow - 2 && prev !== mergedTo) {
            b.mergeDown(prev, ownerCol);
            mergedTo = prev + 1;
          }
        }
      }
      tables.push({ sheet: name, section, headerRow, actionRows: rows, headers });
      b.push([]);
      if (rng.chance(0.5)) b.push([]);
    }
    sheets.push(b.build(name));
  }
  return { grid: { sheets }, actionRows, tables, asOf: BENCH_AS_OF, seed };
}

/**
 * The display text of every generated action row, keyed by BENCH_COLUMNS: what a peer that reads a sheet
 * as text (a CSV export, Frictionless) is given.
 */
export function actionRecords(plan: SyntheticPlan): string[][] {
  const byName = new Map(plan.grid.sheets.map((s) => [s.name, s]));
  const out: string[][] = [];
  for (const t of plan.tables) {
    const sheet = byName.get(t.sheet);
    if (!sheet) continue;
    for (const r of t.actionRows) out.push([...(sheet.text[r - sheet.originRow] ?? [])]);
  }
  return out;
}
