import type { DetectedRow, DetectedTable } from "../detect/types";
import type { Config } from "../schema/config";
import type { FieldName } from "../schema/fields";
import type { IssueCode } from "../schema/issue";
import type { Timescale } from "../schema/timescale";

/** Everything a per-row check may look at. Built once per action by the engine. */
export interface RowContext {
  readonly table: DetectedTable;
  readonly row: DetectedRow;
  readonly timescale: Timescale;
  readonly config: Config;
  readonly asOf: string;
}

/**
 * What a check found, before wording and severity are attached. `field` says which cell the finding
 * belongs to; `params` carries the facts the message needs (dates, the placeholder word...).
 */
export interface Finding {
  readonly code: IssueCode;
  readonly field: FieldName;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A per-row check: a small pure function that declares the codes it can emit. */
export interface RowCheck {
  readonly codes: readonly IssueCode[];
  readonly run: (ctx: RowContext) => readonly Finding[];
}
