import type { Rating } from "../../core/schema";
import type { WorkbookVerdict } from "../../core/schema/verdict";
import type { SeverityCounts } from "../paneState";

/** Props of {@link Verdict}. */
export interface VerdictProps {
  /** The core's verdict; null when no table was found (then `noTablesReason` may say why). */
  readonly verdict: WorkbookVerdict | null;
  readonly noTablesReason?: string | null;
  /** The report date the check used (YYYY-MM-DD). */
  readonly asOf: string;
  readonly tableCount: number;
  readonly actionCount: number;
  readonly counts: SeverityCounts;
  /** How many actions have each rating, in the order a board reads them. */
  readonly ratings: ReadonlyArray<{ readonly rating: Rating; readonly count: number }>;
  readonly ratingFilter: Rating | "all";
  readonly completeLabel: string;
  /** Chooses a rating to filter the lists by ("all" to stop filtering). */
  readonly onRating: (rating: Rating | "all") => void;
  readonly onGoTo: (sheet: string, address: string) => void;
}
