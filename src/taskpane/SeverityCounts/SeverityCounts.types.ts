import type { SeverityCounts as Counts } from "../paneState";

/** Props of {@link SeverityCounts}. */
export interface SeverityCountsProps {
  readonly counts: Counts;
  /** Also show severities with a zero count (the verdict does; group headings do not). */
  readonly showZero?: boolean;
}
