import { SEVERITY_FILL } from "../../../core/highlight";
import type { Rating } from "../../../core/schema/action";
import type {
  FormatIntent,
  SheetCell,
  SheetModel,
  SheetTable,
} from "../../../core/summary/sheetModel";
import { FORMULA_LIKE, RATING_FILL } from "../writeStyles";
import { a1, colLetters } from "./a1";
import type { FontSpec, XfSpec } from "./styles";
import { NS } from "./workbook";
import { printXml } from "./printSetup";
import { escapeText, escapeXml } from "./xml";

type Fills = Readonly<Partial<Record<FormatIntent, string>>>;

const LINK_RGB = "0563C1";
const LINE_HEIGHT = 15;

const FONTS: Partial<Record<FormatIntent, FontSpec>> = {
  title: { bold: true, size: 16 },
  subtitle: { bold: true, size: 12 },
  label: { bold: true },
  header: { bold: true },
  note: { italic: true, rgb: "595959" },
};

const NUMBER_FORMATS: Partial<Record<FormatIntent, string>> = {
  percent: "0%",
  date: "dd/mm/yyyy",
  integer: "0",
};

function intentFill(intent: FormatIntent, fills: Fills): string | undefined {
  const override = fills[intent];
  if (override) return override;
  if (intent.startsWith("rating-")) return RATING_FILL[intent.slice(7) as Rating];
  if (intent.startsWith("severity-"))
    return SEVERITY_FILL[intent.slice(9) as keyof typeof SEVERITY_FILL];
  return undefined;
}

/** The cell format for a model cell, as the ExcelJS writer styled it. */
export function cellSpec(cell: SheetCell, fills: Fills, wrap: boolean): XfSpec {
  const intent = cell.intent;
  let font: FontSpec | undefined = intent
    ? (FONTS[intent] ?? (intent.startsWith("rating-") ? { bold: true } : undefined))
    : undefined;
  if (cell.link) font = { ...font, underline: true, rgb: LINK_RGB };
  const fill = intent ? intentFill(intent, fills) : undefined;
  const textLike = typeof cell.value === "string" && FORMULA_LIKE.test(cell.value);
  const numFmt = (intent ? NUMBER_FORMATS[intent] : undefined) ?? (textLike ? "@" : undefined);
  return {
    ...(font ? { font } : {}),
    ...(fill ? { fill } : {}),
    ...(numFmt ? { numFmt } : {}),
    vertical: "top",
    ...(wrap ? { wrap: true } : {}),
  };
}

function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1));
  return text.split(/\r?\n/).reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
}

/** Column headers must be unique and non-blank in an Excel table. */
export function uniqueHeaders(columns: readonly string[]): string[] {
  const seen = new Set<string>();
  return columns.map((c, i) => {
    let name = c.trim() || `Column ${i + 1}`;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${c.trim() || "Column"} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

interface Placed {
  readonly cell: SheetCell;
  readonly spec: XfSpec;
}

/** Every cell of the model at its place: free cells, then each table's header and rows. */
export function placeCells(model: SheetModel): Map<number, Map<number, Placed>> {
  const fills = model.fills ?? {};
  const wrapCols = new Set(model.wrapColumns ?? []);
  const grid = new Map<number, Map<number, Placed>>();
  // one spec object per kind of cell (tens of thousands of exception cells share a handful)
  const specs = new Map<string, XfSpec>();
  const specOf = (cell: SheetCell, wrap: boolean): XfSpec => {
    const textLike = typeof cell.value === "string" && FORMULA_LIKE.test(cell.value);
    const key = `${cell.intent ?? ""}|${cell.link ? 1 : 0}|${textLike ? 1 : 0}|${wrap ? 1 : 0}`;
    let spec = specs.get(key);
    if (!spec) specs.set(key, (spec = cellSpec(cell, fills, wrap)));
    return spec;
  };
  const put = (row: number, col: number, cell: SheetCell, spec: XfSpec) => {
    let r = grid.get(row);
    if (!r) grid.set(row, (r = new Map()));
    r.set(col, { cell, spec });
  };
  // free cells (titles, notes, labels) never wrap: their text runs on over the empty cells beside them
  for (const { row, col, cell } of model.cells) put(row, col, cell, specOf(cell, false));
  for (const t of model.tables) {
    const headers = uniqueHeaders(t.columns);
    headers.forEach((h, i) => {
      const filled = t.rows.map((r) => r[i]?.value ?? null).filter((v) => v !== null);
      const numeric = filled.length > 0 && filled.every((v) => typeof v === "number");
      const spec = cellSpec({ value: h, intent: "header" }, fills, wrapCols.has(t.left + i));
      put(t.top, t.left + i, { value: h }, numeric ? { ...spec, horizontal: "right" } : spec);
    });
    t.rows.forEach((r, ri) =>
      headers.forEach((_h, ci) => {
        const cell = r[ci] ?? { value: null };
        put(t.top + 1 + ri, t.left + ci, cell, specOf(cell, wrapCols.has(t.left + ci)));
      })
    );
  }
  return grid;
}

function cellXml(ref: string, cell: SheetCell, s: number): string {
  const v = cell.value;
  if (v === null) return `<c r="${ref}" s="${s}"/>`;
  if (typeof v === "number") return `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
  return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeText(v)}</t></is></c>`;
}

export interface RenderedSheet {
  readonly xml: string;
  /** Where each table sits: its ref and header names, for the table parts. */
  readonly tables: ReadonlyArray<{ table: SheetTable; ref: string; headers: string[] }>;
}

/**
 * A SheetModel as worksheet XML, in schema order. `styleOf` turns a format into a cellXfs index;
 * `drawingRid` and `tableRids` are the relationships of the chart drawing and table parts.
 */
export function renderSheetXml(
  model: SheetModel,
  styleOf: (spec: XfSpec) => number,
  rels: { readonly drawing: string | null; readonly tables: readonly string[] },
  options: { readonly selected: boolean }
): RenderedSheet {
  const grid = placeCells(model);
  const rows = [...grid.keys()].sort((a, b) => a - b);
  const heights = new Map<number, number>();
  for (const { row, cell } of model.cells) {
    const h = cell.intent === "title" ? 24 : cell.intent === "subtitle" ? 18 : 0;
    if (h) heights.set(row, h);
  }
  let maxCol = 1;
  const body = rows.map((r) => {
    const cols = grid.get(r)!;
    let lines = 1;
    const cells = [...cols.keys()]
      .sort((a, b) => a - b)
      .map((c) => {
        const p = cols.get(c)!;
        maxCol = Math.max(maxCol, c);
        if (p.spec.wrap && typeof p.cell.value === "string")
          lines = Math.max(lines, wrappedLines(p.cell.value, model.columnWidths[c - 1] ?? 9));
        return cellXml(a1(r, c), p.cell, styleOf(p.spec));
      });
    const height = heights.get(r) ?? (lines > 1 ? LINE_HEIGHT * lines : 0);
    const ht = height ? ` ht="${height}" customHeight="1"` : "";
    return `<row r="${r}"${ht}>${cells.join("")}</row>`;
  });
  const lastRow = rows.at(-1) ?? 1;
  const cols = model.columnWidths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w + 0.7109375}" customWidth="1"/>`)
    .join("");
  const links: string[] = [];
  for (const [r, colMap] of grid) {
    for (const [c, p] of colMap) {
      const link = p.cell.link;
      if (!link || p.cell.value === null) continue;
      const location = `'${link.sheet.replace(/'/g, "''")}'!${link.address}`;
      links.push(
        `<hyperlink ref="${a1(r, c)}" location="${escapeXml(location)}" display="${escapeXml(String(p.cell.value))}" tooltip="${escapeXml(`Go to ${link.sheet}!${link.address}`)}"/>`
      );
    }
  }
  const tables = model.tables.map((table) => {
    const headers = uniqueHeaders(table.columns);
    const bottom = table.top + Math.max(1, table.rows.length);
    const ref = `${a1(table.top, table.left)}:${a1(bottom, table.left + headers.length - 1)}`;
    return { table, ref, headers };
  });
  const print = printXml(model.print);
  const parts = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`,
    print.sheetPr,
    `<dimension ref="A1:${colLetters(maxCol)}${lastRow}"/>`,
    `<sheetViews><sheetView ${options.selected ? 'tabSelected="1" ' : ""}workbookViewId="0"/></sheetViews>`,
    `<sheetFormatPr defaultRowHeight="15"/>`,
    cols ? `<cols>${cols}</cols>` : "",
    // the rows go into the one join below: a summary of 50,000 exceptions is 50 MB of XML, not to be
    // copied twice
    `<sheetData>`,
    ...body,
    `</sheetData>`,
    links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "",
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    print.pageSetup,
    print.headerFooter,
    rels.drawing ? `<drawing r:id="${rels.drawing}"/>` : "",
    rels.tables.length
      ? `<tableParts count="${rels.tables.length}">${rels.tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`
      : "",
    `</worksheet>`,
  ];
  return { xml: parts.join(""), tables };
}

/** A table part. */
export function tableXml(
  id: number,
  name: string,
  ref: string,
  headers: readonly string[]
): string {
  const columns = headers
    .map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${NS.main}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns><tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}
