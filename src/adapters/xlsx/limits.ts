/**
 * How big a workbook the reader takes on. ExcelJS holds every cell as an object (measured: a sheet whose
 * XML is 51 MB, 1 million cells, takes 7 s and 340 MB of heap to load), and it builds a cell object for
 * every cell a merged area covers, checking each new merge against all earlier ones (10,000 merges take
 * about 6 s). Beyond these limits a file is refused with a sentence instead of exhausting memory.
 */
export interface XlsxLimits {
  /** Uncompressed bytes of the worksheets and the shared strings together. */
  readonly sheetBytes: number;
  /** Uncompressed bytes of every part of the package (images included). */
  readonly packageBytes: number;
  /** Cells in one sheet's declared `<dimension>` or used area (rows × columns). */
  readonly sheetCells: number;
  /** Cells covered by merged areas, over the whole workbook. */
  readonly mergedCells: number;
  /** Merged areas in one sheet. */
  readonly mergesPerSheet: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  sheetBytes: 200_000_000,
  packageBytes: 500_000_000,
  sheetCells: 20_000_000,
  mergedCells: 2_000_000,
  mergesPerSheet: 10_000,
};

export const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
const SHARED_STRINGS = /^xl\/sharedStrings\.xml$/i;

const count = (n: number): string => n.toLocaleString("en-GB");
const megabytes = (n: number): string => `${count(Math.ceil(n / 1_000_000))} MB`;

/** The start of every refusal, so the CLI's message reads "plan.xlsx: this workbook is too large …". */
const TOO_LARGE = "this workbook is too large to check:";

export interface Area {
  readonly rows: number;
  readonly cols: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** "A1:Z2000000" → 2,000,000 rows × 26 columns; null when it is not a cell range. */
export function refArea(ref: string): Area | null {
  const m = /^\$?([A-Za-z]{1,4})\$?(\d{1,9})(?::\$?([A-Za-z]{1,4})\$?(\d{1,9}))?$/.exec(ref.trim());
  if (!m || !m[1] || !m[2]) return null;
  const r1 = Number(m[2]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c1 = columnNumber(m[1]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  return { rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** The refusal for parts whose stated sizes are over the limits (read from the zip's directory). */
export function declaredSizeProblem(
  parts: ReadonlyArray<{ readonly name: string; readonly size: number }>,
  limits: XlsxLimits = XLSX_LIMITS
): string | null {
  const isSheetPart = (name: string): boolean => SHEET_PART.test(name) || SHARED_STRINGS.test(name);
  const sheets = parts.filter((p) => isSheetPart(p.name)).reduce((n, p) => n + p.size, 0);
  if (sheets > limits.sheetBytes) {
    return `${TOO_LARGE} its sheets expand to ${megabytes(sheets)}; the limit is ${megabytes(limits.sheetBytes)}.`;
  }
  const all = parts.reduce((n, p) => n + p.size, 0);
  if (all > limits.packageBytes) {
    return `${TOO_LARGE} its contents expand to ${megabytes(all)}; the limit is ${megabytes(limits.packageBytes)}.`;
  }
  return null;
}

/** The refusal for a sheet whose `<dimension>` declares more cells than the limit. */
export function dimensionProblem(
  sheet: string,
  dim: Area | null,
  limits: XlsxLimits = XLSX_LIMITS
): string | null {
  if (!dim || dim.rows * dim.cols <= limits.sheetCells) return null;
  return `${TOO_LARGE} sheet "${sheet}" declares ${count(dim.rows)} rows × ${count(dim.cols)} columns (${count(dim.rows * dim.cols)} cells); the limit is ${count(limits.sheetCells)} cells.`;
}

/** The refusal for too many merged areas in `sheet`, or merged cells over the workbook's limit. */
export function mergesProblem(
  sheet: string,
  merges: number,
  mergedCells: number,
  limits: XlsxLimits = XLSX_LIMITS
): string | null {
  if (merges > limits.mergesPerSheet) {
    return `${TOO_LARGE} sheet "${sheet}" has ${count(merges)} merged areas; the limit is ${count(limits.mergesPerSheet)}.`;
  }
  if (mergedCells > limits.mergedCells) {
    return `${TOO_LARGE} its merged areas cover ${count(mergedCells)} cells; the limit is ${count(limits.mergedCells)}.`;
  }
  return null;
}

/** The refusal for a sheet whose used area (rows × columns) is over `limits.sheetCells`. */
export function usedAreaProblem(
  sheet: string,
  rows: number,
  cols: number,
  limits: XlsxLimits = XLSX_LIMITS
): string | null {
  if (rows * cols <= limits.sheetCells) return null;
  return `${TOO_LARGE} sheet "${sheet}" uses ${count(rows)} rows × ${count(cols)} columns (${count(rows * cols)} cells); the limit is ${count(limits.sheetCells)} cells.`;
}
