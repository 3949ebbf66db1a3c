import type { WorkbookPort } from "../../app/ports";
import type { WorkbookGrid } from "../../core/grid/types";
import type { HighlightPlan } from "../../core/highlight";
import type { TrendChart } from "../../core/summary/history";
import type { FormatIntent } from "../../core/summary/sheetModel";
import { WorkbookPackage } from "./package/workbookPackage";
import { readXlsxGrid } from "./readPackage";
import { readSettings } from "./package/settings";

/** The .xlsx file as a WorkbookPort: reads its grid, records the use cases' writes, saves a patched copy. */
export interface XlsxWorkbook extends WorkbookPort {
  /** The checked copy: the input package with every recorded write applied. The input is never changed. */
  save(): Promise<Buffer>;
}

/**
 * Opens .xlsx bytes as a port. Sheets and rows are written into the package as they come (so a second
 * writeSheet replaces the first, as in Excel); highlights are kept as a plan and applied on `save`, so a
 * later applyHighlights or clearHighlights replaces them, as the Office adapter's do. A file has no add-in
 * settings store of its own: settings saved in Excel are read from the workbook's web-extension part, and
 * settings saved here last for the port's life (the CLI takes its configuration from --config).
 */
export function openXlsxWorkbook(bytes: Uint8Array): XlsxWorkbook {
  const input = Buffer.from(bytes);
  // sheets and rows go into this package as they come; each save highlights a fork of it, so saving
  // never ends the session and a later applyHighlights or clearHighlights still replaces the highlights
  let live: WorkbookPackage | null = null;
  const write = <T>(op: (p: WorkbookPackage) => T): T => op((live ??= new WorkbookPackage(input)));
  let plan: HighlightPlan = { cells: [] };
  let settings: { value: unknown } | null = null;
  return {
    async readGrid(options) {
      // the tool's own sheets (from an earlier copy) are not plans to check, as in the CLI
      const grid: WorkbookGrid = await readXlsxGrid(input, { skipOwnSheets: true });
      const wanted = options?.sheets;
      return wanted?.length
        ? { ...grid, sheets: grid.sheets.filter((s) => wanted.includes(s.name)) }
        : grid;
    },
    applyHighlights(next) {
      plan = next;
      return Promise.resolve();
    },
    clearHighlights() {
      plan = { cells: [] };
      return Promise.resolve();
    },
    writeSheet(model, options) {
      return Promise.resolve({ sheetName: write((p) => p.writeSheet(model, options ?? {})) });
    },
    appendRows(
      sheetName,
      header,
      rows,
      options?: {
        readonly intents?: ReadonlyArray<FormatIntent | undefined>;
        readonly chart?: TrendChart;
      }
    ) {
      write((p) => p.appendRows(sheetName, header, rows, options?.intents ?? [], options?.chart));
      return Promise.resolve();
    },
    loadSettings() {
      return Promise.resolve(
        settings ? settings.value : readSettings(new WorkbookPackage(input).pkg)
      );
    },
    saveSettings(value) {
      settings = { value };
      return Promise.resolve();
    },
    readSnapshot() {
      return Promise.resolve((live ?? new WorkbookPackage(input)).readSnapshot());
    },
    writeSnapshot(xml) {
      write((p) => p.writeSnapshot(xml));
      return Promise.resolve();
    },
    save() {
      const p = live ? live.fork() : new WorkbookPackage(input);
      p.highlight(plan);
      return Promise.resolve(p.toBuffer());
    },
  };
}
