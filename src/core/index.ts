/** The core's public API: pure functions over a plain grid. Adapters and the UI import from here. */
export * from "./schema";
export * from "./grid/types";
export * from "./grid/a1";
export * from "./grid/sheet";
export type { HighlightCell, HighlightPlan } from "./highlight";
export { SEVERITY_FILL } from "./highlight";
export type {
  SheetModel,
  SheetCell,
  SheetTable,
  SheetChart,
  FormatIntent,
} from "./summary/sheetModel";
export { checkWorkbook, checkTable, highlightPlan } from "./engine";
export { parseTimescale } from "./timescale";
export { detectWorkbook, detectTables } from "./detect";
export { TOOL_NAME, TOOL_VERSION } from "./version";
