import type { Verdict } from "../paneState";

/** Props of {@link Verdict}. */
export interface VerdictProps {
  readonly verdict: Verdict;
  /** The report date the check used (YYYY-MM-DD). */
  readonly asOf: string;
  readonly tableCount: number;
  readonly actionCount: number;
}
