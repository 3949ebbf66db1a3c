import { useCallback, useRef, useState, type Dispatch, type MutableRefObject } from "react";
import { flushSync } from "react-dom";
import type { CheckOutcome } from "../app/check";
import { LiveCheck, type LiveOutcome } from "../app/liveCheck";
import type { SheetChange } from "../app/ports";
import type { Config } from "../core/schema";
import { nextPaint } from "./nextPaint";
import type { PaneEvent, PaneState, PaneTask } from "./paneState";
import type { PaneServices, PaneUseCases } from "./services.types";

/** How a check treats the highlights: see `checkWith` below. */
export type CheckMode = "full" | "live" | "read-only";

/** Runs one piece of the pane's work: busy while it runs, progress once it is slow, failure as an error. */
export type RunTask = <T>(task: PaneTask, work: () => Promise<T>) => Promise<T | undefined>;

/** The message to show for a failure: the adapter's own sentence (AdapterError.message) when it has one. */
export function failureMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== "") return error.message;
  if (typeof error === "string" && error.trim() !== "") return error;
  return "Excel could not complete the operation. Try again.";
}

/**
 * The pane's task runner: one task at a time (`busy`), a spinner only after `progressDelayMs` (quicker
 * work shows none: a flash of progress reads as flicker), and a failure shown as the pane's error.
 */
export function useTaskRunner(
  dispatch: Dispatch<PaneEvent>,
  progressDelayMs: number
): { run: RunTask; busy: MutableRefObject<boolean> } {
  const busy = useRef(false);
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
    [dispatch, progressDelayMs]
  );
  return { run, busy };
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

export interface PaneChecks {
  /** Checks with this configuration now (the caller knows the pane is free or accepts the wait). */
  checkWith(config: Config, mode?: CheckMode): Promise<void>;
  /** Checks with the current configuration, or once the running task ends. */
  checkAs(mode: CheckMode): void;
  /** The host's edits: noted, then a live check of what they touched. */
  liveCheck(changes?: readonly SheetChange[]): void;
}

/** The pane's checks: the user's, and the live re-check after edits (app/liveCheck.ts). */
export function usePaneChecks(
  services: PaneServices,
  useCases: PaneUseCases,
  dispatch: Dispatch<PaneEvent>,
  latest: MutableRefObject<PaneState>,
  { run, busy }: { run: RunTask; busy: MutableRefObject<boolean> }
): PaneChecks {
  const recheckWhenIdle = useRef<CheckMode | false>(false);
  // the last check shown and the edits heard since: an edit re-checks only its tables (app/liveCheck.ts)
  const [live] = useState(() => new LiveCheck());

  /**
   * "full" highlights; "live" (after the user's edit) and "read-only" (the user's choice) only read and
   * rate, so the user's undo list keeps their own edits. The report shows as soon as it is rated: a full
   * check renders it at once and writes the highlights once it is painted (the pane stays busy until
   * then), so the person is not kept waiting by the highlights' round trips and redraw.
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
            onReport:
              mode === "full"
                ? (o) => {
                    flushSync(() => show(o));
                    return nextPaint();
                  }
                : show,
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
    [run, services, useCases, live, dispatch, latest]
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
    [checkWith, busy, latest]
  );
  const liveCheck = useCallback(
    (changes?: readonly SheetChange[]) => {
      live.heard(changes);
      checkAs("live");
    },
    [checkAs, live]
  );
  return { checkWith, checkAs, liveCheck };
}
