export { detectTables, detectWorkbook, eachTable, eachWorkbookTable } from "./detect";
export { matchHeader, type HeaderMatch, type MatchKind } from "./match";
export { normaliseHeader } from "../text/normalise";
export { leadingRef, actionTextOf } from "./refs";
export type * from "./types";
