import type { DetectedRow, DetectedTable } from "../detect/types";
import type { IssueCode, IssueParams, NoParams } from "../issues/catalogue";
import type { RateResult } from "../rag/rate";
import type { Config } from "../schema/config";
import type { FieldName } from "../schema/fields";
import type { Timescale } from "../schema/timescale";

/** Everything a per-row check may look at. Built once per action by the engine. */
export interface RowContext {
  readonly table: DetectedTable;
  readonly row: DetectedRow;
  readonly timescale: Timescale;
  readonly config: Config;
  readonly asOf: string;
  /** The row's status cell, trimmed; null when blank or absent. */
  readonly status: string | null;
  /** The row's rating: whether its status word was unknown, how many days it is overdue. */
  readonly rating: Pick<RateResult, "unknownStatus" | "overdueDays">;
  /** The earlier row with the same reference (see duplicateRefs), if any. */
  readonly firstRow: DetectedRow | undefined;
}

/**
 * What a check found, before wording and severity are attached. `field` says which cell the finding
 * belongs to; `params` carries the facts the message needs, typed by code (see IssueParams).
 */
export type Finding = {
  readonly [C in IssueCode]: IssueParams[C] extends NoParams
    ? { readonly code: C; readonly field: FieldName; readonly params?: undefined }
    : { readonly code: C; readonly field: FieldName; readonly params: IssueParams[C] };
}[IssueCode];

/** A per-row check: a small pure function that declares the codes it can emit. */
export interface RowCheck {
  readonly codes: readonly IssueCode[];
  readonly run: (ctx: RowContext) => readonly Finding[];
}
