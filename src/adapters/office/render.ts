import { a1, columnLetter, quoteSheetName, rangeA1 } from "../../core/grid/a1";
import { HIGHLIGHT_FILL, RATING_COLOURS, SEVERITY_COLOURS } from "../../core/palette/palette";
import type {
  FormatIntent,
  SheetCell,
  SheetModel,
  SheetTable,
} from "../../core/summary/sheetModel";
import { cellsToRects, chunkAddresses } from "./areas";
import { BYTES_PER_COMMAND, DEFAULT_BATCH_BUDGET, packBatches } from "./batches";
import { PRINT_COMMANDS, queuePrint } from "./pageLayout";

interface Style {
  bold?: boolean;
  fill?: string;
  font?: string;
}

function rating(r: keyof typeof RATING_COLOURS): Style {
  return { fill: `#${RATING_COLOURS[r].fill}`, font: `#${RATING_COLOURS[r].ink}` };
}

/** Formats by intent, colours from the core palette (the CLI's copy uses the same); the words are always written too. */
export const INTENT_STYLE: Readonly<Record<FormatIntent, Style>> = {
  title: { bold: true },
  subtitle: { font: "#404040" },
  label: { bold: true },
  note: { font: "#595959" },
  header: { bold: true },
  percent: {},
  date: {},
  integer: {},
  "rating-complete": rating("complete"),
  "rating-red": rating("red"),
  "rating-amber": rating("amber"),
  "rating-green": rating("green"),
  "rating-not-rated": rating("not-rated"),
  "severity-error": { fill: `#${SEVERITY_COLOURS.error}` },
  "severity-warning": { fill: `#${SEVERITY_COLOURS.warning}` },
  "severity-info": { fill: `#${SEVERITY_COLOURS.info}` },
  "highlight-missing": { fill: `#${HIGHLIGHT_FILL.missing}` },
  "highlight-red": { fill: `#${HIGHLIGHT_FILL.red}` },
  "highlight-amber": { fill: `#${HIGHLIGHT_FILL.amber}` },
  "highlight-open-ended": { fill: `#${HIGHLIGHT_FILL["open-ended"]}` },
  "highlight-check": { fill: `#${HIGHLIGHT_FILL.check}` },
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

/** A table's address: header plus its rows (at least one row, as Excel tables need a body). */
export function tableAddress(t: SheetTable): string {
  const rows = Math.max(1, t.rows.length);
  return rangeA1(t.top, t.left, t.top + rows, t.left + t.columns.length - 1);
}

/** Commands to queue on the sheet, with the bytes they are estimated to add to a request. */
export interface RenderStep {
  readonly bytes: number;
  readonly queue: (ws: Excel.Worksheet) => void;
}

/**
 * The sheet as steps to send: `cells` (number formats before values, row block by row block, then the
 * intent formats and the hyperlinks), each step under `budget` bytes so the caller can pack them into
 * requests; then `finish` (tables, charts, column widths), which must come after every cell step (a table
 * takes its header from the cells) and returns the created tables to name them later.
 */
export interface SheetRender {
  readonly cells: readonly RenderStep[];
  readonly finish: (ws: Excel.Worksheet) => Map<string, Excel.Table>;
  readonly finishBytes: number;
}

/** The model's cells on a dense row-major grid (1-based rows and columns map to index - 1). */
function denseGrid(model: SheetModel): { grid: (SheetCell | undefined)[][]; cols: number } {
  // loops, not Math.max(...spread): a summary of 100,000 actions has more cells than the stack has room for
  let rows = 0;
  let cols = 0;
  for (const c of model.cells) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  for (const t of model.tables) {
    rows = Math.max(rows, t.top + t.rows.length);
    cols = Math.max(cols, t.left + t.columns.length - 1);
    for (const r of t.rows) cols = Math.max(cols, t.left + r.length - 1);
  }
  const grid: (SheetCell | undefined)[][] = [];
  for (let r = 0; r < rows; r++) grid.push(new Array<SheetCell | undefined>(cols));
  const put = (row: number, col: number, cell: SheetCell) => {
    const line = grid[row - 1];
    if (line && col >= 1) line[col - 1] = cell;
  };
  for (const c of model.cells) put(c.row, c.col, c.cell);
  for (const t of model.tables) {
    t.columns.forEach((name, i) => put(t.top, t.left + i, { value: name, intent: "header" }));
    t.rows.forEach((r, j) => r.forEach((cell, i) => put(t.top + 1 + j, t.left + i, cell)));
  }
  return { grid, cols };
}

/** Values and number formats, in row blocks of at most `budget` bytes each (a row over it goes alone). */
function cellSteps(grid: (SheetCell | undefined)[][], cols: number, budget: number): RenderStep[] {
  if (grid.length === 0 || cols === 0) return [];
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const costs: number[] = [];
  for (const line of grid) {
    const vr: (string | number)[] = new Array<string | number>(cols);
    const fr: string[] = new Array<string>(cols);
    for (let c = 0; c < cols; c++) {
      const cell = line[c];
      vr[c] = cell?.value ?? "";
      fr[c] = cell ? numberFormatFor(cell) : "General";
    }
    values.push(vr);
    formats.push(fr);
    // the JSON the row adds to the two arrays, as Office.js serialises them (and a comma each)
    costs.push(JSON.stringify(vr).length + JSON.stringify(fr).length + 2);
  }
  const rowIndexes = costs.map((_, i) => i);
  // three commands: the range (four numbers of arguments), its number formats, its values
  const overhead = 3 * BYTES_PER_COMMAND + 40;
  const blocks = packBatches(rowIndexes, (i) => costs[i] ?? 0, budget - overhead);
  return blocks.map((block) => {
    const top = block[0] ?? 0;
    const count = block.length;
    return {
      bytes: block.reduce((sum, i) => sum + (costs[i] ?? 0), overhead),
      queue: (ws) => {
        const range = ws.getRangeByIndexes(top, 0, count, cols);
        range.numberFormat = formats.slice(top, top + count);
        range.values = values.slice(top, top + count);
      },
    };
  });
}

/** One RangeAreas per intent and address list; a model's fill override wins over the intent's fill. */
function formatSteps(model: SheetModel, grid: (SheetCell | undefined)[][]): RenderStep[] {
  const byIntent = new Map<FormatIntent, { row: number; col: number }[]>();
  grid.forEach((line, r) => {
    for (let c = 0; c < line.length; c++) {
      const intent = line[c]?.intent;
      if (!intent) continue;
      let list = byIntent.get(intent);
      if (!list) byIntent.set(intent, (list = []));
      list.push({ row: r + 1, col: c + 1 });
    }
  });
  const steps: RenderStep[] = [];
  for (const [intent, list] of byIntent) {
    const override = model.fills?.[intent];
    const style: Style = { ...INTENT_STYLE[intent], ...(override ? { fill: `#${override}` } : {}) };
    const props = [style.bold, style.fill, style.font].filter(Boolean).length;
    if (props === 0) continue;
    for (const address of chunkAddresses(cellsToRects(list))) {
      steps.push({
        bytes: JSON.stringify([address]).length + (1 + props) * BYTES_PER_COMMAND,
        queue: (ws) => {
          const areas = ws.getRanges(address);
          if (style.bold) areas.format.font.bold = true;
          if (style.font) areas.format.font.color = style.font;
          if (style.fill) areas.format.fill.color = style.fill;
        },
      });
    }
  }
  return steps;
}

/** A hyperlink is a command per cell (Office.js has no bulk form); each is its own small step. */
function linkSteps(grid: (SheetCell | undefined)[][]): RenderStep[] {
  const steps: RenderStep[] = [];
  grid.forEach((line, r) => {
    for (let c = 0; c < line.length; c++) {
      const cell = line[c];
      const link = cell?.link;
      if (!cell || !link) continue;
      const address = a1(r + 1, c + 1);
      const hyperlink = {
        documentReference: `${quoteSheetName(link.sheet)}!${link.address}`,
        textToDisplay: String(cell.value ?? link.address),
        screenTip: `Go to ${link.sheet}!${link.address}`,
      };
      steps.push({
        bytes:
          JSON.stringify([address]).length +
          JSON.stringify(hyperlink).length +
          2 * BYTES_PER_COMMAND,
        queue: (ws) => {
          ws.getRange(address).hyperlink = hyperlink;
        },
      });
    }
  });
  return steps;
}

/** The table columns whose text wraps (the model's wrap columns, inside each table), as addresses. */
function tableWrapRanges(model: SheetModel, cols: number): string[] {
  const wrap = new Set((model.wrapColumns ?? []).filter((c) => c >= 1 && c <= cols));
  const ranges: string[] = [];
  for (const t of model.tables) {
    const bottom = t.top + Math.max(1, t.rows.length);
    for (let c = t.left; c < t.left + t.columns.length; c++)
      if (wrap.has(c)) ranges.push(rangeA1(t.top, c, bottom, c));
  }
  return ranges;
}

/**
 * Plans the whole sheet as steps (see SheetRender). Formats go before values so "@" is in place when
 * text arrives; no cell step is larger than `budget` unless a single row is.
 */
export function planRender(model: SheetModel, budget: number = DEFAULT_BATCH_BUDGET): SheetRender {
  const { grid, cols } = denseGrid(model);
  const cells = [...cellSteps(grid, cols, budget), ...formatSteps(model, grid), ...linkSteps(grid)];
  const charts = model.charts.length;
  const wrapRanges = tableWrapRanges(model, cols);
  const finishOps =
    model.tables.length * 2 +
    charts * 6 +
    model.columnWidths.length * 2 +
    wrapRanges.length * 2 +
    (model.print ? PRINT_COMMANDS : 0);
  const finish = (ws: Excel.Worksheet): Map<string, Excel.Table> => {
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
    // as the .xlsx writer does: long sections and reasons wrap inside the tables, and Excel sizes the rows;
    // free text (titles, notes) is left to run on over the empty cells beside it
    for (const address of wrapRanges) ws.getRange(address).format.wrapText = true;
    queuePrint(ws, model.print);
    return tables;
  };
  const titles = model.charts.reduce((n, ch) => n + ch.title.length, 0);
  return { cells, finish, finishBytes: finishOps * BYTES_PER_COMMAND + titles };
}
