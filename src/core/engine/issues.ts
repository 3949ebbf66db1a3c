import { collapseSpace } from "../text/normalise";
import { columnLetter } from "../grid/a1";
import { wordingFor } from "../messages";
import type { Config } from "../schema/config";
import { DEFAULT_SEVERITY, type Issue, type IssueCode } from "../schema/issue";

/** Where an issue sits and what its message needs. */
export interface IssueDraft {
  readonly code: IssueCode;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly action: string;
  readonly header: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export function severityOf(code: IssueCode, config: Config) {
  return config.severity[code] ?? DEFAULT_SEVERITY[code];
}

/** Attaches severity and wording: the one place an Issue is made. */
export function makeIssue(draft: IssueDraft, config: Config): Issue {
  const column = columnLetter(draft.col);
  const wording = wordingFor(draft.code, {
    action: draft.action,
    header: collapseSpace(draft.header),
    params: draft.params,
  });
  return {
    code: draft.code,
    severity: severityOf(draft.code, config),
    sheet: draft.sheet,
    row: draft.row,
    column,
    cell: `${column}${draft.row}`,
    message: wording.message,
    fix: wording.fix,
  };
}
