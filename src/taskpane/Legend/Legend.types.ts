import type { LegendEntry } from "../../core/palette/palette";

/** Props of {@link Legend}. */
export interface LegendProps {
  /** The core's legend: the same colours and words the highlights and the summary sheet use. */
  readonly entries: readonly LegendEntry[];
}
