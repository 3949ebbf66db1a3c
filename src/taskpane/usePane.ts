import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { checkWorkbookPort, type CheckOutcome } from "../app/check";
import { LiveCheck, type LiveOutcome } from "../app/liveCheck";
import type { SheetChange } from "../app/ports";
import { recheckEditedPort } from "../app/recheck";
import { loadSettings, saveSettings } from "../app/settings";
import type { Config } from "../core/schema";
import {
  INITIAL_STATE,
  paneReducer,
  plural,
  withMappingChange,
  withoutMappingOverrides,
  type IssueFilter,
  type MappingChange,
  type PaneState,
  type PaneTask,
} from "./paneState";
import type { PaneServices, PaneUseCases } from "./services.types";
import { readableSettingsError } from "./settingsErrors";
import { copyTable } from "./clipboard";
import { issuesAsSheet, issuesAsTable } from "./IssueList/issueTable";
import { formatUkDate } from "../core/calendar/iso";
import type { IssueEntry } from "./issueView";
import { tableCounts } from "./mappingEffect";

/** Work quicker than this shows no spinner: a flash of progress reads as flicker. */
export const PROGRESS_DELAY_MS = 500;

/** How a check treats the highlights: see checkWith. */
type CheckMode = "full" | "live" | "read-only";

/** The use cases the real pane runs. */
export const DEFAULT_USE_CASES: PaneUseCases = {
  check: checkWorkbookPort,
  recheck: recheckEditedPort,
  loadSettings,
  saveSettings,
};

/** What the pane's views can ask for; every action reports failure through `state.error`. */
export interface PaneController {
  readonly state: PaneState;
  check(): void;
  /** Reads and rates without touching the workbook (when highlights cannot be written). */
  checkWithoutHighlights(): void;
  goTo(sheet: string, address: string): void;
  correctMapping(change: MappingChange): void;
  resetMapping(tableKey: string): void;
  /** Validates and saves the settings; resolves false (with `state.settingsError`) when invalid. */
  saveSettings(input: unknown): Promise<boolean>;
  buildSummary(): void;
  clearHighlights(): void;
  setFilter(filter: Partial<IssueFilter>): void;
  /** Copies these issues to the clipboard as a table and says so. */
  copyIssues(entries: readonly IssueEntry[]): void;
  /** Writes these issues to the add-in's own "Issue List" sheet and says so. */
  exportIssues(entries: readonly IssueEntry[]): void;
  dismissError(): void;
  dismissSnapshotProblem(): void;
}

/** The message to show for a failure: the adapter's own sentence (AdapterError.message) when it has one. */
export function failureMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== "") return error.message;
  if (typeof error === "string" && error.trim() !== "") return error;
  return "Excel could not complete the operation. Try again.";
}

/**
 * Leaves which path a live check took on the page's performance timeline (User Timing), where the pane
 * benchmark and a browser's profiler read it; nothing else does.
 */
function markLiveCheck(outcome: LiveOutcome): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  performance.mark("apc:live-check", {
    detail: { scope: outcome.scope, why: outcome.why ?? null },
  });
}

/** The pane's controller: state in a pure reducer, host work through the injected services. */
export function usePane(
  services: PaneServices,
  useCases: PaneUseCases = DEFAULT_USE_CASES,
  progressDelayMs: number = PROGRESS_DELAY_MS
): PaneController {
  const [state, dispatch] = useReducer(paneReducer, INITIAL_STATE);
  // Callbacks read the latest state through this ref, so they stay stable across renders.
  const latest = useRef(state);
  latest.current = state;
  const busy = useRef(false);
  const recheckWhenIdle = useRef<CheckMode | false>(false);
  // the last check shown and the edits heard since: an edit re-checks only its tables (app/liveCheck.ts)
  const [live] = useState(() => new LiveCheck());

  const run = useCallback(
    async <T>(task: PaneTask, work: () => Promise<T>): Promise<T | undefined> => {
      busy.current = true;
      dispatch({ type: "started", task });
      const timer = setTimeout(() => dispatch({ type: "progress-due", task }), progressDelayMs);
      try {
        const value = await work();
        dispatch({ type: "finished" });
        return value;
      } catch (error) {
        dispatch({ type: "failed", message: failureMessage(error) });
        return undefined;
      } finally {
        clearTimeout(timer);
        busy.current = false;
      }
    },
    [progressDelayMs]
  );

  /**
   * "full" highlights; "live" (after the user's edit) and "read-only" (the user's choice) only read and
   * rate, so the user's undo list keeps their own edits. The report shows as soon as it is rated.
   */
  const checkWith = useCallback(
    async (config: Config, mode: CheckMode = "full"): Promise<void> => {
      await run("check", async () => {
        const asOf = config.asOf ?? services.today();
        const show = (o: { report: CheckOutcome["report"]; asOf: string }) =>
          dispatch({ type: "checked", report: o.report, asOf: o.asOf });
        if (mode === "live") {
          const outcome = await live.run(services.port, config, asOf, services.fileName, useCases);
          show(outcome);
          dispatch({ type: "rechecked", chosen: false });
          markLiveCheck(outcome);
          return;
        }
        const outcome = await live.checkWhole(services.port, config, services.fileName, () =>
          useCases.check(services.port, config, asOf, services.fileName, {
            highlight: mode === "full",
            onReport: show,
          })
        );
        show(outcome);
        if (mode !== "full") dispatch({ type: "rechecked", chosen: true });
        else if (outcome.highlightError === undefined) dispatch({ type: "highlighted" });
        else
          dispatch({ type: "highlight-failed", message: failureMessage(outcome.highlightError) });
      });
      if (recheckWhenIdle.current) {
        const next = recheckWhenIdle.current;
        recheckWhenIdle.current = false;
        await checkWith(latest.current.config, next);
      }
    },
    [run, services, useCases, live]
  );

  const checkAs = useCallback(
    (mode: CheckMode) => {
      if (busy.current) {
        // a full check asked for while busy wins over a live one
        if (recheckWhenIdle.current !== "full") recheckWhenIdle.current = mode;
        return;
      }
      void checkWith(latest.current.config, mode);
    },
    [checkWith]
  );
  const check = useCallback(() => checkAs("full"), [checkAs]);
  const liveCheck = useCallback(
    (changes?: readonly SheetChange[]) => {
      live.heard(changes);
      checkAs("live");
    },
    [checkAs, live]
  );

  /** Saves a whole configuration; re-checks when there is a report to refresh. */
  const saveConfig = useCallback(
    async (input: unknown, from: "settings" | "mapping" = "settings"): Promise<boolean> => {
      const saved = await run("save-settings", async () => {
        const result = await useCases.saveSettings(services.port, input);
        if (!result.ok) {
          const readable = readableSettingsError(result.error);
          // The settings form shows its own errors; a mapping correction has no form to show them in.
          if (from === "mapping") throw new Error(`The correction was not saved. ${readable}`);
          dispatch({ type: "settings-invalid", error: readable });
          return null;
        }
        dispatch({ type: "config-saved", config: result.config });
        return result.config;
      });
      if (!saved) return false;
      if (latest.current.report !== null) await checkWith(saved);
      return true;
    },
    [run, checkWith, services, useCases]
  );

  useEffect(() => {
    void run("load", async () => {
      const loaded = await useCases.loadSettings(services.port);
      dispatch({ type: "settings-loaded", config: loaded.config, warning: loaded.warning });
    });
  }, [run, services, useCases]);

  // Re-check as the user edits, once there is a report on screen to keep current.
  const hasReport = state.report !== null;
  useEffect(() => {
    if (!hasReport || !services.onEdited) return undefined;
    return services.onEdited(liveCheck, (error) =>
      dispatch({ type: "failed", message: failureMessage(error) })
    );
  }, [hasReport, services, liveCheck]);

  /** Remembers the table's counts before a correction, so its card can show what the change did. */
  const noteMappingChange = useCallback((tableKey: string) => {
    const table = latest.current.report?.tables.find((t) => t.key === tableKey);
    if (table)
      dispatch({ type: "mapping-changing", effect: { tableKey, before: tableCounts(table) } });
  }, []);

  return useMemo<PaneController>(
    () => ({
      state,
      check,
      checkWithoutHighlights: () => checkAs("read-only"),
      goTo(sheet, address) {
        services.port.select(sheet, address).catch((error: unknown) => {
          dispatch({ type: "failed", message: failureMessage(error) });
        });
      },
      correctMapping(change) {
        noteMappingChange(change.tableKey);
        void saveConfig(withMappingChange(latest.current.config, change), "mapping");
      },
      resetMapping(tableKey) {
        noteMappingChange(tableKey);
        void saveConfig(withoutMappingOverrides(latest.current.config, tableKey), "mapping");
      },
      saveSettings: (input) => saveConfig(input, "settings"),
      buildSummary() {
        const { report, config, asOf } = latest.current;
        if (!report || !asOf) return;
        void run("summary", async () => {
          const { sheetName, snapshotError } = await services.buildSummary(report, config, asOf);
          const snapshotProblem =
            snapshotError === undefined ? null : failureMessage(snapshotError);
          dispatch({ type: "summary-built", sheetName, snapshotProblem });
        });
      },
      clearHighlights() {
        void run("clear", async () => {
          await services.port.clearHighlights();
          dispatch({ type: "highlights-cleared" });
        });
      },
      setFilter(filter) {
        dispatch({ type: "filter", filter });
      },
      copyIssues(entries) {
        const copy = services.copyTable ?? copyTable;
        copy(issuesAsTable(entries)).then(
          () =>
            dispatch({
              type: "notice",
              message: `Copied ${plural(entries.length, "issue")} as a table: paste into Excel, Word or an email.`,
            }),
          (error: unknown) => dispatch({ type: "failed", message: failureMessage(error) })
        );
      },
      exportIssues(entries) {
        const { asOf } = latest.current;
        void run("export", async () => {
          const model = issuesAsSheet(entries, asOf ? formatUkDate(asOf) : "the last check");
          const { sheetName } = await services.port.writeSheet(model, { activate: true });
          dispatch({
            type: "notice",
            message: `Wrote ${plural(entries.length, "issue")} to the sheet "${sheetName}".`,
          });
        });
      },
      dismissError() {
        dispatch({ type: "dismiss-error" });
      },
      dismissSnapshotProblem() {
        dispatch({ type: "dismiss-snapshot-problem" });
      },
    }),
    [state, check, checkAs, run, saveConfig, services, noteMappingChange]
  );
}
