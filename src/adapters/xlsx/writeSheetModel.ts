import type { Cell, CellValue, Workbook, Worksheet } from "exceljs";
import type { Rating } from "../../core/schema/action";
import type {
  FormatIntent,
  SheetCell,
  SheetChart,
  SheetModel,
  SheetTable,
} from "../../core/summary/sheetModel";
import { findOwnedSheet, freeSheetName, markOwned, quote } from "./writeOwnership";
import { FORMULA_LIKE, intentStyle, RATING_INK } from "./writeStyles";
import { uniqueHeaders } from "./package/renderSheet";

type Fills = Readonly<Partial<Record<FormatIntent, string>>>;

/**
 * Writes one SheetModel cell. Strings are always string values — never `{ formula }` — and text that
 * looks like a formula is also given the Text number format, so editing the cell in Excel keeps it text.
 */
export function writeCell(
  cell: Cell,
  source: SheetCell,
  fills: Fills,
  hasIntentStyle = true
): void {
  const { value, link } = source;
  if (link && value !== null) {
    const target = `#${quote(link.sheet)}!${link.address}`;
    cell.value = {
      text: String(value),
      hyperlink: target,
      tooltip: `Go to ${link.sheet}!${link.address}`,
    } as CellValue;
  } else {
    cell.value = value;
  }
  const style = hasIntentStyle ? intentStyle(source.intent, fills) : {};
  const textLike = typeof value === "string" && FORMULA_LIKE.test(value);
  cell.style = {
    ...(textLike ? { numFmt: "@" } : {}),
    ...style,
    ...(link ? { font: { ...style.font, underline: true, color: { argb: "FF0563C1" } } } : {}),
  };
}

function tableNamesIn(workbook: Workbook): Set<string> {
  const names = new Set<string>();
  for (const ws of workbook.worksheets) {
    // ExcelJS keeps a sheet's tables keyed by name (its typings for getTables() are wrong).
    const tables = (ws as unknown as { tables?: Record<string, unknown> }).tables ?? {};
    for (const name of Object.keys(tables)) names.add(name.toLowerCase());
  }
  for (const d of workbook.definedNames.model) names.add(d.name.toLowerCase());
  return names;
}

/** Excel wants table names unique in the workbook (also against defined names): add _2, _3 … */
function uniqueTableName(taken: Set<string>, preferred: string): string {
  let name = preferred;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${preferred}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function writeTable(ws: Worksheet, table: SheetTable, name: string, fills: Fills): void {
  const headers = uniqueHeaders(table.columns);
  ws.addTable({
    name,
    ref: ws.getCell(table.top, table.left).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    // Placeholders: the cells are written below, one by one, with their styles.
    rows: table.rows.map((r) => headers.map((_h, i) => plain(r[i]))),
  });
  // A header over numbers sits right, over its figures, so a wide column still reads as one column; header
  // and figures keep one character from the right edge, or they run into the next column's words.
  const numeric = headers.map((_h, i) => {
    const filled = table.rows.map((r) => r[i]?.value ?? null).filter((v) => v !== null);
    return filled.length > 0 && filled.every((v) => typeof v === "number");
  });
  const right = { horizontal: "right", indent: 1 } as const;
  headers.forEach((_h, i) => {
    const cell = ws.getCell(table.top, table.left + i);
    cell.style = {
      ...intentStyle("header"),
      ...(FORMULA_LIKE.test(headers[i] ?? "") ? { numFmt: "@" } : {}),
      ...(numeric[i] ? { alignment: right } : {}),
    };
  });
  table.rows.forEach((r, ri) =>
    headers.forEach((_h, ci) => {
      const cell = ws.getCell(table.top + 1 + ri, table.left + ci);
      writeCell(cell, r[ci] ?? { value: null }, fills);
      if (numeric[ci]) cell.alignment = right;
    })
  );
}

function plain(cell: SheetCell | undefined): string | number | null {
  return cell?.value ?? null;
}

const BAR_WIDTH = 16;
const LINE_HEIGHT = 15;

/** Lines a text takes when wrapped in a column `width` characters wide (words break early: 90% of the width a line). */
function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 0.9));
  return text
    .split(/\r?\n/)
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/**
 * ExcelJS cannot write charts (it has no chart part writer). A chart in the model is drawn in cells
 * instead: the title, then per category its label (in words, with the rating colour) and a bar of "█"
 * characters scaled to the largest value, followed by the value — so the board still sees the shape.
 */
function writeCellChart(
  ws: Worksheet,
  chart: SheetChart,
  table: SheetTable | undefined,
  fills: Fills
): void {
  if (!table) return;
  writeCell(ws.getCell(chart.top, chart.left), { value: chart.title, intent: "label" }, fills);
  const values = table.rows.map((r) => {
    const v = r[chart.valueColumn]?.value;
    return typeof v === "number" ? v : 0;
  });
  const max = Math.max(1, ...values);
  table.rows.forEach((r, i) => {
    const category = r[0] ?? { value: null };
    const row = chart.top + 1 + i;
    writeCell(ws.getCell(row, chart.left), category, fills);
    const v = values[i] ?? 0;
    const length = v === 0 ? 0 : Math.max(1, Math.round((v / max) * BAR_WIDTH));
    const bar = ws.getCell(row, chart.left + 1);
    bar.value = `${v} ${"█".repeat(length)}`.trim();
    const rating = category.intent?.startsWith("rating-")
      ? (category.intent.slice(7) as Rating)
      : null;
    bar.style = { font: { color: { argb: `FF${rating ? RATING_INK[rating] : "404040"}` } } };
  });
}

/**
 * Writes a SheetModel as a worksheet and returns the sheet's name. The tool's own earlier sheet of this
 * kind (found by its defined-name mark) is replaced in place; a user's sheet of the same name is left
 * alone and the new sheet takes "Name (2)".
 */
export function writeSheetModel(workbook: Workbook, model: SheetModel): Worksheet {
  const previous = findOwnedSheet(workbook, model.name);
  let name = model.name;
  // Replaced "in place": the new sheet takes the old one's tab position, so regenerating never reorders tabs.
  // ExcelJS orders tabs by `orderNo`, which its typings leave out.
  type Ordered = Worksheet & { orderNo: number };
  const orderNo = previous ? (previous as Ordered).orderNo : undefined;
  if (previous) {
    name = previous.name;
    workbook.removeWorksheet(previous.id);
  }
  name = freeSheetName(workbook, name);
  const ws = workbook.addWorksheet(name);
  if (orderNo !== undefined) (ws as Ordered).orderNo = orderNo;
  markOwned(workbook, model.name, ws);
  const fills = model.fills ?? {};
  // Printed for a board paper: landscape, one page wide, as many pages tall as it needs.
  ws.pageSetup = {
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };

  model.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const { row, col, cell } of model.cells) writeCell(ws.getCell(row, col), cell, fills);

  const taken = tableNamesIn(workbook);
  for (const t of model.tables) writeTable(ws, t, uniqueTableName(taken, t.name), fills);
  for (const c of model.charts)
    writeCellChart(
      ws,
      c,
      model.tables.find((t) => t.name === c.table),
      fills
    );

  const wrap = new Set(model.wrapColumns ?? []);
  // only table cells wrap: free text (titles, notes) runs on over the empty cells beside it
  const inTable = (row: number, col: number) =>
    model.tables.some(
      (t) =>
        row >= t.top &&
        row <= t.top + t.rows.length &&
        col >= t.left &&
        col < t.left + t.columns.length
    );
  ws.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell, col) => {
      const wrapText = wrap.has(col) && inTable(row.number, col);
      cell.style = {
        ...cell.style,
        alignment: { ...cell.style.alignment, vertical: "top", ...(wrapText ? { wrapText } : {}) },
      };
      if (wrapText)
        lines = Math.max(lines, wrappedLines(cell.text, model.columnWidths[col - 1] ?? 9));
    });
    // Neither ExcelJS nor every reader sizes rows to wrapped text: set the height from a line estimate.
    if (lines > 1) row.height = LINE_HEIGHT * lines;
  });
  for (const { row, cell } of model.cells) {
    const height = cell.intent === "title" ? 24 : cell.intent === "subtitle" ? 18 : 0;
    if (height > 0) ws.getRow(row).height = height;
  }
  return ws;
}
