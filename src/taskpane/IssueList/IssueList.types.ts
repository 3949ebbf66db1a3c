import type { IssueCode } from "../../core/schema";
import type { IssueEntry, IssueView } from "../issueView";
import type { IssueFilter } from "../paneState";

/** Props of {@link IssueList}. */
export interface IssueListProps {
  /** The issues under the filter, grouped by severity (see `issueView`). */
  readonly view: IssueView;
  readonly filter: IssueFilter;
  readonly codes: readonly IssueCode[];
  readonly onFilter: (change: Partial<IssueFilter>) => void;
  /** Selects the issue's cell in Excel. */
  readonly onGoTo: (sheet: string, address: string) => void;
  /** Copies the issues shown (the filter applied) to the clipboard as a table. */
  readonly onCopy: (entries: readonly IssueEntry[]) => void;
  /** Writes these issues to the add-in's own "Issue List" sheet. */
  readonly onExport: (entries: readonly IssueEntry[]) => void;
}
