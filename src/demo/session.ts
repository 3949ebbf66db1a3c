import { SETTINGS_KEY } from "../adapters/office/host";
import { a1 } from "../core/grid/a1";
import {
  createFakeExcel,
  type FakeExcel,
  type FakeRequestContext,
  type FakeWorkbookSeed,
} from "../fake-excel";
import type { DemoBridge } from "./bridge";

/** A workbook open in the demo: the fake Excel holding it and what the page says about it. */
export interface DemoWorkbook {
  readonly fake: FakeExcel;
  /** The file name the pane shows (Office.context.document.url). */
  readonly fileName: string;
  readonly title: string;
  /** The report date saved in the workbook's settings, so the pane rates as at it; null for today. */
  readonly asOf: string | null;
}

export interface OpenOptions {
  readonly fileName: string;
  readonly title: string;
  readonly asOf?: string | null;
}

/**
 * Opens a workbook in a fresh fake Excel. A sample carries its report date in the add-in's settings, saved
 * as the add-in saves them (JSON text under its key), so the pane starts on that date as the CLI demo does.
 */
export function openWorkbook(seed: FakeWorkbookSeed, options: OpenOptions): DemoWorkbook {
  const asOf = options.asOf ?? null;
  const settings: Record<string, unknown> = { ...(seed.settings ?? {}) };
  if (asOf !== null) settings[SETTINGS_KEY] = JSON.stringify({ asOf });
  return {
    fake: createFakeExcel({ ...seed, settings }),
    fileName: options.fileName,
    title: options.title,
    asOf,
  };
}

/**
 * The bridge the pane's fake office.js uses: `Excel.run` on this workbook, telling the page after each batch.
 * `syncLatencyMs` delays every `context.sync()` by that much, as a round trip to Excel on the web would.
 */
export function bridgeFor(
  workbook: DemoWorkbook,
  afterBatch: () => void,
  syncLatencyMs = 0
): DemoBridge {
  const { fake } = workbook;
  return {
    documentUrl: workbook.fileName,
    isSetSupported: (name, version) => fake.isSetSupported(name, version),
    async run(batch) {
      try {
        return await fake.run((context) => batch(withLatency(context, syncLatencyMs)));
      } finally {
        afterBatch();
      }
    },
  };
}

function withLatency(context: FakeRequestContext, ms: number): FakeRequestContext {
  if (ms <= 0) return context;
  const sync = context.sync.bind(context);
  context.sync = async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return sync();
  };
  return context;
}

/** Every cell's fill by sheet and address ("C12": "#FFC7CE"), for the page's test hooks. */
export function fillsOf(workbook: DemoWorkbook): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const sheet of workbook.fake.state.sheets) {
    const fills: Record<string, string> = {};
    for (const [key, cell] of sheet.cells) {
      if (cell.fill) fills[a1(Math.floor(key / 16384), key % 16384)] = cell.fill;
    }
    out[sheet.name] = fills;
  }
  return out;
}
