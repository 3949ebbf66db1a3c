import type { ChangeCount } from "../Compare/changeView";

/** Props of {@link ChangeCounts}. */
export interface ChangeCountsProps {
  /** Every kind, zeros included (see `changeCounts`). */
  readonly counts: readonly ChangeCount[];
}
