import type { PlanYears, YearKind } from "./planYears";

/** Options of parseTimescale: what the cell does not say itself. */
export interface TimescaleOptions {
  /**
   * How a bare "2009-10" is read when the cell does not say: academic (to 31 Aug) or financial (to
   * 31 Mar). "auto" or absent: the plan's evidence (`plan.calendar`), else the punctuation (a slash is a
   * financial year, a hyphen an academic one).
   */
  readonly bareYearRange?: YearKind | "auto";
  /** The workbook's years and calendar, for dates without a year (see planYears.ts). */
  readonly plan?: PlanYears;
}
