import { a1, columnLetter, quoteSheetName, rangeA1 } from "../../core/grid/a1";
import { SEVERITY_FILL } from "../../core/highlight";
import type {
  FormatIntent,
  SheetCell,
  SheetModel,
  SheetTable,
} from "../../core/summary/sheetModel";
import { cellsToRects, chunkAddresses } from "./areas";

interface Style {
  bold?: boolean;
  fill?: string;
  font?: string;
}

/** Formats by intent. Rating fills follow Excel's Good/Neutral/Bad styles; the rating text is always written too. */
export const INTENT_STYLE: Readonly<Record<FormatIntent, Style>> = {
  title: { bold: true },
  subtitle: { font: "#404040" },
  label: { bold: true },
  note: { font: "#595959" },
  header: { bold: true },
  percent: {},
  date: {},
  integer: {},
  "rating-complete": { fill: "#BDD7EE", font: "#1F3864" },
  "rating-red": { fill: "#FFC7CE", font: "#9C0006" },
  "rating-amber": { fill: "#FFEB9C", font: "#9C5700" },
  "rating-green": { fill: "#C6EFCE", font: "#006100" },
  "rating-not-rated": { fill: "#E7E6E6", font: "#000000" },
  "severity-error": { fill: `#${SEVERITY_FILL.error}` },
  "severity-warning": { fill: `#${SEVERITY_FILL.warning}` },
  "severity-info": { fill: `#${SEVERITY_FILL.info}` },
};

const NUMBER_FORMAT: Partial<Record<FormatIntent, string>> = {
  percent: "0%",
  date: "dd/mm/yyyy",
  integer: "0",
};

/** Text is written under the Text format ("@"), so nothing starting with = + - @ is ever evaluated. */
export function numberFormatFor(cell: SheetCell): string {
  if (typeof cell.value === "string") return "@";
  if (typeof cell.value === "number" && cell.intent) return NUMBER_FORMAT[cell.intent] ?? "General";
  return "General";
}

/** Column widths in the model are characters (as in ExcelJS); Office.js wants points. */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}

/** Every cell the model places, tables included, keyed "row,col". */
export function layout(
  model: SheetModel
): Map<string, { row: number; col: number; cell: SheetCell }> {
  const out = new Map<string, { row: number; col: number; cell: SheetCell }>();
  const put = (row: number, col: number, cell: SheetCell) =>
    out.set(`${row},${col}`, { row, col, cell });
  for (const c of model.cells) put(c.row, c.col, c.cell);
  for (const t of model.tables) {
    t.columns.forEach((name, i) => put(t.top, t.left + i, { value: name, intent: "header" }));
    t.rows.forEach((r, j) => r.forEach((cell, i) => put(t.top + 1 + j, t.left + i, cell)));
  }
  return out;
}

/** A table's address: header plus its rows (at least one row, as Excel tables need a body). */
export function tableAddress(t: SheetTable): string {
  const rows = Math.max(1, t.rows.length);
  return rangeA1(t.top, t.left, t.top + rows, t.left + t.columns.length - 1);
}

/**
 * Queues the whole sheet: formats before values (so "@" is in place when text arrives), one RangeAreas per
 * intent, hyperlinks, tables, charts and column widths. Returns the created tables to name them later.
 */
export function renderSheet(ws: Excel.Worksheet, model: SheetModel): Map<string, Excel.Table> {
  const cells = layout(model);
  // A loop, not Math.max(...spread): a summary of 100,000 actions has more cells than the stack has room for.
  let rows = 0;
  let cols = 0;
  for (const c of cells.values()) {
    if (c.row > rows) rows = c.row;
    if (c.col > cols) cols = c.col;
  }
  if (rows > 0 && cols > 0) {
    const values: (string | number)[][] = [];
    const formats: string[][] = [];
    for (let r = 1; r <= rows; r++) {
      const vr: (string | number)[] = [];
      const fr: string[] = [];
      for (let c = 1; c <= cols; c++) {
        const cell = cells.get(`${r},${c}`)?.cell;
        vr.push(cell?.value ?? "");
        fr.push(cell ? numberFormatFor(cell) : "General");
      }
      values.push(vr);
      formats.push(fr);
    }
    const block = ws.getRangeByIndexes(0, 0, rows, cols);
    block.numberFormat = formats;
    block.values = values;
  }

  const byIntent = new Map<FormatIntent, { row: number; col: number }[]>();
  for (const c of cells.values()) {
    if (!c.cell.intent) continue;
    byIntent.set(c.cell.intent, [...(byIntent.get(c.cell.intent) ?? []), c]);
  }
  for (const [intent, list] of byIntent) {
    const style = INTENT_STYLE[intent];
    if (!style.bold && !style.fill && !style.font) continue;
    for (const address of chunkAddresses(cellsToRects(list))) {
      const areas = ws.getRanges(address);
      if (style.bold) areas.format.font.bold = true;
      if (style.font) areas.format.font.color = style.font;
      if (style.fill) areas.format.fill.color = style.fill;
    }
  }

  for (const c of cells.values()) {
    const link = c.cell.link;
    if (!link) continue;
    ws.getRange(a1(c.row, c.col)).hyperlink = {
      documentReference: `${quoteSheetName(link.sheet)}!${link.address}`,
      textToDisplay: String(c.cell.value ?? link.address),
      screenTip: `Go to ${link.sheet}!${link.address}`,
    };
  }

  const tables = new Map<string, Excel.Table>();
  for (const t of model.tables) {
    const table = ws.tables.add(tableAddress(t), true);
    table.style = "TableStyleLight9";
    tables.set(t.name, table);
  }

  for (const ch of model.charts) {
    const t = model.tables.find((x) => x.name === ch.table);
    if (!t || t.rows.length === 0 || ch.valueColumn < 1 || ch.valueColumn >= t.columns.length)
      continue;
    const bottom = t.top + t.rows.length;
    const valueCol = t.left + ch.valueColumn;
    const chart = ws.charts.add(
      ch.kind === "pie" ? "Pie" : "BarClustered",
      ws.getRange(rangeA1(t.top, valueCol, bottom, valueCol)),
      "Columns"
    );
    chart.series
      .getItemAt(0)
      .setXAxisValues(ws.getRange(rangeA1(t.top + 1, t.left, bottom, t.left)));
    chart.title.text = ch.title;
    chart.setPosition(a1(ch.top, ch.left));
  }

  model.columnWidths.forEach((w, i) => {
    const letter = columnLetter(i + 1);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(w);
  });
  return tables;
}
