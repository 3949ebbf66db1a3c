import type { IssueCode } from "../../core/schema";
import type { IssueFilter, IssueGroup } from "../paneState";

/** Props of {@link IssueList}. */
export interface IssueListProps {
  /** Groups already filtered (see `issueGroups`); each keeps its unfiltered counts. */
  readonly groups: readonly IssueGroup[];
  readonly filter: IssueFilter;
  readonly codes: readonly IssueCode[];
  readonly onFilter: (change: Partial<IssueFilter>) => void;
  /** Selects the issue's cell in Excel. */
  readonly onGoTo: (sheet: string, address: string) => void;
  /** Issues shown per group before "Show all" (keeps a large plan responsive). */
  readonly pageSize?: number;
}
