import {
  ACTION_ISSUE_CODES,
  ACTION_ISSUES,
  ISSUE_CATALOGUE,
  ISSUE_CODES,
  TABLE_ISSUE_CODES,
  TABLE_ISSUES,
  type ActionIssueCode,
  type IssueCode,
  type LooseParams,
} from "../issues/catalogue";

/**
 * The catalogue's wording (../issues/catalogue) as the engine calls it: by code, with the facts as the loose
 * record the engine carries (a check's findings are typed; see checks/types).
 */
export { isActionIssueCode } from "../issues/catalogue";
export type { ActionIssueCode } from "../issues/catalogue";

/** What a message is built from: the finding's facts plus how to name the action and the column. */
export interface MessageContext {
  /** "Action 4.2 'Increase provision at Spa school…'" */
  readonly action: string;
  /** Header text of the column the finding is in. */
  readonly header: string;
  readonly params: LooseParams;
}

export interface Wording {
  readonly message: string;
  readonly fix: string;
}

type Params = LooseParams;

/** The message of an action code after the action's name (see ACTION_ISSUES), by code. */
export const MESSAGE_TAIL = Object.fromEntries(
  ACTION_ISSUE_CODES.map((code) => [code, ACTION_ISSUES[code].tail])
) as Readonly<Record<ActionIssueCode, (p: Params) => string>>;

const actionMessage =
  (code: ActionIssueCode) =>
  (c: MessageContext): string =>
    `${c.action}${MESSAGE_TAIL[code](c.params)}`;

/**
 * The plain-English message of every issue code, from the catalogue: the pane, the CLI and the summary
 * sheet all say the same thing. Fixes depend on the code and the column's header only, so the engine can
 * make each fix once per table and share it between issues.
 */
export const MESSAGE = Object.fromEntries([
  ...ACTION_ISSUE_CODES.map((code) => [code, actionMessage(code)]),
  ...TABLE_ISSUE_CODES.map((code) => [code, TABLE_ISSUES[code].message]),
]) as Readonly<Record<IssueCode, (c: MessageContext) => string>>;

/** How to fix each issue: the code and `header` only (never the action or params), see MESSAGE. */
export const FIX = Object.fromEntries(
  ISSUE_CODES.map((code) => [code, ISSUE_CATALOGUE[code].fix])
) as Readonly<Record<IssueCode, (c: Pick<MessageContext, "header">) => string>>;

/** Message and fix together, by code. */
export const WORDING = Object.fromEntries(
  ISSUE_CODES.map((code) => [
    code,
    (c: MessageContext): Wording => ({ message: MESSAGE[code](c), fix: FIX[code](c) }),
  ])
) as Readonly<Record<IssueCode, (c: MessageContext) => Wording>>;

export function wordingFor(code: IssueCode, context: MessageContext): Wording {
  return WORDING[code](context);
}
