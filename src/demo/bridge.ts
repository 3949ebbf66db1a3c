import type { FakeRequestContext } from "../fake-excel";

/** Where the demo page puts its {@link DemoBridge} on `window`, for the pane's iframe to find. */
export const BRIDGE_KEY = "__apcDemo";

/**
 * What the demo page shares with the task pane in its iframe: the fake Excel workbook's `run` and what
 * `Office.context` reports. The workbook lives in the page, not in the pane, so it outlives the pane as a
 * real workbook does (a theme switch reloads the pane; the highlights and settings stay in the workbook).
 */
export interface DemoBridge {
  /** Excel.run over the page's fake workbook; the page re-renders its sheet view after each batch. */
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported, as the fake's API level answers it. */
  isSetSupported(name: string, version?: string): boolean;
  /** Office.context.document.url: the sample's or dropped file's name. */
  readonly documentUrl: string;
}

/** The window of the demo page as the pane's iframe sees it. */
export type BridgeScope = { [BRIDGE_KEY]?: DemoBridge };
