import { ownerCheck } from "./owner";
import { timescaleCheck } from "./timescale";
import type { RowCheck } from "./types";

export type { Finding, RowCheck, RowContext } from "./types";
export { duplicateRefs } from "./duplicateRef";
export { tableFindings } from "./table";

/** The per-row checklist, run in this order for every action. */
export const ROW_CHECKS: readonly RowCheck[] = [ownerCheck, timescaleCheck];
