import {
  CHECKED_COPY_NAME,
  CHECKED_COPY_VALUE,
  formulaText,
  OWN_SHEETS_NAME,
  ownSheetsFrom,
} from "../../core/ownSheets";
import type { SheetGrid, WorkbookGrid } from "../../core/grid/types";
import {
  declaredSizeProblem,
  mergesProblem,
  usedAreaProblem,
  XLSX_LIMITS,
  type XlsxLimits,
} from "./limits";
import { parsePart, readWorkbookPart, workbookPath, type WorkbookPart } from "./readParts";
import { readSharedStrings } from "./readSharedStrings";
import { SheetReader } from "./readSheet";
import { grid } from "./readSheetGrid";
import { readStyles, readTheme } from "./readStyles";
import { ZipError, ZipOverrunError, ZipPackage, type RawInflater } from "./readZip";

/** What to read. */
export interface ReadOptions {
  /**
   * Leave out the sheets the tool wrote itself (RAG Summary, RAG History, roll-up sheets), found by
   * their ownership names ("APC_Owned_…" defined names, see writeOwnership.ts). A check wants this: its
   * own exceptions table would otherwise be read as another action plan on the next run.
   */
  readonly skipOwnSheets?: boolean;
  readonly limits?: XlsxLimits;
  /** How parts are inflated: fflate unless the host passes a faster one (the CLI passes Node's zlib). */
  readonly inflater?: RawInflater;
}

/** A refusal whose message is the whole sentence (the size limits, a damaged part). */
class Refusal extends Error {}

const unreadable = (why: string): Error =>
  new Error(`This file is not a readable .xlsx workbook (${why}).`);

/** "'RAG Summary'!$A$1" → "RAG Summary". */
function sheetOfFormula(formula: string): string | null {
  const bang = formula.lastIndexOf("!");
  if (bang < 0) return null;
  const raw = formula.slice(0, bang).trim();
  return raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/**
 * Names of the sheets the tool made: those its APC_Owned_* names point at (as `ownedSheetNames`) and
 * those its `_APC_OwnSheets` marker lists (core/ownSheets), from workbook.xml.
 */
function ownSheets(book: WorkbookPart): Set<string> {
  const names = new Set<string>();
  const present = new Set(book.sheets.map((s) => s.name));
  for (const d of book.definedNames) {
    if (d.name === OWN_SHEETS_NAME) {
      for (const sheet of ownSheetsFrom(d.formula)) if (present.has(sheet)) names.add(sheet);
      continue;
    }
    if (!d.name.startsWith("APC_Owned_")) continue;
    for (const part of d.formula.split(",")) {
      const sheet = sheetOfFormula(part);
      if (sheet !== null && present.has(sheet)) names.add(sheet);
    }
  }
  return names;
}

function openPackage(bytes: Uint8Array, inflater: RawInflater | undefined): ZipPackage {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw unreadable("it is not a zip package");
  }
  try {
    return new ZipPackage(bytes, inflater);
  } catch (e) {
    throw unreadable((e as Error).message);
  }
}

/** The part a workbook relationship of `type` points at, else the first part whose name matches `fallback`. */
function partOf(zip: ZipPackage, book: WorkbookPart, type: string, fallback: RegExp) {
  const rel = book.rels.find((r) => r.type === type && !r.external && zip.entry(r.target));
  return rel?.target ?? zip.list().find((e) => fallback.test(e.name))?.name;
}

async function readAll(zip: ZipPackage, options: ReadOptions): Promise<WorkbookGrid> {
  const limits = options.limits ?? XLSX_LIMITS;
  const declared = declaredSizeProblem(zip.list(), limits);
  if (declared) throw new Refusal(declared);
  const book = await readWorkbookPart(zip, await workbookPath(zip));
  if (!book) throw unreadable("it has no workbook part");
  const worksheets = book.sheets.filter((s) => s.kind === "worksheet" && s.part);
  if (worksheets.length === 0 || !worksheets.some((s) => s.part && zip.entry(s.part))) {
    throw unreadable("it has no worksheets");
  }
  const theme = await readTheme(zip, partOf(zip, book, "theme", /^\/?xl\/theme\/theme1\.xml$/i));
  const styles = await readStyles(zip, partOf(zip, book, "styles", /^\/?xl\/styles\.xml$/i), theme);
  const shared = await readSharedStrings(
    zip,
    partOf(zip, book, "sharedStrings", /^\/?xl\/sharedStrings\.xml$/i)
  );
  const skip = options.skipOwnSheets ? ownSheets(book) : new Set<string>();
  let mergedCells = 0;
  const sheets: SheetGrid[] = [];
  for (const s of worksheets) {
    const entry = s.part ? zip.entry(s.part) : undefined;
    if (!entry || skip.has(s.name)) continue;
    const refuse = (problem: string | null): void => {
      if (problem) throw new Refusal(problem);
    };
    const reader = new SheetReader({
      styles,
      date1904: book.date1904,
      sharedString: (i) => shared[i],
      checkMerges: (count, cells) =>
        refuse(mergesProblem(s.name, count, mergedCells + cells, limits)),
      checkArea: (rows, cols) => refuse(usedAreaProblem(s.name, rows, cols, limits)),
    });
    await parsePart(zip, entry, reader);
    mergedCells += reader.merges.reduce(
      (n, m) => n + (m.bottom - m.top + 1) * (m.right - m.left + 1),
      0
    );
    sheets.push(
      grid(s.name, reader, (rows, cols) => refuse(usedAreaProblem(s.name, rows, cols, limits)))
    );
  }
  const checked = book.definedNames.some(
    (d) => d.name === CHECKED_COPY_NAME && formulaText(d.formula) === CHECKED_COPY_VALUE
  );
  const own = [...ownSheets(book)];
  return {
    sheets,
    ...(own.length ? { ownSheets: own } : {}),
    ...(checked ? { checkedCopy: true } : {}),
  };
}

/**
 * Reads every worksheet of an .xlsx package into grids, straight from its parts: display text as Excel
 * shows it, dates as 1900-system serials with their number format, merged areas, hidden rows and
 * columns, solid fills and protection. Each sheet's XML is streamed (never held whole), so memory is the
 * grid plus the shared strings. Rejects with a plain sentence when the bytes are not a readable .xlsx or
 * the workbook is larger than `XLSX_LIMITS`.
 */
export async function readXlsxGrid(
  data: ArrayBuffer | Uint8Array,
  options: ReadOptions = {}
): Promise<WorkbookGrid> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const zip = openPackage(bytes, options.inflater);
  try {
    return await readAll(zip, options);
  } catch (e) {
    if (e instanceof ZipOverrunError) {
      throw new Error(`this file is damaged: ${e.message} (a broken file or a "zip bomb").`);
    }
    if (e instanceof ZipError) throw unreadable(e.message);
    throw e;
  }
}
