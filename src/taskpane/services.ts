import { createOfficeWorkbook, type ExcelRun } from "../adapters/office";
import { writeSummarySheet } from "../app/summary";
import { fileNameOf, londonToday } from "./clock";
import type { PaneServices } from "./services.types";

/** The part of the `Office` namespace the services read; `typeof Office` satisfies it. */
export interface OfficeHostLike {
  readonly context: {
    readonly document?: { readonly url?: string | null } | null;
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
  const port = createOfficeWorkbook((batch) => excel.run(batch), {
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
  });
  const now = () => new Date().toISOString();
  return {
    port,
    fileName: fileNameOf(office.context.document?.url),
    today: () => londonToday(new Date()),
    now,
    buildSummary: (report, config, asOf) => writeSummarySheet(port, report, config, asOf, now()),
    onEdited(cb, onError) {
      const subscription = port.onEdited(() => cb());
      subscription.catch((error: unknown) => onError?.(error));
      return () => {
        void subscription.then((unsubscribe) => unsubscribe()).catch(() => undefined);
      };
    },
  };
}
