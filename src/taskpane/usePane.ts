import { useCallback, useEffect, useMemo, useReducer, useRef, type Dispatch } from "react";
import { checkWorkbookPort } from "../app/check";
import { recheckEditedPort } from "../app/recheck";
import { loadSettings, saveSettings } from "../app/settings";
import { formatUkDate } from "../core/calendar/iso";
import type { Config } from "../core/schema";
import { copyTable } from "./clipboard";
import { issuesAsSheet, issuesAsTable } from "./IssueList/issueTable";
import type { IssueEntry } from "./issueView";
import { tableCounts } from "./mappingEffect";
import {
  INITIAL_STATE,
  paneReducer,
  plural,
  withMappingChange,
  withoutMappingOverrides,
  type IssueFilter,
  type MappingChange,
  type PaneEvent,
  type PaneState,
} from "./paneState";
import type { PaneServices, PaneUseCases } from "./services.types";
import { readableSettingsError } from "./settingsErrors";
import { warmUpWhenIdle } from "./warmUp";
import {
  failureMessage,
  usePaneChecks,
  useTaskRunner,
  type PaneChecks,
  type RunTask,
} from "./usePaneChecks";

export { failureMessage } from "./usePaneChecks";

/** Work quicker than this shows no spinner: a flash of progress reads as flicker. */
export const PROGRESS_DELAY_MS = 500;

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

/** Saves a whole configuration from the settings form or a mapping correction; re-checks a report shown. */
function useSaveConfig(
  services: PaneServices,
  useCases: PaneUseCases,
  dispatch: Dispatch<PaneEvent>,
  run: RunTask,
  checks: PaneChecks,
  latest: { readonly current: PaneState }
) {
  const { checkWith } = checks;
  return useCallback(
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
    [run, checkWith, services, useCases, dispatch, latest]
  );
}

/** What the pane does besides checking and saving settings: go to a cell, summary, clear, copy, export. */
function workbookActions(
  services: PaneServices,
  dispatch: Dispatch<PaneEvent>,
  run: RunTask,
  latest: { readonly current: PaneState }
) {
  return {
    goTo(sheet: string, address: string) {
      services.port.select(sheet, address).catch((error: unknown) => {
        dispatch({ type: "failed", message: failureMessage(error) });
      });
    },
    buildSummary() {
      const { report, config, asOf } = latest.current;
      if (!report || !asOf) return;
      void run("summary", async () => {
        const { sheetName, snapshotError } = await services.buildSummary(report, config, asOf);
        const snapshotProblem = snapshotError === undefined ? null : failureMessage(snapshotError);
        dispatch({ type: "summary-built", sheetName, snapshotProblem });
      });
    },
    clearHighlights() {
      void run("clear", async () => {
        await services.port.clearHighlights();
        dispatch({ type: "highlights-cleared" });
      });
    },
    copyIssues(entries: readonly IssueEntry[]) {
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
    exportIssues(entries: readonly IssueEntry[]) {
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
  };
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
  const runner = useTaskRunner(dispatch, progressDelayMs);
  const { run } = runner;
  const checks = usePaneChecks(services, useCases, dispatch, latest, runner);
  const { checkAs, liveCheck } = checks;
  const saveConfig = useSaveConfig(services, useCases, dispatch, run, checks, latest);

  useEffect(() => {
    void run("load", async () => {
      const loaded = await useCases.loadSettings(services.port);
      dispatch({ type: "settings-loaded", config: loaded.config, warning: loaded.warning });
    });
  }, [run, services, useCases]);

  // the engine compiled while the pane waits for the person, not during their first check
  useEffect(() => warmUpWhenIdle(latest.current.config, services.today()), [services]);

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

  const saveMapping = useCallback(
    (tableKey: string, config: Config) => {
      noteMappingChange(tableKey);
      void saveConfig(config, "mapping");
    },
    [noteMappingChange, saveConfig]
  );

  // the actions stay the same object across renders (they read state through `latest`), so views given
  // them (the issue list) re-render only when what they show changes
  const actions = useMemo<Omit<PaneController, "state">>(
    () => ({
      check: () => checkAs("full"),
      checkWithoutHighlights: () => checkAs("read-only"),
      ...workbookActions(services, dispatch, run, latest),
      correctMapping: (change) =>
        saveMapping(change.tableKey, withMappingChange(latest.current.config, change)),
      resetMapping: (tableKey) =>
        saveMapping(tableKey, withoutMappingOverrides(latest.current.config, tableKey)),
      saveSettings: (input) => saveConfig(input, "settings"),
      setFilter: (filter) => dispatch({ type: "filter", filter }),
      dismissError: () => dispatch({ type: "dismiss-error" }),
      dismissSnapshotProblem: () => dispatch({ type: "dismiss-snapshot-problem" }),
    }),
    [checkAs, run, saveConfig, saveMapping, services]
  );
  return useMemo<PaneController>(() => ({ state, ...actions }), [state, actions]);
}
