import type { Frame, FrameLocator, Locator, Page } from "playwright-core";
import type { Browser } from "./browser";

/** The pane's iframe, as the demo page titles it. */
export const PANE_IFRAME = 'iframe[title="Action Plan Checker task pane"]';

/** Where the tests serve axe-core from (see {@link openDemo}). */
export const AXE_PATH = "__e2e/axe.min.js";

/** An open demo page: the page, its pane, and what the page did that a test should know about. */
export interface Demo {
  readonly page: Page;
  /** Locators inside the pane (they follow the iframe through reloads). */
  readonly pane: FrameLocator;
  /** Requests to anything but the demo server: none are allowed, they are aborted and listed here. */
  readonly blocked: string[];
  /** Console errors and uncaught exceptions, from the page and the pane. */
  readonly errors: string[];
}

export interface OpenOptions {
  /** A sample's file name (with or without .xlsx). */
  readonly sample?: string;
  readonly theme?: "light" | "dark" | "contrast";
}

/** Opens the demo page and waits until the pane has started on the workbook. */
export async function openDemo(
  browser: Browser,
  baseUrl: string,
  options: OpenOptions = {}
): Promise<Demo> {
  const page = await browser.context.newPage();
  // a page opened after others were closed is not the foreground tab, and headless Chromium then opens
  // no file chooser for it (an Enter on the pane's picker did nothing; a 3 s pause only sometimes helped)
  await page.bringToFront();
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    // axe-core for the accessibility tests, served from the page's own origin: the pane's
    // Content-Security-Policy (script-src 'self') rightly refuses inline scripts, and stays on.
    if (url === `${baseUrl}${AXE_PATH}`) {
      return route.fulfill({
        path: require.resolve("axe-core/axe.min.js"),
        contentType: "text/javascript",
      });
    }
    if (url.startsWith(baseUrl) || url.startsWith("data:")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  const params = new URLSearchParams();
  if (options.sample) params.set("sample", options.sample);
  if (options.theme) params.set("theme", options.theme);
  await page.goto(`${baseUrl}?${params.toString()}`);
  const pane = page.frameLocator(PANE_IFRAME);
  await pane.getByRole("button", { name: "Check this workbook" }).waitFor({ timeout: 30000 });
  return { page, pane, blocked, errors };
}

/** The pane's Frame (for evaluate and axe), once its document has loaded. */
export async function paneFrame(page: Page): Promise<Frame> {
  const handle = await page.locator(PANE_IFRAME).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("the pane's iframe has no frame");
  return frame;
}

/** Retries `check` until it passes or `timeoutMs` runs out (playwright-core has no `expect`). */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 15000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The cells' fills by sheet and address, straight from the fake workbook the page holds. */
export function workbookFills(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(() => {
    const inspect = (
      window as unknown as {
        __apcDemoInspect?: { fills(): Record<string, Record<string, string>> };
      }
    ).__apcDemoInspect;
    if (!inspect) throw new Error("the demo page has no workbook open");
    return inspect.fills();
  });
}

/** The sheet view's cell at an address, on the sheet it shows. */
export function viewCell(page: Page, address: string): Locator {
  return page.locator(`.grid td[data-address="${address}"]`);
}

/** The sheet view's tab for a sheet. */
export function sheetTab(page: Page, name: string): Locator {
  return page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true });
}

/**
 * The issue cards the pane's list has rendered ("Go to 'Plan'!C5" is in each). The list is virtualised:
 * only the cards near its viewport are in the page; {@link shownIssueCount} says how many it holds.
 */
export function issueButtons(pane: FrameLocator): Locator {
  return pane.getByRole("list", { name: "Issues" }).getByRole("button", { name: /Go to / });
}

/** How many issues the list holds under the current filter, from its status line. */
export async function shownIssueCount(pane: FrameLocator): Promise<number> {
  const text = await pane
    .getByText(/^(Showing [\d,]+ of [\d,]+ issues?|[\d,]+ issues?)\.$/)
    .innerText();
  const m = /^Showing ([\d,]+)/.exec(text) ?? /^([\d,]+)/.exec(text);
  return Number(m?.[1]?.replace(/,/g, "") ?? NaN);
}

/** "Go to 'Priority 4'!E17" → { sheet: "Priority 4", address: "E17" }. */
export function parseGoTo(text: string): { sheet: string; address: string } {
  const m = /Go to ('(?:[^']|'')+'|[^\s!]+)!([A-Z]+\d+)/.exec(text);
  if (!m?.[1] || !m[2]) throw new Error(`no cell reference in "${text}"`);
  const sheet = m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
  return { sheet, address: m[2] };
}
