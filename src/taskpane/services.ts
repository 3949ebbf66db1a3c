import {
  createOfficeWorkbook,
  type ExcelRun,
  type ExcelRunWithOptions,
  type OfficeFileSource,
} from "../adapters/office";
import { writeSummarySheet } from "../app/summary";
import { londonToday } from "../app/today";
import { fileNameOf } from "./fileName";
import type { PaneServices } from "./services.types";

/** The part of the `Office` namespace the services read; `typeof Office` satisfies it. */
export interface OfficeHostLike {
  readonly context: {
    readonly document?: {
      readonly url?: string | null;
      /** The common API's file access: how merged areas are read before ExcelApi 1.13. */
      readonly getFileAsync?: OfficeFileSource["getFileAsync"];
    } | null;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/** The part of the `Excel` namespace the services use. */
export interface ExcelHostLike {
  readonly run: ExcelRun;
}

/**
 * Builds the pane's services from the host: the real Office and Excel inside Excel, fakes in the browser
 * harness. The one place the pane is wired to Office.js.
 */
export function createServices(office: OfficeHostLike, excel: ExcelHostLike): PaneServices {
  const isSetSupported = (name: string, version: string) =>
    office.context.requirements.isSetSupported(name, version);
  const doc = office.context.document;
  const getFileAsync = doc?.getFileAsync;
  const port = createOfficeWorkbook((batch) => excel.run(batch), {
    isSetSupported,
    // Excel.run(options, batch): the adapter passes options only where the host has them (1.20)
    runWithOptions: (options, batch) =>
      (excel.run as unknown as ExcelRunWithOptions)(options, batch),
    ...(getFileAsync && doc
      ? { fileSource: { getFileAsync: getFileAsync.bind(doc) } as OfficeFileSource }
      : {}),
  });
  const now = () => new Date().toISOString();
  return {
    port,
    hostNotes: port.limitations.map((l) => l.message),
    fileName: fileNameOf(office.context.document?.url),
    today: () => londonToday(new Date()),
    now,
    buildSummary: (report, config, asOf) => writeSummarySheet(port, report, config, asOf, now()),
    // the .xlsx reader is a chunk of its own, fetched from the add-in's host the first time a file is picked
    readPlanFile: async (bytes) =>
      (await import("../adapters/xlsx/readPlanFile.js")).readPlanFile(bytes),
    onEdited(cb, onError) {
      // leading: the first edit after quiet is re-checked at once (its table only: a few ms), the rest
      // as they settle
      const subscription = port.onEdited(
        (e) => cb(e.changes.map((c) => ({ sheetId: c.worksheetId, address: c.address }))),
        { leading: true }
      );
      subscription.catch((error: unknown) => onError?.(error));
      return () => {
        void subscription.then((unsubscribe) => unsubscribe()).catch(() => undefined);
      };
    },
  };
}
