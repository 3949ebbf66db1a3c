import type { DetectedTable, DetectOptions } from "../core/detect/types";
import type { WorkbookGrid } from "../core/grid/types";
import type { HighlightPlan } from "../core/highlight";
import type { TrendChart } from "../core/summary/history";
import type { FormatIntent, SheetModel } from "../core/summary/sheetModel";
import type { TidyOutcome, TidyRecord, TidyTableWrite } from "../core/tidy/write";

/** A change Excel reported: the sheet's id and the changed area's address ("B7", "B7:D9", "3:5"). */
export interface SheetChange {
  readonly sheetId: string;
  readonly address: string;
}

/**
 * What a port with sheet ids (Office) knows of the workbook between calls, so a re-check after an edit can
 * tell whether what it read before still stands (app/liveCheck.ts).
 */
export interface PortMemory {
  /** Sheet id → name of every sheet (the add-in's too), as the last readGrid found them. */
  readonly sheets: ReadonlyMap<string, string>;
  /** Writes the add-in has made through this port so far (highlights, sheets, settings, tidy…). */
  readonly writes: number;
}

/** A grid read with its sheets' tables (see `WorkbookPort.readGridWithTables`). */
export interface GridWithTables {
  readonly grid: WorkbookGrid;
  /** Sheet name → its tables, in sheet order; a sheet missing here is detected by whoever needs it. */
  readonly tables: ReadonlyMap<string, readonly DetectedTable[]>;
}

/**
 * What the use cases need from a workbook. The Office.js adapter (inside Excel, and against the fake
 * Excel in tests) and the .xlsx package adapter (CLI, src/adapters/xlsx/xlsxPort.ts) both implement it; one contract suite runs against both.
 */
export interface WorkbookPort {
  /** Every sheet (or the named ones) as a grid, in as few round trips as the host allows. */
  readGrid(options?: { readonly sheets?: readonly string[] }): Promise<WorkbookGrid>;
  /**
   * `readGrid` of the named sheets, with each sheet's tables as detection with `detect` finds them in the
   * grid returned. Optional: for a port that detects tables while reading (Office, to find the blank status
   * cells whose fills it reads), so a re-check need not find them again.
   */
  readGridWithTables?(options: {
    readonly sheets: readonly string[];
    readonly detect: DetectOptions;
  }): Promise<GridWithTables>;
  /**
   * Replaces the add-in's previous highlights with these, saving each touched cell's original fill (in
   * the workbook, so clearing works after save and reopen). Never changes a value.
   */
  applyHighlights(plan: HighlightPlan): Promise<void>;
  /** Restores every fill the add-in changed exactly (No Fill stays No Fill) and forgets the saved fills. */
  clearHighlights(): Promise<void>;
  /** Writes (or replaces) the add-in's own sheet; returns the sheet name used. Never replaces a user's sheet. */
  writeSheet(
    model: SheetModel,
    options?: { readonly activate?: boolean }
  ): Promise<{ readonly sheetName: string }>;
  /**
   * Appends rows to the add-in's history sheet (created with `header` when missing). `intents` give each
   * column's format where the adapter can show it (a report date as a date); `chart`, the trend chart an
   * adapter that can draws over every row (the .xlsx copy does).
   */
  appendRows(
    sheetName: string,
    header: readonly string[],
    rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
    options?: {
      readonly intents?: ReadonlyArray<FormatIntent | undefined>;
      readonly chart?: TrendChart;
    }
  ): Promise<void>;
  /** The add-in's saved settings (raw: callers validate with zod), or null when none. */
  loadSettings(): Promise<unknown>;
  saveSettings(value: unknown): Promise<void>;
  /**
   * The tool's per-action snapshot (core/snapshot: a custom XML part in SNAPSHOT_NAMESPACE) as stored in
   * the workbook, or null when there is none. Optional: a host without custom XML parts has no memory.
   */
  readSnapshot?(): Promise<string | null>;
  /** Stores the snapshot part, replacing the tool's previous one. */
  writeSnapshot?(xml: string): Promise<void>;
  /**
   * "Tidy this plan": adds the dropdowns, colour rules and date prompts (and a status header the user
   * agreed to), never over a validation already there and never twice; records what it added in the
   * workbook. Optional: a port that cannot (yet) write them leaves it out and the pane says so.
   */
  applyTidy?(writes: readonly TidyTableWrite[]): Promise<TidyOutcome>;
  /** What tidy recorded in this workbook (null when nothing), so the pane can offer to remove it. */
  readTidyRecord?(): Promise<TidyRecord | null>;
  /** Takes away exactly what tidy recorded; a rule the user has changed since stays. */
  removeTidy?(): Promise<{ readonly removed: number; readonly keptChanged: number }>;
  /**
   * Runs `fn`'s writes as one step of the host's undo list where the host can (Excel from ExcelApi
   * 1.20); elsewhere simply runs `fn`.
   */
  inOneStep?<T>(fn: () => Promise<T>): Promise<T>;
  /** What the port knows of the workbook now (see PortMemory); absent where sheets have no ids. */
  memory?(): PortMemory;
}

/**
 * Reads another .xlsx workbook (a previous version of the plan) into grids, on the user's machine: the pane
 * passes the bytes of a file the user picked; nothing is sent anywhere. Rejects with a plain sentence when
 * the bytes are not a readable .xlsx.
 */
export type PlanFileReader = (bytes: Uint8Array) => Promise<WorkbookGrid>;

/** Hosts with a user and a selection (Excel) also navigate. */
export interface NavigablePort extends WorkbookPort {
  select(sheet: string, address: string): Promise<void>;
}
