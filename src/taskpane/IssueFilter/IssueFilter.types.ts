import type { IssueCode } from "../../core/schema";
import type { IssueFilter as Filter } from "../paneState";

/** Props of {@link IssueFilter}. */
export interface IssueFilterProps {
  readonly filter: Filter;
  /** The codes present in the report (the code list offers only these). */
  readonly codes: readonly IssueCode[];
  readonly onChange: (change: Partial<Filter>) => void;
}
