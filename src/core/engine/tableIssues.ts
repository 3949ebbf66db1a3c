import { collapseSpace } from "../text/normalise";
import type { DetectedTable } from "../detect/types";
import { columnLetter } from "../grid/a1";
import { FIX, isActionIssueCode, MESSAGE } from "../messages";
import { MessageTails } from "../messages/tails";
import type { Config } from "../schema/config";
import type { FieldName } from "../schema/fields";
import type { Issue, IssueCode, Severity } from "../schema/issue";
import { flat } from "../messages/flat";
import { severityOf } from "./issues";

/** Where a field's issues sit in a table: its column and the header text messages quote. */
interface FieldSpot {
  readonly column: string;
  readonly header: string;
}

/**
 * Makes the issues of one table, as `makeIssue` does, without its per-issue draft and wording objects: a
 * big plan has an issue on nearly every action. What repeats down the table is made once: each field's
 * column letter and header, and each fix (a fix depends only on the code and the header), which the
 * issues then share; action messages share their tails (see `action`).
 */
export class TableIssues {
  private readonly spots = new Map<FieldName, FieldSpot>();
  /** code → header → fix. */
  private readonly fixes = new Map<IssueCode, Map<string, string>>();
  /** code → severity: the configuration is read once per code, not per issue. */
  private readonly severities = new Map<IssueCode, Severity>();

  constructor(
    private readonly table: DetectedTable,
    private readonly config: Config,
    /** Shared by the tables of a workbook: they repeat the same findings. */
    private readonly tails: MessageTails = new MessageTails()
  ) {}

  /**
   * An issue of one action; `label` names the action in the message. An action message is the label joined
   * to a tail shared by every action with the same finding: V8 keeps the join as one 32-byte cell over the
   * two, where a flat copy would repeat the tail's text (and in two bytes a character when the label has an
   * ellipsis) on every issue. The label should be flat (see `flat`) so the join stays one cell deep.
   */
  action(
    code: IssueCode,
    field: FieldName,
    row: number,
    label: string,
    params: Readonly<Record<string, string | number>>
  ): Issue {
    const spot = this.spot(field);
    if (!isActionIssueCode(code))
      return this.issue(code, row, spot.column, label, spot.header, params);
    const message = `${label}${this.tails.tail(code, params)}`;
    return this.made(code, row, spot.column, message, spot.header);
  }

  /** A table-level issue, at a header cell. */
  header(code: IssueCode, col: number, params: Readonly<Record<string, string | number>>): Issue {
    const header = collapseSpace(this.table.headers[col] ?? "");
    return this.issue(code, this.table.headerRow, columnLetter(col), "", header, params);
  }

  private issue(
    code: IssueCode,
    row: number,
    column: string,
    action: string,
    header: string,
    params: Readonly<Record<string, string | number>>
  ): Issue {
    return this.made(code, row, column, flat(MESSAGE[code]({ action, header, params })), header);
  }

  private made(
    code: IssueCode,
    row: number,
    column: string,
    message: string,
    header: string
  ): Issue {
    // the same keys in the same order as makeIssue: the JSON report depends on it
    return {
      code,
      severity: this.severity(code),
      sheet: this.table.sheet,
      row,
      column,
      cell: `${column}${row}`,
      message,
      fix: this.fix(code, header),
    };
  }

  private spot(field: FieldName): FieldSpot {
    let spot = this.spots.get(field);
    if (spot === undefined) {
      const t = this.table;
      const col = t.columns[field] ?? t.columns.action ?? t.firstCol;
      const own = t.columns[field];
      // a field with no column of its own sits in the action column but names no header
      const header = own === undefined ? "" : collapseSpace(t.headers[own] ?? "");
      spot = { column: columnLetter(col), header };
      this.spots.set(field, spot);
    }
    return spot;
  }

  private severity(code: IssueCode): Severity {
    let severity = this.severities.get(code);
    if (severity === undefined) {
      severity = severityOf(code, this.config);
      this.severities.set(code, severity);
    }
    return severity;
  }

  private fix(code: IssueCode, header: string): string {
    let byHeader = this.fixes.get(code);
    if (byHeader === undefined) {
      byHeader = new Map();
      this.fixes.set(code, byHeader);
    }
    let fix = byHeader.get(header);
    if (fix === undefined) {
      fix = flat(FIX[code]({ header }));
      byHeader.set(header, fix);
    }
    return fix;
  }
}
