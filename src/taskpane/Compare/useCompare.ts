import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import {
  compareWithBaseline,
  readFileBaseline,
  readSnapshotBaseline,
  type BaselineRead,
  type CompareOutcome,
} from "../../app/compare";
import type { Config, WorkbookReport } from "../../core/schema";
import type { PaneServices } from "../services.types";
import { compareReducer, INITIAL_COMPARE, shownSlot, type CompareState } from "./compareState";
import { fileBytes } from "./fileBytes";

/** What the compare section shows and can ask for. */
export interface CompareController {
  readonly state: CompareState;
  /** The open workbook's report against the shown baseline; null while there is none to compare. */
  readonly outcome: Extract<CompareOutcome, { kind: "compared" | "not-one-plan" }> | null;
  /** Compares with a previous version the user picked (read on this machine; nothing is sent). */
  pick(file: File): void;
  /** Back to the snapshot stored in the workbook. */
  showSnapshot(): void;
  dismissSnapshotProblem(): void;
}

/**
 * The compare section's controller. The stored snapshot is read once there is a report, and again after
 * each summary build (`snapshotEpoch`), which stores a new one; each new report (a live re-check as the
 * user edits) is compared with the baseline already read, with no further read of the workbook.
 */
export function useCompare(
  services: PaneServices,
  report: WorkbookReport | null,
  config: Config,
  asOf: string | null,
  snapshotEpoch: number
): CompareController {
  const [state, dispatch] = useReducer(compareReducer, INITIAL_COMPARE);
  const hasReport = report !== null;
  const settings = useRef({ config, asOf });
  settings.current = { config, asOf };

  useEffect(() => {
    if (!hasReport) return undefined;
    let live = true;
    dispatch({ type: "snapshot-reading" });
    void readSnapshotBaseline(services.port).then((read) => {
      if (live) dispatch({ type: "snapshot-read", read });
    });
    return () => {
      live = false;
    };
  }, [hasReport, snapshotEpoch, services]);

  const pick = useCallback(
    (file: File) => {
      const read = services.readPlanFile;
      const { config: now, asOf: date } = settings.current;
      dispatch({ type: "file-reading", name: file.name });
      const settle = (r: BaselineRead) => dispatch({ type: "file-read", name: file.name, read: r });
      if (!read || date === null) {
        settle({ kind: "unreadable", message: `${file.name}: this pane cannot read files here.` });
        return;
      }
      void fileBytes(file)
        .then((bytes) => readFileBaseline(read, { name: file.name, bytes }, now, date))
        .catch((e: unknown): BaselineRead => {
          const why = e instanceof Error ? e.message : String(e);
          return { kind: "unreadable", message: `${file.name}: ${why}` };
        })
        .then(settle);
    },
    [services]
  );

  const slot = shownSlot(state);
  const outcome = useMemo(
    () => (slot.kind === "ready" && report ? compareWithBaseline(slot.baseline, report) : null),
    [slot, report]
  );

  return useMemo(
    () => ({
      state,
      outcome,
      pick,
      showSnapshot: () => dispatch({ type: "show-snapshot" }),
      dismissSnapshotProblem: () => dispatch({ type: "dismiss-snapshot-problem" }),
    }),
    [state, outcome, pick]
  );
}
