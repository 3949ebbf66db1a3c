import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../core/grid/types";
import { FIELDS, type FieldName } from "../core/schema/fields";
import { createRng, type Rng } from "./prng";
import {
  ACTION_OBJECTS,
  ACTION_VERBS,
  MONITORING,
  OUTCOMES,
  OWNER_CELLS,
  PARTNERS,
  PROGRESS_NOTES,
  RESOURCES,
  SECTION_FORMS,
  SECTION_TOPICS,
  SHEET_TITLES,
  STATUSES,
  TIMESCALE_PHRASES,
} from "./vocabulary";

/** The twelve columns of every synthetic table, in sheet order. */
export const BENCH_COLUMNS: readonly FieldName[] = [
  "ref",
  "action",
  "outcome",
  "owner",
  "partners",
  "start",
  "due",
  "status",
  "progress",
  "monitoring",
  "resources",
  "review",
];

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

interface Cell {
  value: CellValue;
  text: string;
  numberFormat: string;
}

const BLANK: Cell = { value: null, text: "", numberFormat: "General" };
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function textCell(text: string): Cell {
  return text === "" ? BLANK : { value: text, text, numberFormat: "General" };
}

/** Excel serial (1900 system) of a calendar date. */
function serialOf(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A month cell as in the Southend plan: the 1st of the month, formatted mmm-yy ("Jan-14"). */
function monthCell(rng: Rng): Cell {
  const y = rng.int(2012, 2016);
  const m = rng.int(1, 12);
  return {
    value: serialOf(y, m, 1),
    text: `${MONTHS[m - 1]}-${pad2(y % 100)}`,
    numberFormat: "mmm-yy",
  };
}

function dayCell(rng: Rng): Cell {
  const y = rng.int(2012, 2016);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return {
    value: serialOf(y, m, d),
    text: `${pad2(d)}/${pad2(m)}/${y}`,
    numberFormat: "dd/mm/yyyy",
  };
}

const SYNONYMS = new Map(FIELDS.map((f) => [f.name, f.synonyms]));

/**
 * A header as people type it: a synonym from the field table, re-cased, sometimes with a line break
 * between words, a trailing colon or question mark, or stray spaces (normalisation folds all of these).
 */
function messyHeader(rng: Rng, field: FieldName): string {
  let h = rng.pick(SYNONYMS.get(field) ?? [field]);
  const casing = rng.int(0, 3);
  if (casing === 0) h = h.charAt(0).toUpperCase() + h.slice(1);
  else if (casing === 1) h = h.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  else if (casing === 2) h = h.toUpperCase();
  if (h.includes(" ") && rng.chance(0.2)) h = h.replace(" ", "\n");
  const tail = rng.int(0, 5);
  if (tail === 0) h += ":";
  else if (tail === 1) h += "?";
  else if (tail === 2) h = ` ${h} `;
  return h;
}

type RefStyle = "dotted" | "paren" | "number" | "in-action";

function refCell(style: RefStyle, section: number, i: number): Cell {
  if (style === "dotted") return textCell(`${section}.${i}`);
  if (style === "paren") return textCell(`${i})`);
  if (style === "number") return { value: i, text: String(i), numberFormat: "General" };
  return BLANK;
}

function dueCell(rng: Rng): Cell {
  const r = rng.next();
  if (r < 0.68) return textCell(rng.pick(TIMESCALE_PHRASES));
  if (r < 0.84) return monthCell(rng);
  if (r < 0.92) return dayCell(rng);
  return BLANK;
}

function startCell(rng: Rng): Cell {
  const r = rng.next();
  if (r < 0.55) return BLANK;
  if (r < 0.85) return monthCell(rng);
  return textCell(rng.pick(["Sept 02", "From September 2003", "April 2013", "Jan 2014"]));
}

function ownerCell(rng: Rng): Cell {
  const r = rng.next();
  if (r < 0.04) return BLANK;
  if (r < 0.06) return textCell(rng.pick(["TBC", "tbc", "?", "To be confirmed"]));
  return textCell(rng.pick(OWNER_CELLS));
}

function reviewCell(rng: Rng): Cell {
  const r = rng.next();
  if (r < 0.5) return BLANK;
  if (r < 0.8) return monthCell(rng);
  return textCell(rng.pick(["Termly", "Annually", "Quarterly"]));
}

/** One action row's twelve cells, in BENCH_COLUMNS order. */
function actionCells(rng: Rng, refStyle: RefStyle, section: number, i: number): Cell[] {
  let action = `${rng.pick(ACTION_VERBS)} ${rng.pick(ACTION_OBJECTS)}`;
  if (refStyle === "in-action") action = `${section}.${i} ${action}`;
  return [
    refCell(refStyle, section, i),
    textCell(action),
    textCell(rng.pick(OUTCOMES)),
    ownerCell(rng),
    textCell(rng.pick(PARTNERS)),
    startCell(rng),
    dueCell(rng),
    textCell(rng.pick(STATUSES)),
    textCell(rng.pick(PROGRESS_NOTES)),
    textCell(rng.pick(MONITORING)),
    textCell(rng.pick(RESOURCES)),
    reviewCell(rng),
  ];
}

/** Builds one sheet row by row, then hands back the parallel arrays a SheetGrid holds. */
class SheetBuilder {
  readonly values: CellValue[][] = [];
  readonly text: string[][] = [];
  readonly numberFormat: string[][] = [];
  readonly merges: CellRange[] = [];

  constructor(readonly width: number) {}

  /** The 1-based row the next `push` writes. */
  get nextRow(): number {
    return this.values.length + 1;
  }

  push(cells: readonly Cell[]): number {
    const v = new Array<CellValue>(this.width).fill(null);
    const t = new Array<string>(this.width).fill("");
    const f = new Array<string>(this.width).fill("General");
    cells.forEach((c, i) => {
      v[i] = c.value;
      t[i] = c.text;
      f[i] = c.numberFormat;
    });
    this.values.push(v);
    this.text.push(t);
    this.numberFormat.push(f);
    return this.values.length;
  }

  /** Merges `row` with the row under it in `col` (one owner for two actions); the covered cell empties. */
  mergeDown(row: number, col: number): void {
    // arrays are 0-based, so index `row` is the 1-based row under `row`
    const v = this.values[row];
    const t = this.text[row];
    const f = this.numberFormat[row];
    if (!v || !t || !f) return;
    v[col - 1] = null;
    t[col - 1] = "";
    f[col - 1] = "General";
    this.merges.push({ top: row, left: col, bottom: row + 1, right: col });
  }

  build(name: string): SheetGrid {
    return {
      name,
      originRow: 1,
      originCol: 1,
      values: this.values,
      text: this.text,
      numberFormat: this.numberFormat,
      merges: this.merges,
    };
  }
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
