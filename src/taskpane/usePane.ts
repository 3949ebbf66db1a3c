import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { checkWorkbookPort } from "../app/check";
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
import { issuesAsTable } from "./IssueList/issueTable";
import type { IssueEntry } from "./issueView";
import { tableCounts } from "./mappingEffect";

/** Work quicker than this shows no spinner: a flash of progress reads as flicker. */
export const PROGRESS_DELAY_MS = 500;

/** The use cases the real pane runs. */
export const DEFAULT_USE_CASES: PaneUseCases = {
  check: checkWorkbookPort,
  loadSettings,
  saveSettings,
};

/** What the pane's views can ask for; every action reports failure through `state.error`. */
export interface PaneController {
  readonly state: PaneState;
  check(): void;
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
  dismissError(): void;
}

/** The message to show for a failure: the adapter's own sentence (AdapterError.message) when it has one. */
export function failureMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== "") return error.message;
  if (typeof error === "string" && error.trim() !== "") return error;
  return "Excel could not complete the operation. Try again.";
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
  const recheckWhenIdle = useRef(false);

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

  const checkWith = useCallback(
    async (config: Config): Promise<void> => {
      await run("check", async () => {
        const asOf = config.asOf ?? services.today();
        const outcome = await useCases.check(services.port, config, asOf, services.fileName);
        dispatch({ type: "checked", report: outcome.report, asOf: outcome.asOf });
      });
      if (recheckWhenIdle.current) {
        recheckWhenIdle.current = false;
        await checkWith(latest.current.config);
      }
    },
    [run, services, useCases]
  );

  const check = useCallback(() => {
    if (busy.current) {
      recheckWhenIdle.current = true;
      return;
    }
    void checkWith(latest.current.config);
  }, [checkWith]);

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
    return services.onEdited(check, (error) =>
      dispatch({ type: "failed", message: failureMessage(error) })
    );
  }, [hasReport, services, check]);

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
          const { sheetName } = await services.buildSummary(report, config, asOf);
          dispatch({ type: "notice", message: `Summary written to the "${sheetName}" sheet.` });
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
      dismissError() {
        dispatch({ type: "dismiss-error" });
      },
    }),
    [state, check, run, saveConfig, services, noteMappingChange]
  );
}
