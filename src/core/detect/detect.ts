import { a1 } from "../grid/a1";
import type { SheetGrid, WorkbookGrid } from "../grid/types";
import type { FieldName } from "../schema/fields";
import { buildRow } from "./actionRow";
import { type Body, classify } from "./classify";
import { type HeaderCandidate, headerAt } from "./header";
import { applyOverrides, mapColumns } from "./mapping";
import { withUnheadedRef } from "./unheadedRef";
import { withStatusByContent } from "./statusByContent";
import { headingAt, sectionFor } from "./section";
import type { DetectedTable, DetectOptions } from "./types";
import { sheetView, type SheetView } from "./view";

export { readCell } from "./actionRow";

/** The sheet rows of one action: its own, then the rows that continue it. */
type Draft = number[];

/** Finds every action table in one sheet. */
export function detectTables(sheet: SheetGrid, options: DetectOptions = {}): DetectedTable[] {
  return [...eachTable(sheet, options)];
}

/**
 * The tables of one sheet, one at a time: a caller that checks each table as it comes lets its rows die
 * young, so a 100,000-row workbook never holds every detected row at once.
 */
export function* eachTable(
  sheet: SheetGrid,
  options: DetectOptions = {}
): Generator<DetectedTable> {
  const view = sheetView(sheet);
  if (view.lastRow < view.firstRow) return;
  const headers: HeaderCandidate[] = [];
  for (let r = view.firstRow; r <= view.lastRow; r++) {
    const found = headerAt(view, r);
    const h = found && withStatusByContent(view, withUnheadedRef(view, found));
    if (h) {
      headers.push(h);
      r += h.rows - 1;
    }
  }
  let previous: DetectedTable | null = null;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as HeaderCandidate;
    const stop =
      i + 1 < headers.length ? (headers[i + 1] as HeaderCandidate).row - 1 : view.lastRow;
    const headerKey = `${sheet.name}!${a1(h.row, h.firstCol)}`;
    const boundaryTop = previous ? previous.lastRow + 1 : view.firstRow;
    // the header's own table, then a part for each section heading inside it that has actions under it
    let part: Part | null = {
      key: headerKey,
      top: h.row,
      from: h.row + h.rows,
      section: sectionFor(view, h.row, boundaryTop, previous),
    };
    while (part) {
      const { table, heading } = readPart(view, sheet.name, h, part, headerKey, stop, options);
      if (part.partOf === undefined || table.rows.length > 0) {
        // the next table needs only where this one ended and its section
        previous = table;
        yield table;
      }
      part =
        heading === null
          ? null
          : {
              key: `${sheet.name}!${a1(heading, h.firstCol)}`,
              top: heading,
              from: heading + 1,
              section: headingAt(view, heading),
              partOf: headerKey,
            };
    }
  }
}

/** A table under a header: the header's own, or a part of it under a section heading inside the table. */
interface Part {
  readonly key: string;
  /** Its first row: the header, or the heading. */
  readonly top: number;
  /** Where its rows start. */
  readonly from: number;
  readonly section: string | null;
  /** The key of the header's own table, for a part under a heading. */
  readonly partOf?: string;
}

/**
 * Reads one table under header `h`: its rows from `part.from` to the end of the table, a section heading
 * (returned, for the next part to start after) or `stop`. A part takes the user's correction of its own
 * mapping, else the header table's.
 */
function readPart(
  view: SheetView,
  sheetName: string,
  h: HeaderCandidate,
  part: Part,
  headerKey: string,
  stop: number,
  options: DetectOptions
): { table: DetectedTable; heading: number | null } {
  const override = options.overrides?.[part.key] ?? options.overrides?.[headerKey];
  const map = applyOverrides(mapColumns(h), h, override);
  const columns = map.columns;
  const actionCol = columns.action ?? h.firstCol;
  const body: Body = {
    firstCol: h.firstCol,
    lastCol: h.lastCol,
    actionCol,
    refCol: columns.ref,
    ownerCol: columns.owner,
    dueCol: columns.due,
  };
  const drafts: Draft[] = [];
  let heading: number | null = null;
  for (let r = part.from; r <= stop; r++) {
    const kind = classify(view, r, body, drafts.length > 0);
    if (kind === "heading") heading = r;
    if (kind === "end" || kind === "heading") break;
    if (kind === "action") drafts.push([r]);
    else if (kind === "join") drafts[drafts.length - 1]?.push(r);
  }
  const only = options.cellFields;
  const fields = (Object.entries(columns) as [FieldName, number][]).filter(
    ([f]) => !only || f === "ref" || only.includes(f)
  );
  const rows = drafts.map((d) =>
    buildRow(view, d, fields, columns.ref !== undefined, actionCol, h)
  );
  const mapping = [...map.mapping];
  if (columns.ref === undefined && rows.some((r) => r.ref !== null)) {
    mapping.push({
      field: "ref",
      col: actionCol,
      header: h.headers.get(actionCol) ?? "",
      reason: "ref-in-action-text",
    });
  }
  const lastDraft = drafts[drafts.length - 1];
  const headerTexts: Record<number, string> = {};
  for (const [c, t] of h.headers) headerTexts[c] = t;
  const table: DetectedTable = {
    sheet: sheetName,
    key: part.key,
    headerRow: h.row,
    headerRows: h.rows,
    ...(part.partOf === undefined ? {} : { firstRow: part.top, partOf: part.partOf }),
    firstCol: h.firstCol,
    lastCol: h.lastCol,
    lastRow: lastDraft
      ? (lastDraft[lastDraft.length - 1] as number)
      : Math.max(part.top, h.row + h.rows - 1),
    section: part.section,
    columns,
    headers: headerTexts,
    mapping: mapping.sort((a, b) => a.col - b.col),
    duplicates: map.duplicates,
    rows,
  };
  return { table, heading };
}

/** Finds every action table in a workbook, sheet by sheet (only the named sheets when `sheets` is given). */
export function detectWorkbook(
  wb: WorkbookGrid,
  options: DetectOptions & { readonly sheets?: readonly string[] } = {}
): DetectedTable[] {
  return [...eachWorkbookTable(wb, options)];
}

/** `detectWorkbook` one table at a time (see `eachTable`). */
export function* eachWorkbookTable(
  wb: WorkbookGrid,
  options: DetectOptions & { readonly sheets?: readonly string[] } = {}
): Generator<DetectedTable> {
  const only = options.sheets && options.sheets.length > 0 ? new Set(options.sheets) : null;
  for (const s of wb.sheets) if (!only || only.has(s.name)) yield* eachTable(s, options);
}
