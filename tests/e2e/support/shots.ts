import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { axeViolations, seriousOrCritical } from "./axe";
import { PANE_IFRAME, paneFrame, type Demo } from "./demo";

/** Where the screenshots go (gitignored). */
export const SHOTS_DIR = resolve(__dirname, "..", "..", "..", "test-results", "e2e");

/** What a pane screenshot found about the layout at 350 px. */
export interface LayoutReport {
  /** The pane's document is wider than the pane: something sticks out sideways. */
  readonly horizontalOverflow: number;
  /** Elements whose text is cut off (scrollWidth > clientWidth under overflow hidden/clip/ellipsis). */
  readonly truncated: string[];
}

/**
 * Screenshots the whole pane (its iframe stretched to the document's height, so nothing is hidden by
 * scrolling) and the page around it, and measures overflow and truncated text in the pane.
 */
export async function shootPane(page: Page, name: string): Promise<LayoutReport> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const frame = await paneFrame(page);
  const layout = await frame.evaluate(() => {
    const root = document.documentElement;
    const truncated: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      if (el.clientWidth === 0 || !el.textContent?.trim()) continue;
      const style = getComputedStyle(el);
      const clips =
        ["hidden", "clip"].includes(style.overflowX) || style.textOverflow === "ellipsis";
      if (clips && el.scrollWidth > el.clientWidth + 1) {
        truncated.push(
          `${el.tagName.toLowerCase()}.${el.className.split(" ")[0] ?? ""}: ${el.textContent.trim().slice(0, 60)}`
        );
      }
    }
    return {
      horizontalOverflow: Math.max(0, root.scrollWidth - root.clientWidth),
      truncated,
      height: root.scrollHeight,
    };
  });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}-page.png`) });
  const iframe = page.locator(PANE_IFRAME);
  const before = await iframe.evaluate((el: HTMLElement) => el.style.height);
  await iframe.evaluate(
    (el: HTMLElement, h: number) => (el.style.height = `${h}px`),
    layout.height
  );
  await iframe.screenshot({ path: join(SHOTS_DIR, `${name}-pane.png`) });
  await iframe.evaluate((el: HTMLElement, h: string) => (el.style.height = h), before);
  return { horizontalOverflow: layout.horizontalOverflow, truncated: layout.truncated };
}

/** Screenshots the whole demo page (sheet view and pane) as the viewport shows it. */
export async function shootPage(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}-page.png`) });
}

/**
 * Waits for the pane's animations to settle, runs axe on it (no serious or critical violation in this
 * view, named in the failure), then screenshots it: what the layout measured is returned.
 */
export async function shootAccessible(demo: Demo, name: string): Promise<LayoutReport> {
  const frame = await paneFrame(demo.page);
  await frame.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running")
  );
  expect({ name, serious: seriousOrCritical(await axeViolations(frame)) }).toEqual({
    name,
    serious: [],
  });
  return shootPane(demo.page, name);
}
