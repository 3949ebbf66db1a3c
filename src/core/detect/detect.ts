import { a1 } from "../grid/a1";
import type { SheetGrid, WorkbookGrid } from "../grid/types";
import type { FieldName } from "../schema/fields";
import { isContextLabel, isLabelNote } from "./context";
import { type HeaderCandidate, headerAt, type MatchCache } from "./header";
import type { MatchKind } from "./match";
import { resolveClaims } from "./resolve";
import { withUnheadedRef } from "./unheadedRef";
import { withStatusByContent } from "./statusByContent";
import { hiddenRowSet, ownFill } from "./fills";
import { actionTextOf, leadingRef } from "./refs";
import { isBulletOnly, isMostlyUpperCase, rowTexts, startsWithBullet } from "./rowText";
import { headingAt, isHeadingText, isPeriodHeading, sectionFor } from "./section";
import type {
  CellRead,
  DetectedRow,
  DetectedTable,
  DetectOptions,
  DuplicateMapping,
  MappingNote,
  MappingReason,
} from "./types";
import { type SheetView, sheetView } from "./view";

interface Mapping {
  readonly columns: Partial<Record<FieldName, number>>;
  readonly mapping: MappingNote[];
  readonly duplicates: DuplicateMapping[];
}

const REASON_OF: Record<MatchKind, MappingReason> = {
  synonym: "synonym",
  rule: "rule",
  head: "head-term",
  prefix: "keyword",
  contains: "keyword",
  inferred: "inferred",
};

/**
 * Maps columns to fields; two columns claiming one field: the higher score wins (a bare "Date" loses to
 * "Target date"), then the stronger kind of match, then the leftmost.
 */
function mapColumns(h: HeaderCandidate): Mapping {
  const { chosen: won, claims, matches } = resolveClaims(h.matches);
  const columns: Partial<Record<FieldName, number>> = {};
  const mapping: MappingNote[] = [];
  const duplicates: DuplicateMapping[] = [];
  for (const [field, cols] of claims) {
    const chosen = won.get(field) as number;
    columns[field] = chosen;
    const m = matches.get(chosen);
    mapping.push({
      field,
      col: chosen,
      header: h.headers.get(chosen) ?? "",
      reason: REASON_OF[m?.kind ?? "contains"],
      ...(m ? { score: m.score, detail: m.reason } : {}),
    });
    if (cols.length > 1) duplicates.push({ field, cols, chosen });
  }
  return { columns, mapping, duplicates };
}

function applyOverrides(
  map: Mapping,
  h: HeaderCandidate,
  override: Readonly<Partial<Record<FieldName, number | null>>> | undefined
): Mapping {
  if (!override) return map;
  const columns = { ...map.columns };
  let mapping = [...map.mapping];
  for (const [field, col] of Object.entries(override) as [FieldName, number | null | undefined][]) {
    if (col === undefined) continue;
    mapping = mapping.filter((n) => n.field !== field);
    if (col === null) {
      delete columns[field];
      continue;
    }
    columns[field] = col;
    mapping.push({ field, col, header: h.headers.get(col) ?? "", reason: "override" });
  }
  const duplicates = map.duplicates.filter((d) => !(d.field in override));
  return { columns, mapping, duplicates };
}

/** The sheet rows of one action: its own, then the rows that continue it. */
type Draft = number[];

type RowKind = "skip" | "end" | "heading" | "action" | "join";

interface Body {
  readonly firstCol: number;
  readonly lastCol: number;
  readonly actionCol: number;
  readonly refCol: number | undefined;
  readonly ownerCol: number | undefined;
  readonly dueCol: number | undefined;
}

function looksLikeLoneAction(text: string): boolean {
  if (leadingRef(text) !== null) return true;
  if (startsWithBullet(text) || isMostlyUpperCase(text)) return false;
  return text.trim().length >= 10;
}

/** What `classify` reads of a row's texts: how many, the first (trimmed) and its column, the widest merge. */
interface RowShape {
  n: number;
  first: string;
  firstCol: number;
  mergeWidth: number;
}

/** `wideRowShape`'s answer, reused from row to row (the scan is synchronous and never re-entered). */
const shape: RowShape = { n: 0, first: "", firstCol: 0, mergeWidth: 1 };

/** A text with something other than white space, trimmed only when it starts with white space. */
function hasText(t: string): boolean {
  const c = t.charCodeAt(0);
  return c > 32 && c !== 0xa0 && c < 0x1680 ? true : t.trim() !== "";
}

/**
 * The shape of a row with no merged cell and three texts or more, without building its lists of texts: nearly
 * every row of a big plan. Null when the row has a merged cell, fewer than three texts, or only bullets (the
 * rules for those need the texts themselves).
 */
function wideRowShape(view: SheetView, row: number, b: Body): RowShape | null {
  const text = view.plainText(row);
  if (!text) return null;
  let n = 0;
  let first = "";
  let firstCol = 0;
  let bulletsOnly = true;
  const to = Math.min(b.lastCol, view.lastCol);
  for (let c = Math.max(b.firstCol, view.firstCol); c <= to; c++) {
    const t = text[c - view.firstCol];
    if (t === undefined || t === "" || !hasText(t)) continue;
    if (n === 0) {
      first = t.trim();
      firstCol = c;
    }
    n++;
    // white space counts as a bullet, so the untrimmed text answers as the trimmed one would
    if (bulletsOnly && !isBulletOnly(t)) bulletsOnly = false;
  }
  if (n < 3 || bulletsOnly) return null;
  shape.n = n;
  shape.first = first;
  shape.firstCol = firstCol;
  shape.mergeWidth = 1;
  return shape;
}

/**
 * What a row under a header is: an action, a row that continues the previous action, noise to skip
 * (blank, bullet-only, a lone page header), a section heading (the table ends; rows under it that read as
 * actions are a part of the table in that section), or the end of the table (context text).
 */
function classify(view: SheetView, row: number, b: Body, hasPrevious: boolean): RowKind {
  // three texts or more are never a heading (see isHeadingText)
  let s = wideRowShape(view, row, b);
  if (s === null) {
    const rt = rowTexts(view, row, b.firstCol, b.lastCol);
    if (rt.texts.length === 0) return "skip";
    if (rt.texts.every(isBulletOnly)) return "skip";
    if (isHeadingText(rt.texts)) return "heading";
    s = {
      n: rt.texts.length,
      first: rt.texts[0] as string,
      firstCol: rt.cols[0] as number,
      mergeWidth: rt.mergeWidth,
    };
  }
  const { n, first } = s;
  if (n === 1) {
    const tableWidth = b.lastCol - b.firstCol + 1;
    // a label ("Targets/Success Criteria:") ends the table even when merged across it: what follows is
    // context, not a section of actions
    if (isLabelNote(first)) return "end";
    // a month or a meeting inside a tracker ("May 2012") starts a part: the actions under it were agreed then
    const placed = s.firstCol === b.firstCol || s.firstCol === b.actionCol || s.mergeWidth >= 2;
    if (placed && isPeriodHeading(first)) return "heading";
    if (s.mergeWidth >= 2 && s.mergeWidth * 2 >= tableWidth) return "heading";
  } else if (
    s.firstCol === b.firstCol &&
    leadingRef(first) === null &&
    isContextLabel(first.slice(0, 60))
  ) {
    return "end";
  }
  const action = view.text(row, b.actionCol).trim();
  const ref = b.refCol === undefined ? "" : view.text(row, b.refCol).trim();
  if (hasPrevious && ref === "") {
    // the rest of the previous action's cells, split off by a page break or the PDF the plan came from
    if (action === "" && !(n === 1 && isMostlyUpperCase(first))) return "join";
    if (/^[a-z]/.test(action) && isBlank(view, row, b.ownerCol) && isBlank(view, row, b.dueCol)) {
      return "join";
    }
  }
  if (n === 1) {
    return s.firstCol === b.actionCol && looksLikeLoneAction(first) ? "action" : "skip";
  }
  if (action === "" && ref === "") {
    return isBlank(view, row, b.ownerCol) && isBlank(view, row, b.dueCol) ? "skip" : "action";
  }
  // a number where the action goes is a count ("Green | 7 | Amber | 3"), a summary row, not an action
  if (/^[\d.,%\s]+$/.test(action)) return "skip";
  return "action";
}

function isBlank(view: SheetView, row: number, col: number | undefined): boolean {
  return col === undefined || view.text(row, col).trim() === "";
}

export function readCell(view: SheetView, rows: readonly number[], col: number): CellRead {
  let row = rows[0] as number;
  let text = view.text(row, col).trim();
  for (let i = 1; i < rows.length && text === ""; i++) {
    const t = view.text(rows[i] as number, col).trim();
    if (t !== "") {
      row = rows[i] as number;
      text = t;
    }
  }
  return { row, col, text, value: view.value(row, col), numberFormat: view.format(row, col) };
}

/**
 * `readCell` for an action on one row with no merged cell, the common case: reads the row's arrays once
 * instead of three merge-aware lookups per cell. Null when it does not apply.
 */
function readPlainCells(
  view: SheetView,
  rows: readonly number[],
  fields: ReadonlyArray<readonly [FieldName, number]>
): Partial<Record<FieldName, CellRead>> | null {
  const row = rows[0] as number;
  const text = rows.length === 1 ? view.plainText(row) : null;
  const i = row - view.firstRow;
  const values = text && view.sheet.values[i];
  const formats = values && view.sheet.numberFormat[i];
  if (!text || !values || !formats) return null;
  const cells: Partial<Record<FieldName, CellRead>> = {};
  // indexed, not destructured: a pattern over a pair runs the iterator protocol on every cell
  for (let k = 0; k < fields.length; k++) {
    const pair = fields[k] as readonly [FieldName, number];
    const field = pair[0];
    const col = pair[1];
    const c = col - view.firstCol;
    cells[field] = {
      row,
      col,
      text: (text[c] ?? "").trim(),
      value: values[c] ?? null,
      numberFormat: formats[c] ?? "General",
    };
  }
  return cells;
}

function buildRow(
  view: SheetView,
  rows: Draft,
  fields: ReadonlyArray<readonly [FieldName, number]>,
  hasRefCol: boolean,
  actionCol: number,
  bounds: { readonly firstCol: number; readonly lastCol: number }
): DetectedRow {
  let cells = readPlainCells(view, rows, fields);
  if (cells === null) {
    cells = {};
    for (const [field, col] of fields) cells[field] = readCell(view, rows, col);
  }
  let actionRaw = view.text(rows[0] as number, actionCol).trim();
  for (let i = 1; i < rows.length; i++) {
    const t = view.text(rows[i] as number, actionCol).trim();
    if (t !== "") actionRaw = actionRaw === "" ? t : `${actionRaw}\n${t}`;
  }
  const status = cells.status;
  if (status && status.text === "") {
    const fill = ownFill(view.sheet, status.row, status.col, bounds.firstCol, bounds.lastCol);
    if (fill) cells.status = { ...status, fill };
  }
  let ref: string | null;
  if (hasRefCol) {
    const t = cells.ref?.text ?? "";
    ref = t === "" ? null : t;
  } else ref = leadingRef(actionRaw);
  const row: DetectedRow = {
    row: rows[0] as number,
    rows,
    cells,
    ref,
    actionText: actionTextOf(actionRaw),
  };
  const hiddenRows = hiddenRowSet(view.sheet);
  return hiddenRows !== null && rows.some((r) => hiddenRows.has(r))
    ? { ...row, hidden: true }
    : row;
}

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
  options: DetectOptions = {},
  cache: MatchCache = new Map()
): Generator<DetectedTable> {
  const view = sheetView(sheet);
  if (view.lastRow < view.firstRow) return;
  const headers: HeaderCandidate[] = [];
  for (let r = view.firstRow; r <= view.lastRow; r++) {
    const found = headerAt(view, r, cache);
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
  // header readings by cell text, shared by the sheets: a plan's sheets repeat its owners, dates and statuses
  const cache: MatchCache = new Map();
  for (const s of wb.sheets) if (!only || only.has(s.name)) yield* eachTable(s, options, cache);
}
