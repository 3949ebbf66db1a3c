// Random .xlsx workbooks built with ExcelJS: a plan table (so cells get flagged and highlighted) among
// values, formulas with cached results, dates, merges, fills, notes, links, rich text and
// formula-looking text; sometimes a user's own sheet already called "RAG Summary" or "RAG History".
import ExcelJS from "exceljs";
import { between, pick, prng } from "./random";
import { FORMULA_LIKE } from "./grids";

const SHEET_NAMES = [
  "Action Plan",
  "Ali's plan",
  "تنفيذ",
  "Data",
  "RAG Summary",
  "RAG History",
  "KS2",
];
const HEADERS = [
  ["Ref", "No."],
  ["Action", "Actions"],
  ["Lead officer", "Responsible"],
  ["Timescale", "Deadline"],
  ["Progress", "Status"],
];
const OWNERS = ["SEN Manager", "", "TBC", "Head of A&I", "=cmd|' /C calc'!A0", "@lead"];
const TIMESCALES = [
  "Sept 2003",
  "Ongoing",
  "2009-10",
  "Spring term 2004",
  "31/02/2004",
  "",
  "+1 month",
];
const FILLS = ["FFFFFF00", "FF92D050", "FFFF0000", "FFDDEBF7"];

type Rand = () => number;

function randomValue(rand: Rand, row: number, col: number): ExcelJS.CellValue {
  switch (between(rand, 0, 11)) {
    case 0:
      return between(rand, -1000, 100000) / (rand() < 0.5 ? 1 : 7);
    case 1:
      return new Date(
        Date.UTC(between(rand, 1990, 2030), between(rand, 0, 11), between(rand, 1, 28))
      );
    case 2:
      return { formula: `ROW()*${col}`, result: row * col };
    case 3:
      return { formula: `"x"&${row}`, result: `x${row}` };
    case 4:
      return { formula: "1/0", result: { error: "#DIV/0!" } };
    case 5:
      return { error: "#N/A" };
    case 6:
      return rand() < 0.5;
    case 7:
      return pick(rand, FORMULA_LIKE);
    case 8:
      return { richText: [{ text: "Bold ", font: { bold: true } }, { text: `part ${row}` }] };
    case 9:
      return { text: "a link", hyperlink: "https://example.org/plan" };
    case 10:
      return "🚀 تنفيذ\nsecond line";
    default:
      return null;
  }
}

/** Builds workbook number `seed`: deterministic, so a failure names the workbook to rebuild. */
export async function randomWorkbook(seed: number): Promise<Buffer> {
  const rand = prng(seed);
  const wb = new ExcelJS.Workbook();
  const names = [...SHEET_NAMES].sort(() => rand() - 0.5).slice(0, between(rand, 1, 3));
  for (const name of names) {
    const ws = wb.addWorksheet(name);
    const top = between(rand, 1, 6);
    const left = between(rand, 1, 3);
    const width = between(rand, 3, 5);
    const body = between(rand, 2, 25);
    // a title merged across the table, then the header and the actions
    if (top > 1) {
      ws.getCell(top - 1, left).value = "Improvement plan 2003-04";
      ws.mergeCells(top - 1, left, top - 1, left + width - 1);
    }
    for (let c = 0; c < width; c++) ws.getCell(top, left + c).value = pick(rand, HEADERS[c]!);
    for (let r = 1; r <= body; r++) {
      const row = top + r;
      const cells: ExcelJS.CellValue[] = [
        `${between(rand, 1, 5)}.${r}`,
        rand() < 0.15 ? pick(rand, FORMULA_LIKE) : `Deliver action ${r} for seed ${seed}`,
        pick(rand, OWNERS),
        rand() < 0.3
          ? new Date(Date.UTC(between(rand, 2002, 2005), between(rand, 0, 11), 1))
          : pick(rand, TIMESCALES),
        rand() < 0.5
          ? "On track"
          : { formula: `IF(${r}>3,"Late","On track")`, result: r > 3 ? "Late" : "On track" },
      ];
      for (let c = 0; c < width; c++) {
        const cell = ws.getCell(row, left + c);
        const v = cells[c] ?? null;
        if (v !== "") cell.value = v;
        if (v instanceof Date) cell.numFmt = pick(rand, ["mmm-yy", "dd/mm/yyyy"]);
        if (rand() < 0.1)
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: pick(rand, FILLS) } };
        if (rand() < 0.05) cell.note = `User's note ${row}`;
      }
    }
    // other content to the right and below, with vertical merges that do not overlap the table
    const side = left + width + 1;
    for (let r = 1; r <= top + body + 5; r++) {
      for (let c = side; c < side + 4; c++) {
        if (rand() < 0.5) continue;
        const cell = ws.getCell(r, c);
        const value = randomValue(rand, r, c);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = "d mmmm yyyy";
        if (rand() < 0.1)
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: pick(rand, FILLS) } };
      }
    }
    if (rand() < 0.5) ws.mergeCells(2, side + 5, 4 + between(rand, 0, 5), side + 6);
    if (rand() < 0.2) ws.getRow(top + 1).hidden = true;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
