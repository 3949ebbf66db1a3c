/**
 * Issue 15 in the browser, on its own all-overdue plan dropped on the demo page: the verdict and each Red
 * action it lists, the ratings up front as a filter, issues grouped by severity with filters that hide empty
 * groups and update the counts, search by owner and section, copying the list as a table, the report date
 * typed and shown day first, a warning when two fields read one column and a correction's effect where the
 * user made it, and high contrast hover and focus measured. Screenshots: test-results/e2e/verdict-*.png.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DemoServer } from "../../scripts/serve-demo";
import { checkFile } from "../../src/cli/checkFile";
import { DEFAULT_CONFIG, type WorkbookReport } from "../../src/core/schema";
import { launchBrowser, type Browser } from "./support/browser";
import { countsOf, issuesOf, SAMPLES, type Sample } from "./support/cli";
import { cardContrast, focusRing } from "./support/contrast";
import {
  eventually,
  issueButtons,
  openDemo,
  paneFrame,
  shownIssueCount,
  type Demo,
} from "./support/demo";
import { allOverdueRows, dropWorkbook, workbookBytes } from "./support/files";
import { checkWorkbook, choose, openSection } from "./support/pane";
import { serveDemo } from "./support/server";
import { shootAccessible } from "./support/shots";

const AS_OF = "2014-01-31";
let server: DemoServer;
let browser: Browser;
let bytes: Buffer;
let report: WorkbookReport;

beforeAll(async () => {
  server = await serveDemo();
  browser = await launchBrowser();
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: server.url,
  });
  bytes = await workbookBytes("Plan", allOverdueRows());
  const file = join(mkdtempSync(join(tmpdir(), "apc-verdict-")), "all-overdue.xlsx");
  writeFileSync(file, bytes);
  report = (await checkFile(file, { ...DEFAULT_CONFIG, asOf: AS_OF }, AS_OF)).report;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Screenshots the pane and runs axe on it: no serious or critical violation in this view. */
async function shoot(demo: Demo, name: string): Promise<void> {
  await shootAccessible(demo, name);
}

/** Opens the demo on the all-overdue plan, sets the report date as an officer types it, and checks. */
async function openAllOverdue(theme: "light" | "dark" | "contrast"): Promise<Demo> {
  const demo = await openDemo(browser, server.url, { sample: (SAMPLES[0] as Sample).file, theme });
  await dropWorkbook(demo, "all-overdue.xlsx", bytes);
  await demo.page.getByRole("tab", { name: "Plan", exact: true }).waitFor();
  await demo.pane.getByRole("button", { name: "Check this workbook" }).waitFor();
  await openSection(demo, /^Settings/);
  await demo.pane.getByRole("textbox", { name: /Report date/ }).fill("31/01/2014");
  await demo.pane.getByRole("button", { name: "Save settings" }).click();
  await demo.pane.getByText("Settings saved.").waitFor();
  await checkWorkbook(demo);
  return demo;
}

describe("the all-overdue plan", () => {
  let demo: Demo;
  beforeAll(async () => {
    demo = await openAllOverdue("light");
  });
  afterAll(async () => demo?.page.close());

  it("is not ready: 3 Red actions have no update, each listed and a link to its cell", async () => {
    const heading = demo.pane.locator("#verdict-heading");
    expect(await heading.innerText()).toBe("Not ready: 3 Red actions have no update");
    const listed = demo.pane
      .getByRole("list", { name: "3 Red actions have no update" })
      .getByRole("button");
    expect(await listed.allInnerTexts()).toEqual([
      "1.1 Review the SEN transport policy\nGo to Plan!B4",
      "1.2 Publish the local offer\nGo to Plan!B5",
      "1.3 Train every SENCo on the new plan\nGo to Plan!B6",
    ]);
    await listed.nth(1).click();
    const nameBox = demo.page.getByRole("textbox", { name: "Name box" });
    await eventually(async () => expect(await nameBox.inputValue()).toBe("B5"));
    await expect(demo.pane.getByText(/^Next: write a current update/).count()).resolves.toBe(1);
    await expect(
      demo.pane.getByText("rated as at 31/01/2014", { exact: false }).count()
    ).resolves.toBe(1);
    await shoot(demo, "verdict-1-not-ready");
  });

  it("puts the ratings up front; choosing Red filters the issues and the ratings to it", async () => {
    const red = demo.pane.getByRole("button", { name: "Red: 3" });
    await red.click();
    expect(await red.getAttribute("aria-pressed")).toBe("true");
    const onRed = report.tables.flatMap((t) =>
      t.actions.filter((a) => a.rag === "red").flatMap((a) => a.issues)
    );
    await eventually(async () => expect(await shownIssueCount(demo.pane)).toBe(onRed.length));
    await expect(
      demo.pane
        .getByRole("button", { name: `Issues (${onRed.length} of ${issuesOf(report).length})` })
        .count()
    ).resolves.toBe(1);
    await shoot(demo, "verdict-2-red-only");
    await red.click();
    await eventually(async () =>
      expect(await shownIssueCount(demo.pane)).toBe(issuesOf(report).length)
    );
  });

  it("groups by severity; a filter hides the groups it empties and the counts follow", async () => {
    const counts = countsOf(report);
    const headings = () =>
      demo.pane
        .getByRole("list", { name: "Issues" })
        .getByRole("heading", { level: 3 })
        .allInnerTexts();
    const expected = [
      ...(counts.error ? [`Errors (${counts.error})`] : []),
      ...(counts.warning ? [`Warnings (${counts.warning})`] : []),
      ...(counts.info ? [`Tips (${counts.info})`] : []),
    ];
    expect(await headings()).toEqual(expected);
    await choose(demo, "Severity", "Warnings");
    await eventually(async () =>
      expect(await headings()).toEqual([`Warnings (${counts.warning})`])
    );
    await demo.pane.getByRole("searchbox", { name: "Search issues" }).fill("no such words");
    await eventually(async () =>
      expect(await demo.pane.getByText("No issues match the filter.").count()).toBe(1)
    );
    await expect(demo.pane.getByRole("list", { name: "Issues" }).count()).resolves.toBe(0);
    await expect(
      demo.pane.getByRole("button", { name: `Issues (0 of ${counts.total})` }).count()
    ).resolves.toBe(1);
    await shoot(demo, "verdict-3-nothing-matches");
    await demo.pane.getByRole("searchbox", { name: "Search issues" }).fill("");
    await choose(demo, "Severity", "All severities");
  });

  it("searches the owner and the section, not only the message", async () => {
    const search = demo.pane.getByRole("searchbox", { name: "Search issues" });
    const action = report.tables[0]!.actions.find((a) => a.owner === "Group Manager SEN")!;
    await search.fill("group manager");
    await eventually(async () =>
      expect(await shownIssueCount(demo.pane)).toBe(action.issues.length)
    );
    for (const text of await issueButtons(demo.pane).allInnerTexts())
      expect(text).toContain("Go to Plan!");
    await search.fill("recovery plan");
    await eventually(async () =>
      expect(await shownIssueCount(demo.pane)).toBe(issuesOf(report).length)
    );
    await search.fill("");
  });

  it("copies the issues shown to the clipboard as a table", async () => {
    await demo.pane.getByRole("button", { name: "Copy as table" }).click();
    await demo.pane.getByText(/^Copied \d+ issues? as a table/).waitFor();
    const text = await (await paneFrame(demo.page)).evaluate(() => navigator.clipboard.readText());
    const lines = text.split(/\r?\n/);
    expect(lines[0]).toBe("Severity\tSheet\tCell\tWhere\tRef\tAction\tOwner\tKind\tIssue\tFix");
    expect(lines).toHaveLength(issuesOf(report).length + 1);
    expect(lines.slice(1).every((l) => l.split("\t").length === 10)).toBe(true);
  });

  it("writes every date day first", async () => {
    const text = await (await paneFrame(demo.page)).evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    for (const [, , month] of text.matchAll(/\b(\d{2})\/(\d{2})\/\d{4}\b/g))
      expect(Number(month)).toBeLessThanOrEqual(12);
    await openSection(demo, /^Settings/);
    expect(await demo.pane.getByRole("textbox", { name: /Report date/ }).inputValue()).toBe(
      "31/01/2014"
    );
  });

  it("warns when two fields read one column, and shows a correction's effect on that table", async () => {
    await openSection(demo, /^Tables found/);
    await choose(demo, "Owner", /^B: Action/);
    await demo.pane.getByText(/Action and Owner are both mapped to column B/).waitFor();
    await demo.pane.getByText(/^Your change/).waitFor();
    await shoot(demo, "verdict-4-shared-column");
    await choose(demo, /^Owner/, "Not in this table");
    await eventually(async () =>
      expect(await demo.pane.getByText(/^Your change: .*0 errors → 1/).count()).toBe(1)
    );
    await expect(demo.pane.getByText(/both mapped to column/).count()).resolves.toBe(0);
    await shoot(demo, "verdict-5-mapping-effect");
    await demo.pane.getByRole("button", { name: "Undo my corrections for this table" }).click();
    expect(demo.blocked).toEqual([]);
    expect(demo.errors).toEqual([]);
  });
});

describe("high contrast", () => {
  let demo: Demo;
  beforeAll(async () => {
    demo = await openAllOverdue("contrast");
  });
  afterAll(async () => demo?.page.close());

  it("a hovered issue, verdict action or rating card keeps its text at 4.5:1 or more", async () => {
    const frame = await paneFrame(demo.page);
    for (const [what, selector] of [
      ["issue", '[aria-label="Issues"] button'],
      ["verdict action", '[aria-labelledby="reason-red-no-update"] button'],
      ["rating toggle", '[data-rating="red"]'],
      ["rated action", 'section[aria-labelledby="rating-red"] li button'],
    ] as const) {
      if (what === "rated action") await openSection(demo, /^Ratings/);
      await frame.hover(selector);
      await frame.waitForTimeout(500);
      const ratios = await cardContrast(frame, selector);
      expect(ratios.length).toBeGreaterThan(0);
      for (const r of ratios)
        expect({ what, ...r, ok: r.ratio >= 4.5 }).toMatchObject({ ok: true });
    }
    await frame.hover('[aria-label="Issues"] button');
    await shoot(demo, "verdict-6-contrast-hover");
  });

  it("an issue card focused from the keyboard shows a ring", async () => {
    const frame = await paneFrame(demo.page);
    await demo.pane.getByRole("searchbox", { name: "Search issues" }).click();
    // past "Copy as table" and "Export to a sheet" to the list
    await demo.page.keyboard.press("Tab");
    await demo.page.keyboard.press("Tab");
    await demo.page.keyboard.press("Tab");
    const ring = await focusRing(frame);
    expect(ring.tag).toMatch(/^button .*(Warning|Error|Tip):/);
    expect(ring.style).toBe("solid");
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.ratio).toBeGreaterThanOrEqual(3);
    await shoot(demo, "verdict-7-contrast-focus");
  });
});
