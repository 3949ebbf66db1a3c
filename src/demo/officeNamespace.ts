import type { DemoBridge } from "./bridge";
import { demoThemeKind, officeThemeFor } from "./officeTheme";

/** `Office.onReady`'s answer inside Excel on the web. */
const READY_INFO = { host: "Excel", platform: "OfficeOnline" } as const;

/** The subset of the `Office` namespace the pane reads (see src/taskpane/boot.ts, services.ts, theme.ts). */
export function fakeOffice(bridge: DemoBridge, search: string) {
  return {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
    onReady(callback?: (info: typeof READY_INFO) => void): Promise<typeof READY_INFO> {
      const ready = Promise.resolve(READY_INFO);
      if (callback) void ready.then(callback);
      return ready;
    },
    context: {
      host: READY_INFO.host,
      platform: READY_INFO.platform,
      displayLanguage: "en-GB",
      officeTheme: officeThemeFor(demoThemeKind(search)),
      document: { url: bridge.documentUrl },
      requirements: {
        isSetSupported: (name: string, version?: string) => bridge.isSetSupported(name, version),
      },
    },
  };
}

/** The subset of the `Excel` namespace the pane uses: `run`, over the page's workbook. */
export function fakeExcelNamespace(bridge: DemoBridge) {
  return { run: bridge.run.bind(bridge) };
}
