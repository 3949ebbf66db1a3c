import type { NavigablePort } from "../../app/ports";
import type { CheckOutcome } from "../../app/check";
import { loadSettings, saveSettings } from "../../app/settings";
import type { HighlightPlan } from "../../core/highlight";
import type { Config, WorkbookReport } from "../../core/schema";
import type { SheetModel } from "../../core/summary/sheetModel";
import type { PaneServices, PaneUseCases } from "../services.types";

/** A port whose every method is a jest mock; reads return an empty workbook, settings start empty. */
export function fakePort(saved: unknown = null): jest.Mocked<NavigablePort> {
  let settings = saved;
  return {
    readGrid: jest.fn(async () => ({ sheets: [] })),
    applyHighlights: jest.fn(async (_plan: HighlightPlan) => undefined),
    clearHighlights: jest.fn(async () => undefined),
    writeSheet: jest.fn(async (_model: SheetModel) => ({ sheetName: "RAG Summary" })),
    appendRows: jest.fn(
      async (
        _sheet: string,
        _header: readonly string[],
        _rows: ReadonlyArray<ReadonlyArray<string | number | null>>
      ) => undefined
    ),
    loadSettings: jest.fn(async () => settings),
    saveSettings: jest.fn(async (value: unknown) => {
      settings = value;
    }),
    select: jest.fn(async (_sheet: string, _address: string) => undefined),
  };
}

export interface FakePane {
  readonly services: PaneServices & {
    readonly port: jest.Mocked<NavigablePort>;
    readonly buildSummary: jest.Mock<
      Promise<{ sheetName: string }>,
      [WorkbookReport, Config, string]
    >;
  };
  readonly useCases: PaneUseCases & { readonly check: jest.Mock };
  /** Fires the host's "user edited the workbook" callback. */
  edit(): void;
}

/**
 * Services and use cases for UI tests: the check use case hands back `reports` in turn (the last one
 * repeats) instead of running the engine; settings go through the real use cases over the fake port.
 */
export function fakePane(reports: readonly WorkbookReport[], saved: unknown = null): FakePane {
  const port = fakePort(saved);
  let calls = 0;
  const editListeners = new Set<() => void>();
  const check = jest.fn(
    async (_port: unknown, _config: Config, asOf: string): Promise<CheckOutcome> => {
      const report = reports[Math.min(calls, reports.length - 1)];
      calls += 1;
      if (!report) throw new Error("fakePane was given no report");
      return { report, plan: { cells: [] }, asOf };
    }
  );
  const services = {
    port,
    fileName: "plan.xlsx",
    today: () => "2026-03-02",
    now: () => "2026-03-02T09:30:00.000Z",
    buildSummary: jest.fn(async (_report: WorkbookReport, _config: Config, _asOf: string) => ({
      sheetName: "RAG Summary",
    })),
    onEdited(cb: () => void) {
      editListeners.add(cb);
      return () => {
        editListeners.delete(cb);
      };
    },
  };
  return {
    services,
    useCases: { check, loadSettings, saveSettings },
    edit: () => editListeners.forEach((cb) => cb()),
  };
}
