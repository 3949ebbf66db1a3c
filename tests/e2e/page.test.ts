/**
 * The demo page around the pane. A workbook the user drops on the page (or opens with the file picker) is
 * read in the browser, with ExcelJS's browser build, and checked like a bundled sample: same counts as the
 * CLI once the report date is set in the pane's settings. Switching the theme reloads the pane, as
 * reopening it in Excel would, and the workbook keeps what the pane wrote.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DemoServer } from "../../scripts/serve-demo";
import { launchBrowser, type Browser } from "./support/browser";
import { cliReport, countsOf, SAMPLES, SAMPLES_DIR, type Sample } from "./support/cli";
import {
  eventually,
  openDemo,
  paneFrame,
  sheetTab,
  workbookFills,
  type Demo,
} from "./support/demo";
import { checkWorkbook, countTexts, openSection, verdictCounts } from "./support/pane";
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

/** Sets the report date in the pane's settings and saves it (the workbook keeps it). */
async function setReportDate(demo: Demo, asOf: string): Promise<void> {
  await openSection(demo, /^Settings/);
  await demo.pane.getByLabel("Report date").fill(asOf);
  await demo.pane.getByRole("button", { name: "Save settings" }).click();
  await demo.pane.getByText("Settings saved.").waitFor();
}

/** Sheet names in the .xlsx as the CLI's reader sees them (the tables' sheets are among them). */
function firstTableSheet(report: Awaited<ReturnType<typeof cliReport>>): string {
  const sheet = report.tables[0]?.sheet;
  if (!sheet) throw new Error("the sample has no table");
  return sheet;
}

it("reads a dropped .xlsx in the page and checks it to the CLI's counts", async () => {
  const sample = SAMPLES[2] as Sample;
  const report = await cliReport(sample);
  const demo = await openDemo(browser, server.url, { sample: (SAMPLES[0] as Sample).file });
  const bytes = readFileSync(join(SAMPLES_DIR, sample.file)).toString("base64");
  const drop = await demo.page.evaluateHandle(
    ([base64, name]) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: "application/octet-stream" }));
      return transfer;
    },
    [bytes, sample.file] as const
  );
  await demo.page.dispatchEvent(".page", "dragover", { dataTransfer: drop });
  await demo.page.dispatchEvent(".page", "drop", { dataTransfer: drop });

  await eventually(async () =>
    expect(await sheetTab(demo.page, firstTableSheet(report)).count()).toBe(1)
  );
  await demo.pane.getByRole("button", { name: "Check this workbook" }).waitFor();
  await setReportDate(demo, sample.asOf);
  await checkWorkbook(demo);
  await eventually(async () =>
    expect(await verdictCounts(demo)).toEqual(countTexts(countsOf(report)))
  );
  await shootPage(demo.page, "dropped-1-checked");
  expect(demo.blocked).toEqual([]);
  expect(demo.errors).toEqual([]);
  await demo.page.close();
});

it("says so when the file is not an .xlsx workbook", async () => {
  const demo = await openDemo(browser, server.url);
  await demo.page.getByLabel("Open an .xlsx").setInputFiles({
    name: "notes.xlsx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from("just some text"),
  });
  const status = demo.page.getByRole("status").filter({ hasText: "notes.xlsx" });
  await eventually(async () =>
    expect(await status.innerText()).toContain("not an Excel .xlsx workbook")
  );
  // The workbook that was open stays open, with its pane.
  await demo.pane.getByRole("button", { name: "Check this workbook" }).waitFor();
  await demo.page.close();
});

it("reloads the pane on a theme switch, and the workbook keeps its highlights and their backup", async () => {
  const sample = SAMPLES[1] as Sample;
  const counts = countsOf(await cliReport(sample));
  const demo = await openDemo(browser, server.url, { sample: sample.file });
  const original = await workbookFills(demo.page);
  await checkWorkbook(demo);
  const highlighted = await workbookFills(demo.page);
  expect(highlighted).not.toEqual(original);

  await demo.page.getByLabel("Office theme").selectOption("dark");
  await demo.pane.getByRole("button", { name: "Check this workbook" }).waitFor();
  const background = await (
    await paneFrame(demo.page)
  ).evaluate(
    () => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor
  );
  expect(background).not.toBe("rgb(255, 255, 255)");
  expect(await workbookFills(demo.page)).toEqual(highlighted);

  // The new pane clears what the old one highlighted: the fills it saved are in the workbook.
  await checkWorkbook(demo);
  await eventually(async () => expect(await verdictCounts(demo)).toEqual(countTexts(counts)));
  await demo.pane.getByRole("button", { name: "Clear highlights" }).click();
  await eventually(async () => expect(await workbookFills(demo.page)).toEqual(original));
  expect(new URL(demo.page.url()).searchParams.get("theme")).toBe("dark");
  expect(demo.errors).toEqual([]);
  await demo.page.close();
});
