import { duplicateRefCheck } from "./duplicateRef";
import { overdueCheck } from "./overdue";
import { ownerCheck } from "./owner";
import { statusCheck } from "./status";
import { TABLE_CHECK_CODES } from "./table";
import { timescaleCheck } from "./timescale";
import type { RowCheck } from "./types";
import type { IssueCode } from "../schema/issue";

export type { Finding, RowCheck, RowContext } from "./types";
export { duplicateRefs } from "./duplicateRef";
export { tableFindings } from "./table";

/**
 * The per-row checklist, run in this order for every action (the order of a row's issues in the report).
 * The last three read the row's rating and the table's repeated references, which the engine makes first.
 */
export const ROW_CHECKS: readonly RowCheck[] = [
  ownerCheck,
  timescaleCheck,
  statusCheck,
  overdueCheck,
  duplicateRefCheck,
];

/** Every code some check declares it can raise: the row checks' and the table check's. */
export const DECLARED_CODES: ReadonlySet<IssueCode> = new Set([
  ...ROW_CHECKS.flatMap((c) => c.codes),
  ...TABLE_CHECK_CODES,
]);
