/**
 * One pass through the pane with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys, Home/End):
 * check, filter, go to a cell, build the summary, correct a mapping, clear the highlights. The mouse is
 * never used: every step starts from wherever the previous one left the focus.
 */
import type { Page } from "playwright-core";
import type { DemoServer } from "../../scripts/serve-demo";
import { SUMMARY_SHEET_NAME } from "../../src/core/summary";
import { launchBrowser, type Browser } from "./support/browser";
import { cliReport, countsOf, SAMPLES, type Sample } from "./support/cli";
import {
  eventually,
  openDemo,
  paneFrame,
  parseGoTo,
  sheetTab,
  shownIssueCount,
  workbookFills,
  type Demo,
} from "./support/demo";
import { countTexts, verdictCounts } from "./support/pane";
import { serveDemo } from "./support/server";

let server: DemoServer;
let browser: Browser;
let demo: Demo;
const sample = SAMPLES[0] as Sample;

beforeAll(async () => {
  server = await serveDemo();
  browser = await launchBrowser();
  demo = await openDemo(browser, server.url, { sample: sample.file });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The element with the focus: in the pane (when the pane's iframe has it) or in the page. */
interface Focused {
  readonly inPane: boolean;
  readonly role: string;
  /** Its text, or for a field its label. */
  readonly text: string;
  readonly label: string;
  readonly expanded: string | null;
}

async function focused(page: Page): Promise<Focused> {
  const inPane = await page.evaluate(() => document.activeElement?.tagName === "IFRAME");
  const scope = inPane ? await paneFrame(page) : page.mainFrame();
  return scope.evaluate((pane) => {
    const el = document.activeElement as HTMLElement | null;
    const labels = (el as HTMLButtonElement | null)?.labels;
    return {
      inPane: pane,
      role: el?.getAttribute("role") ?? el?.tagName.toLowerCase() ?? "",
      text: (el?.innerText ?? "").trim(),
      label: (labels?.[0]?.innerText ?? el?.getAttribute("aria-label") ?? "").trim(),
      expanded: el?.getAttribute("aria-expanded") ?? null,
    };
  }, inPane);
}

/** Presses Tab (or Shift+Tab) until the focus is on what `wanted` accepts; fails after `max` presses. */
async function tabTo(
  wanted: (f: Focused) => boolean,
  what: string,
  options: { back?: boolean; max?: number } = {}
): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 80); i++) {
    await demo.page.keyboard.press(options.back ? "Shift+Tab" : "Tab");
    const f = await focused(demo.page);
    if (wanted(f)) return;
    seen.push(`${f.inPane ? "pane" : "page"}:${f.role}:${(f.label || f.text).slice(0, 30)}`);
  }
  throw new Error(`Tab never reached ${what}; went through ${seen.join(" | ")}`);
}

const paneButton = (name: string | RegExp) => (f: Focused) =>
  f.inPane &&
  f.role === "button" &&
  (typeof name === "string" ? f.text === name : name.test(f.text));
const paneCombobox = (label: string) => (f: Focused) =>
  f.inPane && f.role === "combobox" && f.label === label;

it("checks, filters, goes to cells, summarises, corrects a mapping and clears, by keyboard alone", async () => {
  const report = await cliReport(sample);
  const counts = countsOf(report);
  const original = await workbookFills(demo.page);

  // Check: Tab from the top of the page into the pane, Enter.
  await tabTo(paneButton("Check this workbook"), '"Check this workbook"');
  await demo.page.keyboard.press("Enter");
  await eventually(async () => expect(await verdictCounts(demo)).toEqual(countTexts(counts)));

  // Filter to errors: open the Severity list with Enter, arrow down to "Errors", Enter.
  await tabTo(paneCombobox("Severity"), "the Severity filter");
  await demo.page.keyboard.press("Enter");
  await demo.page.keyboard.press("ArrowDown");
  await demo.page.keyboard.press("Enter");
  await eventually(async () => expect(await shownIssueCount(demo.pane)).toBe(counts.error));

  // Go to the first error with Enter, and to the next (the list is one tab stop: Down arrow) with Space.
  await tabTo(
    (f) => f.inPane && f.role === "button" && f.text.includes("Go to "),
    "the first issue"
  );
  const first = parseGoTo((await focused(demo.page)).text);
  await demo.page.keyboard.press("Enter");
  const nameBox = demo.page.getByRole("textbox", { name: "Name box" });
  await eventually(async () => expect(await nameBox.inputValue()).toBe(first.address));
  await demo.page.keyboard.press("ArrowDown");
  const next = await focused(demo.page);
  if (next.text.includes("Go to ")) {
    const second = parseGoTo(next.text);
    await demo.page.keyboard.press("Space");
    await eventually(async () => expect(await nameBox.inputValue()).toBe(second.address));
    await expect(sheetTab(demo.page, second.sheet).getAttribute("aria-selected")).resolves.toBe(
      "true"
    );
  }

  // Back to all severities: Shift+Tab to the filter, open it, Home, Enter.
  await tabTo(paneCombobox("Severity"), "the Severity filter", { back: true });
  await demo.page.keyboard.press("Space");
  await demo.page.keyboard.press("Home");
  await demo.page.keyboard.press("Enter");
  await eventually(async () => expect(await shownIssueCount(demo.pane)).toBe(counts.total));

  // Build the summary with Space.
  await tabTo(paneButton("Build summary sheet"), '"Build summary sheet"', { back: true });
  await demo.page.keyboard.press("Space");
  await eventually(async () =>
    expect(await sheetTab(demo.page, SUMMARY_SHEET_NAME).getAttribute("aria-selected")).toBe("true")
  );

  // Correct a mapping: open "Tables found" with Enter, then the first table's Owner list: End, Enter.
  const table = report.tables[0];
  expect(table).toBeDefined();
  if (!table) return;
  const corrected = countsOf(
    await cliReport(sample, {
      mappingOverrides: {
        [table.key]: { owner: table.columns.owner === undefined ? "A" : null },
      },
    })
  );
  await tabTo(paneButton(/^Tables found/), '"Tables found"');
  await demo.page.keyboard.press("Enter");
  await tabTo(paneCombobox("Owner"), "the first table's Owner column");
  await demo.page.keyboard.press("Enter");
  await demo.page.keyboard.press(table.columns.owner === undefined ? "Home" : "End");
  await demo.page.keyboard.press("Enter");
  await eventually(async () => expect(await verdictCounts(demo)).toEqual(countTexts(corrected)));

  // Clear the highlights with Enter: every fill the workbook had is back.
  await tabTo(paneButton("Clear highlights"), '"Clear highlights"', { back: true });
  await demo.page.keyboard.press("Enter");
  await eventually(async () => {
    const fills = await workbookFills(demo.page);
    for (const [sheet, cells] of Object.entries(original)) expect(fills[sheet]).toEqual(cells);
  });
  expect(demo.blocked).toEqual([]);
});
