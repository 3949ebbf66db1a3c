import type { TrendChart } from "../../../core/summary/history";
import type { FormatIntent, SheetPrint } from "../../../core/summary/sheetModel";
import { ownershipName } from "../writeOwnership";
import { a1, colLetters } from "./a1";
import { findOwned, freeSheetName } from "./ownSheets";
import type { Package } from "./opc";
import { printXml, setPrintNames } from "./printSetup";
import { drawTrendChart } from "./trendChart";
import { cellSpec } from "./renderSheet";
import type { StyleBook } from "./styles";
import { NS, quoteSheet, type WorkbookPart } from "./workbook";
import { attr, escapeText, findElement, setAttr } from "./xml";

type Value = string | number | null;

/** The history prints one page wide, its header row on every page. */
const HISTORY_PRINT: SheetPrint = {
  orientation: "landscape",
  fitToWidth: true,
  repeatRows: { first: 1, last: 1 },
  pageNumbers: true,
};

/** The last row number in a worksheet's sheetData (0 when it has none). */
function lastRow(xml: string): number {
  const data = findElement(xml, "sheetData");
  if (!data) return 0;
  let n = 0;
  for (const m of xml.slice(data.inner, data.innerEnd).matchAll(/<(?:[\w.-]+:)?row\b[^>]*>/g)) {
    const r = attr(m[0], "r");
    n = r ? Number(r) : n + 1;
  }
  return n;
}

/**
 * Appends rows to the tool's history sheet (found by its mark), creating it with a bold header row, a
 * frozen header and a filter when missing. `intents` give each column's format (the report date is a date);
 * `chart`, when given, is drawn (again) over every row.
 */
export function appendHistoryRows(
  pkg: Package,
  wb: WorkbookPart,
  styles: StyleBook,
  kind: string,
  header: readonly string[],
  rows: ReadonlyArray<readonly Value[]>,
  intents: ReadonlyArray<FormatIntent | undefined> = [],
  chart?: TrendChart
): string {
  const name = appendRowsOnly(pkg, wb, styles, kind, header, rows, intents);
  const part = wb.sheets().find((s) => s.name === name)?.part;
  if (chart && part) drawTrendChart(pkg, part, name, Math.max(header.length, 1), chart);
  return name;
}

type RenderRow = (r: number, values: readonly Value[], head?: boolean) => string;

/** Renders one row of the history: inline strings, each cell styled by its column's format. */
function rowRenderer(
  styles: StyleBook,
  intents: ReadonlyArray<FormatIntent | undefined>
): RenderRow {
  return (r, values, head = false) => {
    const cells = values.map((v, i) => {
      const ref = a1(r, i + 1);
      // a header over figures sits right, over them: left, it reads as the label of the next column's figure
      const spec = head
        ? {
            ...cellSpec({ value: v, intent: "header" }, {}, false),
            ...(intents[i] ? { horizontal: "right" as const } : {}),
          }
        : cellSpec({ value: v, ...(intents[i] ? { intent: intents[i] } : {}) }, {}, false);
      const s = styles.xf(spec);
      if (v === null) return `<c r="${ref}" s="${s}"/>`;
      if (typeof v === "number") return `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
      return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeText(v)}</t></is></c>`;
    });
    return `<row r="${r}">${cells.join("")}</row>`;
  };
}

/** `xml` with the `ref` of its first `name` element (autoFilter, dimension) set, when it has one. */
function withRef(xml: string, name: string, ref: string): string {
  const el = findElement(xml, name);
  if (!el) return xml;
  const tag = setAttr(el.tag, "ref", ref);
  return xml.slice(0, el.start) + tag + xml.slice(el.start + el.tag.length);
}

/** The existing history sheet with `rows` after its last; null when it has no sheetData to add to. */
function appendedXml(
  xml: string,
  rows: ReadonlyArray<readonly Value[]>,
  width: number,
  render: RenderRow
): string | null {
  const data = findElement(xml, "sheetData");
  if (!data) return null;
  const start = lastRow(xml) + 1;
  const added = rows.map((r, i) => render(start + i, r)).join("");
  const ref = `A1:${a1(start + rows.length - 1, width)}`;
  const next = data.tag.endsWith("/>")
    ? `${xml.slice(0, data.start)}<sheetData>${added}</sheetData>${xml.slice(data.end)}`
    : xml.slice(0, data.innerEnd) + added + xml.slice(data.innerEnd);
  return withRef(withRef(next, "autoFilter", ref), "dimension", ref);
}

/** A new history sheet's XML: the header frozen and filtered, one column per header, printable. */
function newHistoryXml(
  header: readonly string[],
  rows: ReadonlyArray<readonly Value[]>,
  width: number,
  render: RenderRow
): string {
  const end = 1 + rows.length;
  const cols = header
    .map(
      (h, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${Math.max(12, h.length + 4)}" customWidth="1"/>`
    )
    .join("");
  const print = printXml(HISTORY_PRINT);
  const body = [render(1, header, true), ...rows.map((r, i) => render(2 + i, r))].join("");
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`,
    print.sheetPr,
    `<dimension ref="A1:${a1(end, width)}"/>`,
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`,
    `<sheetFormatPr defaultRowHeight="15"/>`,
    cols ? `<cols>${cols}</cols>` : "",
    `<sheetData>${body}</sheetData>`,
    `<autoFilter ref="A1:${colLetters(width)}${end}"/>`,
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    print.pageSetup,
    print.headerFooter,
    `</worksheet>`,
  ].join("");
}

function appendRowsOnly(
  pkg: Package,
  wb: WorkbookPart,
  styles: StyleBook,
  kind: string,
  header: readonly string[],
  rows: ReadonlyArray<readonly Value[]>,
  intents: ReadonlyArray<FormatIntent | undefined>
): string {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const render = rowRenderer(styles, intents);
  const owned = findOwned(wb, kind);
  if (owned?.part) {
    const next = appendedXml(pkg.text(owned.part) ?? "", rows, width, render);
    if (next !== null) {
      pkg.set(owned.part, next);
      return owned.name;
    }
  }
  const { part, entry } = wb.addSheet(freeSheetName(wb, kind));
  pkg.set(part, newHistoryXml(header, rows, width, render));
  wb.setDefinedName(ownershipName(kind), `${quoteSheet(entry.name)}!$A$1`);
  setPrintNames(wb, entry.name, HISTORY_PRINT);
  return entry.name;
}
