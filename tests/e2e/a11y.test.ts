/**
 * axe-core in the pane's document, in every view and every Office theme: no serious or critical violation.
 * Each view is also screenshotted whole (test-results/e2e/) and measured at 350 px: nothing may stick out
 * sideways. Ratings and severities must read as words, not colour alone.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DemoServer } from "../../scripts/serve-demo";
import { axeViolations, seriousOrCritical, type Violation } from "./support/axe";
import { launchBrowser, type Browser } from "./support/browser";
import { SAMPLES } from "./support/cli";
import { openDemo, paneFrame, type Demo } from "./support/demo";
import { checkWorkbook, choose, openSection } from "./support/pane";
import { serveDemo } from "./support/server";
import { SHOTS_DIR, shootPane, type LayoutReport } from "./support/shots";

type Theme = "light" | "dark" | "contrast";

let server: DemoServer;
let browser: Browser;
/** What each view showed, for the report written after the run (test-results/e2e/a11y.json). */
const findings: Record<string, { violations: Violation[]; layout: LayoutReport }> = {};

beforeAll(async () => {
  server = await serveDemo();
  browser = await launchBrowser();
});

afterAll(async () => {
  writeFileSync(join(SHOTS_DIR, "a11y.json"), JSON.stringify(findings, null, 2));
  await browser?.close();
  await server?.close();
});

const RATING_WORDS = /^(Red|Amber|Green|Complete|Not rated): \d+$/;

/** Runs axe and screenshots the view; fails on a serious or critical violation or sideways overflow. */
async function audit(demo: Demo, theme: Theme, view: string): Promise<void> {
  const name = `${theme}-${view}`;
  const frame = await paneFrame(demo.page);
  // Fluent's accordion panels fade in: contrast measured mid-animation is not what the user reads.
  await frame.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running")
  );
  const violations = await axeViolations(frame);
  const layout = await shootPane(demo.page, name);
  findings[name] = { violations, layout };
  expect({ view: name, serious: seriousOrCritical(violations) }).toEqual({
    view: name,
    serious: [],
  });
  expect({ view: name, overflow: layout.horizontalOverflow }).toEqual({ view: name, overflow: 0 });
}

describe.each<[Theme]>([["light"], ["dark"], ["contrast"]])("the %s theme", (theme) => {
  let demo: Demo;

  beforeAll(async () => {
    demo = await openDemo(browser, server.url, { sample: SAMPLES[0]?.file ?? "", theme });
  });

  afterAll(async () => {
    await demo?.page.close();
  });

  it("wears the theme asked for", async () => {
    const frame = await paneFrame(demo.page);
    const background = await frame.evaluate(
      () =>
        getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor
    );
    const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
    const brightness = (r + g + b) / 3;
    if (theme === "light") expect(brightness).toBeGreaterThan(200);
    else if (theme === "dark") expect(brightness).toBeLessThan(80);
    else expect(brightness).toBe(0);
  });

  it("first run", async () => {
    await audit(demo, theme, "1-first-run");
  });

  it("after the check", async () => {
    await checkWorkbook(demo);
    await audit(demo, theme, "2-checked");
  });

  it("with filters set, and with a filter's list open", async () => {
    await choose(demo, "Severity", "Warnings");
    await demo.pane.getByRole("searchbox", { name: "Search issues" }).fill("due");
    await audit(demo, theme, "3-filtered");
    await demo.pane.getByRole("combobox", { name: "Kind of issue" }).click();
    await demo.pane.getByRole("listbox").waitFor();
    await audit(demo, theme, "4-filter-open");
    await demo.page.keyboard.press("Escape");
  });

  it("the tables found, with their column mapping", async () => {
    await openSection(demo, /^Tables found/);
    await audit(demo, theme, "5-tables");
  });

  it("the ratings, in words as well as colours", async () => {
    await openSection(demo, /^Ratings/);
    const chips = await demo.pane
      .getByRole("list", { name: "Actions by rating" })
      .getByRole("listitem")
      .allInnerTexts();
    expect(chips.length).toBeGreaterThan(0);
    for (const chip of chips) expect(chip.trim()).toMatch(RATING_WORDS);
    // Each rated action says its rating in words beside its reason.
    const reasons = await demo.pane
      .locator('section[aria-labelledby^="rating-"] li button')
      .allInnerTexts();
    const actions = chips.reduce((n, c) => n + Number(/\d+$/.exec(c.trim())?.[0] ?? 0), 0);
    expect(reasons.length).toBe(actions);
    for (const reason of reasons) {
      expect(reason).toMatch(/(Red|Amber|Green|Complete|Not rated): \S/);
      expect(reason).not.toMatch(/(Red|Amber|Green|Complete|Not rated): \1:/);
    }
    await audit(demo, theme, "6-ratings");
  });

  it("filtered to one rating from the toggles beside the verdict", async () => {
    const red = demo.pane.locator('[data-rating="red"]');
    await red.click();
    await audit(demo, theme, "8-rating-chosen");
    await red.click();
  });

  it("the settings", async () => {
    await openSection(demo, /^Settings/);
    await audit(demo, theme, "7-settings");
  });

  it("made no network request and logged no error", () => {
    expect(demo.blocked).toEqual([]);
    expect(demo.errors).toEqual([]);
  });
});
