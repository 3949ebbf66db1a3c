import type { NavigablePort, PlanFileReader, SheetChange } from "../app/ports";
import type { checkWorkbookPort } from "../app/check";
import type { recheckEditedPort } from "../app/recheck";
import type { loadSettings, saveSettings } from "../app/settings";
import type { Config, WorkbookReport } from "../core/schema";

/**
 * Everything the pane needs from its host, injected as one object: the real one is built from Office.js
 * in `services.ts`; tests and the browser harness pass fakes.
 */
export interface PaneServices {
  readonly port: NavigablePort;
  /** What this Excel cannot do that a newer one can: said once in the pane, under the report. */
  readonly hostNotes?: readonly string[];
  /** The workbook's file name, for the report's `file`. */
  readonly fileName: string;
  /** Today as YYYY-MM-DD in Europe/London: the default report date. */
  today(): string;
  /** Now as an ISO date-time, for "generated at" on the summary sheet. */
  now(): string;
  /**
   * Writes the summary sheet for this report; resolves with the sheet's name, and `snapshotError` when the
   * snapshot kept for the next comparison could not be stored (the summary stands).
   */
  buildSummary(
    report: WorkbookReport,
    config: Config,
    asOf: string
  ): Promise<{ readonly sheetName: string; readonly snapshotError?: unknown }>;
  /**
   * Reads a previous version of the plan the user picked (its .xlsx bytes), on this machine. Absent where
   * the host cannot; the real pane loads the reader on first use, so it is not in the first view's code.
   */
  readonly readPlanFile?: PlanFileReader;
  /**
   * Calls `cb` when the user edits the workbook (at once after quiet, then debounced by the adapter), with
   * where each edit fell when the host says (the pane then re-checks only the edited tables); returns
   * unsubscribe. `onError` hears a failure to start listening (the pane says so rather than silently
   * going stale).
   */
  onEdited?(
    cb: (changes?: readonly SheetChange[]) => void,
    onError?: (error: unknown) => void
  ): () => void;
  /** Puts a table on the clipboard (tab-separated text and HTML); the browser's clipboard when absent. */
  copyTable?(table: { readonly text: string; readonly html: string }): Promise<void>;
}

/** The use cases the pane runs, injectable so UI tests can hand back a prepared report. */
export interface PaneUseCases {
  readonly check: typeof checkWorkbookPort;
  /** Re-checks the edited tables after an edit; without it every live check is a whole one. */
  readonly recheck?: typeof recheckEditedPort;
  readonly loadSettings: typeof loadSettings;
  readonly saveSettings: typeof saveSettings;
}
