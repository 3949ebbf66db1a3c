/**
 * Issue 15, points 3 and 4 in the browser: the tool's own output opened in the pane. A checked copy the
 * CLI wrote (highlights, "RAG Summary", "RAG History") checks to exactly the plan's own counts, and
 * rollup.xlsx to no actions and no issues; and every highlight the pane paints is a colour its legend
 * names. Screenshots: test-results/e2e/own-*.png.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DemoServer } from "../../scripts/serve-demo";
import { checkFile, type CheckedFile } from "../../src/cli/checkFile";
import { writeCheckedCopies, writeRollupFile } from "../../src/cli/outputs";
import { DEFAULT_CONFIG } from "../../src/core/schema";
import { launchBrowser, type Browser } from "./support/browser";
import { countsOf, issuesOf, SAMPLES, SAMPLES_DIR, type Sample } from "./support/cli";
import { eventually, openDemo, sheetTab, workbookFills, type Demo } from "./support/demo";
import { dropWorkbook } from "./support/files";
import { checkWorkbook, countTexts, openSection, verdictCounts } from "./support/pane";
import { serveDemo } from "./support/server";
import { shootPage, shootPane } from "./support/shots";

const sample = SAMPLES[0] as Sample;
const config = { ...DEFAULT_CONFIG, asOf: sample.asOf };
let server: DemoServer;
let browser: Browser;
let plan: CheckedFile;
let copyBytes: Buffer;
let rollupBytes: Buffer;

beforeAll(async () => {
  server = await serveDemo();
  browser = await launchBrowser();
  plan = await checkFile(join(SAMPLES_DIR, sample.file), config, sample.asOf);
  const out = mkdtempSync(join(tmpdir(), "apc-own-"));
  const copies = await writeCheckedCopies([plan], config, sample.asOf, out, { snapshot: true });
  copyBytes = readFileSync(copies.written[0]!);
  await writeRollupFile([plan], config, sample.asOf, join(out, "rollup.xlsx"));
  rollupBytes = readFileSync(join(out, "rollup.xlsx"));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Drops a file on the demo page, sets the sample's report date as an officer types it, and checks. */
async function openDropped(name: string, bytes: Buffer, firstTab: string): Promise<Demo> {
  const demo = await openDemo(browser, server.url, { sample: sample.file });
  await dropWorkbook(demo, name, bytes);
  await demo.page.getByRole("tab", { name: firstTab, exact: true }).waitFor();
  await demo.pane.getByRole("button", { name: "Check this workbook" }).waitFor();
  await openSection(demo, /^Settings/);
  const [y, m, d] = sample.asOf.split("-");
  await demo.pane.getByRole("textbox", { name: /Report date/ }).fill(`${d}/${m}/${y}`);
  await demo.pane.getByRole("button", { name: "Save settings" }).click();
  await demo.pane.getByText("Settings saved.").waitFor();
  await checkWorkbook(demo);
  return demo;
}

describe("the tool's own output, opened in the pane", () => {
  it("a checked copy checks to the plan's own counts: its summary and history are not read as plans", async () => {
    const demo = await openDropped("plan.checked.xlsx", copyBytes, "RAG Summary");
    try {
      const expected = countsOf(plan.report);
      await eventually(async () => expect(await verdictCounts(demo)).toEqual(countTexts(expected)));
      await expect(
        demo.pane.getByRole("button", { name: `Issues (${expected.total})` }).count()
      ).resolves.toBe(1);
      const actions = plan.report.tables.reduce((n, t) => n + t.actions.length, 0);
      const tables = plan.report.tables.length;
      await expect(
        demo.pane.getByText(`${actions} actions in ${tables} tables`, { exact: false }).count()
      ).resolves.toBeGreaterThan(0);
      await sheetTab(demo.page, "RAG Summary").click();
      await shootPage(demo.page, "own-1-checked-copy");
      await shootPane(demo.page, "own-1-checked-copy");
    } finally {
      await demo.page.close();
    }
  });

  it("rollup.xlsx holds no plan: no action is read from it and no issue raised", async () => {
    const demo = await openDropped("rollup.xlsx", rollupBytes, "Roll-up");
    try {
      await shootPage(demo.page, "own-2-rollup");
      await shootPane(demo.page, "own-2-rollup");
      const pane = await demo.pane.locator("body").innerText();
      // no action read from the roll-up's tables, so no issue either ("The action in row 7 '60' has a
      // timescale that names no date: '42%'" was the symptom)
      expect(pane).not.toMatch(/names no date/);
      expect(pane).not.toMatch(/\b[1-9]\d* (errors?|warnings?|actions?)\b/);
      expect(pane).not.toMatch(/Issues \([1-9]/);
    } finally {
      await demo.page.close();
    }
  });

  it("paints each flagged cell in a colour the pane's legend names", async () => {
    const demo = await openDemo(browser, server.url, { sample: sample.file });
    try {
      await checkWorkbook(demo);
      await openSection(demo, /^Highlight colours/);
      const legend = demo.pane.getByRole("list", { name: "Highlight colours" });
      const swatches = await legend
        .getByRole("listitem")
        .evaluateAll((items) =>
          items.map((li) => getComputedStyle(li.firstElementChild as HTMLElement).backgroundColor)
        );
      const hex = (rgb: string) =>
        `#${(rgb.match(/\d+/g) ?? [])
          .slice(0, 3)
          .map((n) => Number(n).toString(16).padStart(2, "0"))
          .join("")}`.toUpperCase();
      const named = new Set(swatches.map(hex));
      expect(named.size).toBe(swatches.length);
      const fills = await workbookFills(demo.page);
      const flagged = issuesOf(plan.report).filter((i) => i.cell);
      expect(flagged.length).toBeGreaterThan(0);
      const painted = new Set(flagged.map((i) => fills[i.sheet]?.[i.cell]?.toUpperCase()));
      for (const fill of painted) expect(named).toContain(fill);
      await legend.scrollIntoViewIfNeeded();
      await shootPane(demo.page, "own-3-legend");
    } finally {
      await demo.page.close();
    }
  });
});
