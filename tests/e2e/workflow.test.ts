/**
 * The pane in real Chromium beside the demo's sheet view, driven with the mouse as a person would: check,
 * filter, go to a cell, correct a mapping, build the summary, clear the highlights. Expected counts come
 * from the CLI's own check of the same .xlsx at the same report date.
 */
import { SUMMARY_SHEET_NAME } from "../../src/core/summary";
import { tableTitle } from "../../src/taskpane/paneState";
import type { DemoServer } from "../../scripts/serve-demo";
import { launchBrowser, type Browser } from "./support/browser";
import { cliReport, countsOf, SAMPLES, type Sample } from "./support/cli";
import {
  eventually,
  issueButtons,
  openDemo,
  parseGoTo,
  sheetTab,
  shownIssueCount,
  viewCell,
  workbookFills,
  type Demo,
} from "./support/demo";
import {
  checkWorkbook as check,
  choose,
  countTexts as expectedCountTexts,
  verdictCounts,
} from "./support/pane";
import { serveDemo } from "./support/server";
import { shootPage } from "./support/shots";

let server: DemoServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDemo();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(SAMPLES.map((s) => [s.file, s] as [string, Sample]))("%s", (_file, sample) => {
  let demo: Demo;

  beforeAll(async () => {
    demo = await openDemo(browser, server.url, { sample: sample.file });
  });

  afterAll(async () => {
    await demo?.page.close();
  });

  it("checks to the same issue counts as the CLI, as of the sample's report date", async () => {
    const expected = countsOf(await cliReport(sample));
    await check(demo);
    await eventually(async () =>
      expect(await verdictCounts(demo)).toEqual(expectedCountTexts(expected))
    );
    await expect(
      demo.pane.getByRole("button", { name: `Issues (${expected.total})` }).count()
    ).resolves.toBe(1);
    const [y, m, d] = sample.asOf.split("-");
    await expect(demo.pane.getByText(`rated as at ${d}/${m}/${y}`).count()).resolves.toBe(1);
    expect(demo.blocked).toEqual([]);
  });
});

describe("a session on the first sample", () => {
  const sample = SAMPLES[0] as Sample;
  let demo: Demo;
  let original: Record<string, Record<string, string>>;

  beforeAll(async () => {
    demo = await openDemo(browser, server.url, { sample: sample.file });
    original = await workbookFills(demo.page);
    await check(demo);
  });

  afterAll(async () => {
    await demo?.page.close();
  });

  it("highlights the flagged cells in the workbook, and the sheet view shows them", async () => {
    const report = await cliReport(sample);
    const fills = await workbookFills(demo.page);
    const first = report.tables.flatMap((t) => t.actions.flatMap((a) => a.issues))[0];
    expect(first).toBeDefined();
    if (!first) return;
    const now = fills[first.sheet]?.[first.cell];
    expect(now).toBeDefined();
    expect(now).not.toBe(original[first.sheet]?.[first.cell]);
    await sheetTab(demo.page, first.sheet).click();
    await expect(viewCell(demo.page, first.cell).getAttribute("data-fill")).resolves.toBe(now);
    // ExcelApi 1.18: each flagged cell also gets a note with the message, drawn as a red corner.
    await expect(
      viewCell(demo.page, first.cell)
        .getByRole("img", { name: /^Note: / })
        .getAttribute("aria-label")
    ).resolves.toContain(first.message.slice(0, 20));
    await viewCell(demo.page, first.cell).scrollIntoViewIfNeeded();
    await shootPage(demo.page, "workflow-0-highlighted");
  });

  it("filters by severity and by text", async () => {
    const expected = countsOf(await cliReport(sample));
    await choose(demo, "Severity", "Errors");
    await eventually(async () => expect(await shownIssueCount(demo.pane)).toBe(expected.error));
    for (const text of await issueButtons(demo.pane).allInnerTexts())
      expect(text).toMatch(/^Error: /);

    await choose(demo, "Severity", "All severities");
    await eventually(async () => expect(await shownIssueCount(demo.pane)).toBe(expected.total));
    const search = demo.pane.getByRole("searchbox", { name: "Search issues" });
    await search.fill("E17");
    await eventually(async () => {
      const texts = await issueButtons(demo.pane).allInnerTexts();
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.length).toBeLessThan(expected.total);
      for (const t of texts) expect(t).toContain("E17");
    });
    await search.fill("");
    await eventually(async () => expect(await shownIssueCount(demo.pane)).toBe(expected.total));
  });

  it("selects an issue's cell in the sheet when the issue is clicked", async () => {
    const item = issueButtons(demo.pane).nth(2);
    const target = parseGoTo(await item.innerText());
    await item.click();
    await eventually(async () =>
      expect(await demo.page.getByRole("textbox", { name: "Name box" }).inputValue()).toBe(
        target.address
      )
    );
    await expect(sheetTab(demo.page, target.sheet).getAttribute("aria-selected")).resolves.toBe(
      "true"
    );
    await expect(viewCell(demo.page, target.address).getAttribute("aria-selected")).resolves.toBe(
      "true"
    );
    await expect(viewCell(demo.page, target.address).isVisible()).resolves.toBe(true);
    await shootPage(demo.page, "workflow-1-cell-selected");
  });

  it("re-checks with a corrected column mapping, and the issues change as the CLI's do", async () => {
    const before = await cliReport(sample);
    const table = before.tables.find((t) => t.columns.owner !== undefined);
    expect(table).toBeDefined();
    if (!table) return;
    const after = countsOf(
      await cliReport(sample, { mappingOverrides: { [table.key]: { owner: null } } })
    );
    expect(after.total).not.toBe(countsOf(before).total);

    await demo.pane.getByRole("button", { name: /^Tables found/ }).click();
    const tableItem = demo.pane
      .getByRole("list", { name: "Tables found" })
      .getByRole("listitem")
      .filter({ has: demo.pane.getByRole("heading", { name: tableTitle(table), exact: true }) })
      .first();
    await tableItem.getByRole("combobox", { name: "Owner", exact: true }).click();
    await demo.pane.getByRole("option", { name: "Not in this table" }).click();
    await eventually(async () =>
      expect(await verdictCounts(demo)).toEqual(expectedCountTexts(after))
    );
    await expect(
      demo.pane.getByRole("button", { name: `Issues (${after.total})` }).count()
    ).resolves.toBe(1);
    await expect(
      tableItem.getByRole("combobox", { name: "Owner (your correction)" }).count()
    ).resolves.toBe(1);

    await tableItem.getByRole("button", { name: "Undo my corrections for this table" }).click();
    await eventually(async () =>
      expect(await verdictCounts(demo)).toEqual(expectedCountTexts(countsOf(before)))
    );
  });

  it("builds the summary sheet, which appears as a new tab", async () => {
    await expect(sheetTab(demo.page, SUMMARY_SHEET_NAME).count()).resolves.toBe(0);
    await demo.pane.getByRole("button", { name: "Build summary sheet" }).click();
    await eventually(async () =>
      expect(await sheetTab(demo.page, SUMMARY_SHEET_NAME).getAttribute("aria-selected")).toBe(
        "true"
      )
    );
    await shootPage(demo.page, "workflow-2-summary-sheet");
    // The summary's counts table is drawn in the view.
    await expect(
      demo.page.locator(".grid td").filter({ hasText: /^Red$/ }).count()
    ).resolves.toBeGreaterThan(0);
    // Each table on its own widths: the six count columns (B-G) are narrow, the exceptions' text columns
    // (I section, K action, O reason, P latest update) wide, as drawn in the view (px of each <col>)
    const px = await demo.page
      .locator(".grid colgroup col")
      .evaluateAll((cols) =>
        cols.slice(1).map((c) => (c as HTMLElement).getBoundingClientRect().width)
      );
    const counts = px.slice(1, 7);
    expect(Math.max(...counts)).toBeLessThan(130);
    expect(px.length).toBeGreaterThanOrEqual(17);
    expect(Math.min(...[9, 11, 15, 16].map((c) => px[c - 1]!))).toBeGreaterThan(
      Math.max(...counts)
    );
    // the exceptions block: headed in column I, below the count tables
    await demo.page
      .locator(".grid td")
      .filter({ hasText: /^Exceptions: red, amber and not rated$/ })
      .first()
      .scrollIntoViewIfNeeded();
    await shootPage(demo.page, "workflow-2-summary-exceptions");
  });

  it("exports the issue list to its own sheet, which a re-check does not read as a plan", async () => {
    const shown = await demo.pane
      .getByRole("status")
      .filter({ hasText: /issues?\.$/ })
      .first()
      .textContent();
    await demo.pane.getByRole("button", { name: "Export to a sheet" }).click();
    await eventually(async () =>
      expect(await sheetTab(demo.page, "Issue List").getAttribute("aria-selected")).toBe("true")
    );
    await shootPage(demo.page, "workflow-2b-issue-list-sheet");
    await expect(demo.page.locator(".grid td").filter({ hasText: /^Fix$/ }).count()).resolves.toBe(
      1
    );
    await demo.pane.getByRole("button", { name: "Check again" }).click();
    await eventually(async () =>
      expect(
        await demo.pane
          .getByRole("status")
          .filter({ hasText: /issues?\.$/ })
          .first()
          .textContent()
      ).toBe(shown)
    );
  });

  it("clears the highlights, and every original fill is back", async () => {
    await demo.pane.getByRole("button", { name: "Clear highlights" }).click();
    await eventually(async () => {
      const fills = await workbookFills(demo.page);
      for (const [sheet, cells] of Object.entries(original)) expect(fills[sheet]).toEqual(cells);
    });
    const report = await cliReport(sample);
    const first = report.tables.flatMap((t) => t.actions.flatMap((a) => a.issues))[0];
    if (!first) return;
    await sheetTab(demo.page, first.sheet).click();
    await expect(viewCell(demo.page, first.cell).getAttribute("data-fill")).resolves.toBe(
      original[first.sheet]?.[first.cell] ?? "none"
    );
    await shootPage(demo.page, "workflow-3-highlights-cleared");
    expect(demo.blocked).toEqual([]);
    expect(demo.errors).toEqual([]);
  });
});
