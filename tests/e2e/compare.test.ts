/**
 * Issue 16 in the browser: the pane compares the open workbook with a previous version the user picks (an
 * .xlsx read inside the pane by the project's own reader; nothing leaves the page) and, by default, with
 * the last report kept in the workbook. The previous version is the sample plan with action 1.1 due three
 * months earlier, so the open one has slipped; each theme's view is screenshotted and audited with axe.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DemoServer } from "../../scripts/serve-demo";
import { axeViolations, seriousOrCritical } from "./support/axe";
import { launchBrowser, type Browser } from "./support/browser";
import type { FileChooser } from "playwright-core";
import { SAMPLES_DIR } from "./support/cli";
import { eventually, openDemo, paneFrame, sheetTab, viewCell, type Demo } from "./support/demo";
import { checkWorkbook } from "./support/pane";
import { serveDemo } from "./support/server";
import { shootPane } from "./support/shots";

const SAMPLE = "002-southend-sen-strategy.xlsx";
const PICKER = "Previous version of this plan (.xlsx)";

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

/** The sample with action 1.1's timescale set to `due`: the version before the deadline was pushed back. */
async function versionWithDue(due: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(SAMPLES_DIR, SAMPLE)) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("Action Plan");
  if (!ws) throw new Error("the sample has no Action Plan sheet");
  let row = 0;
  ws.eachRow((r, n) => {
    if (row === 0 && /^1\.1\b/.test(String(r.getCell(1).value ?? ""))) row = n;
  });
  if (row === 0) throw new Error("no action 1.1 in the sample");
  ws.getCell(row, 4).value = due;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const section = (demo: Demo) => demo.pane.getByRole("region", { name: /^(Since|Compared with) / });

async function pick(demo: Demo, name: string, buffer: Buffer): Promise<void> {
  await demo.pane.getByLabel(PICKER).setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  });
}

async function settled(demo: Demo): Promise<void> {
  const frame = await paneFrame(demo.page);
  await frame.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running")
  );
}

describe.each([["light"], ["dark"], ["contrast"]] as const)("the %s theme", (theme) => {
  let demo: Demo;

  beforeAll(async () => {
    demo = await openDemo(browser, server.url, { sample: SAMPLE, theme });
    await checkWorkbook(demo);
  });

  afterAll(async () => {
    await demo?.page.close();
  });

  it("lists the slipped action of a picked previous version, and goes to its row", async () => {
    await pick(demo, "SEN strategy Q3 2013.xlsx", await versionWithDue("October 2013"));
    const headline = section(demo).getByText(/^Since SEN strategy Q3 2013\.xlsx: 1 slipped/);
    await headline.waitFor({ timeout: 30000 });
    const slipped = section(demo).getByRole("list", { name: "Slipped (1)" }).getByRole("button");
    await expect(slipped.count()).resolves.toBe(1);
    const text = await slipped.innerText();
    expect(text).toMatch(/^1\.1 /);
    expect(text).toContain("slipped 92 days: 31/10/2013 → 31/01/2014");
    const counts = section(demo)
      .getByRole("list", { name: "Changes by kind" })
      .getByRole("listitem");
    const words = await counts.allInnerTexts();
    expect(words).toHaveLength(7);
    expect(words[0]).toBe("1 slipped");
    expect(words.slice(-2)).toEqual(["0 added", "0 removed"]);

    await settled(demo);
    const layout = await shootPane(demo.page, `compare-${theme}-file`);
    expect(layout.horizontalOverflow).toBe(0);
    expect(seriousOrCritical(await axeViolations(await paneFrame(demo.page)))).toEqual([]);

    const target = /Go to ('(?:[^']|'')+'|[^\s!]+)!([A-Z]+\d+)/.exec(text);
    expect(target).not.toBeNull();
    await slipped.click();
    await eventually(async () =>
      expect(await demo.page.getByRole("textbox", { name: "Name box" }).inputValue()).toBe(
        target?.[2]
      )
    );
    await expect(sheetTab(demo.page, "Action Plan").getAttribute("aria-selected")).resolves.toBe(
      "true"
    );
    await expect(
      viewCell(demo.page, target?.[2] ?? "").getAttribute("aria-selected")
    ).resolves.toBe("true");
    expect(demo.blocked).toEqual([]);
    expect(demo.errors).toEqual([]);
  });
});

describe("a session on the sample", () => {
  let demo: Demo;

  beforeAll(async () => {
    demo = await openDemo(browser, server.url, { sample: SAMPLE });
    await checkWorkbook(demo);
  });

  afterAll(async () => {
    await demo?.page.close();
  });

  it("has no last report before a summary build, then shows the deadline pushed back since", async () => {
    await section(demo)
      .getByText(/No earlier report is kept in this workbook yet/)
      .waitFor();
    await demo.pane.getByRole("button", { name: "Build summary sheet" }).click();
    await demo.pane.getByText(/^Summary written to the/).waitFor();
    // an officer pushes action 1.1 back in the sheet: the pane re-checks and compares as they edit
    await eventually(async () =>
      expect(await section(demo).getByRole("status").innerText()).toMatch(
        /^Since last report \(31\/01\/2014\): 0 slipped/
      )
    );
    await sheetTab(demo.page, "Action Plan").click();
    const row = await demo.page.evaluate(() => {
      const cells = Array.from(
        document.querySelectorAll<HTMLElement>(".grid td[data-address^='A']")
      );
      const cell = cells.find((td) => /^1\.1\b/.test(td.innerText.trim()));
      return cell?.dataset.address?.slice(1) ?? "";
    });
    expect(Number(row)).toBeGreaterThan(0);
    await demo.page.evaluate(
      ([address]) =>
        (
          window as unknown as {
            __apcDemoInspect: { userEdit(s: string, a: string, v: unknown[][]): Promise<void> };
          }
        ).__apcDemoInspect.userEdit("Action Plan", address, [["June 2014"]]),
      [`D${row}`] as const
    );
    await section(demo)
      .getByText(/^Since last report \(31\/01\/2014\): 1 slipped/)
      .waitFor({ timeout: 30000 });
    await section(demo)
      .getByRole("button", { name: /^Show the changes/ })
      .click();
    const slipped = section(demo).getByRole("list", { name: "Slipped (1)" });
    await expect(slipped.innerText()).resolves.toContain(
      "slipped 150 days: 31/01/2014 → 30/06/2014"
    );
    await settled(demo);
    await shootPane(demo.page, "compare-light-snapshot");
  });

  it("says a different plan is not a version of this one", async () => {
    const other = readFileSync(join(SAMPLES_DIR, "000-southwark-priority4.xlsx"));
    await pick(demo, "Southwark.xlsx", other);
    await demo.pane.getByText("Not two versions of one plan").waitFor({ timeout: 30000 });
    await expect(
      demo.pane.getByText(/Southwark\.xlsx and this workbook do not look like versions/).count()
    ).resolves.toBe(1);
    await expect(
      section(demo).getByRole("heading", { name: "Compared with Southwark.xlsx" }).count()
    ).resolves.toBe(1);
    await settled(demo);
    await shootPane(demo.page, "compare-light-not-one-plan");
    await section(demo).getByRole("button", { name: "Back to the last report" }).click();
    await eventually(async () =>
      expect(await section(demo).getByRole("status").innerText()).toMatch(/^Since last report/)
    );
    expect(demo.blocked).toEqual([]);
    expect(demo.errors).toEqual([]);
  });
});

it("is reached and used with the keyboard alone: the picker opens the file chooser, a change goes to its row", async () => {
  const demo = await openDemo(browser, server.url, { sample: SAMPLE });
  // listening from the start: Playwright turns file-chooser interception on asynchronously, so a
  // listener added in the same breath as the key press can miss the chooser on a loaded machine
  const chooserOpened = new Promise<FileChooser>((resolve) =>
    demo.page.once("filechooser", resolve)
  );
  await checkWorkbook(demo);
  const inPane = async () =>
    demo.page.evaluate(() => {
      const frame = document.querySelector("iframe");
      const el = frame?.contentDocument?.activeElement as HTMLElement | null | undefined;
      return el?.innerText?.trim() ?? "";
    });
  const tabTo = async (wanted: RegExp) => {
    for (let i = 0; i < 60; i++) {
      await demo.page.keyboard.press("Tab");
      if (wanted.test(await inPane())) return;
    }
    throw new Error(`Tab never reached ${wanted}`);
  };
  await tabTo(/^Compare with a previous version…$/);
  // the pane's buttons are disabled-but-focusable while a check writes its highlights: Enter then is inert
  const disabled = await demo.page.evaluate(() =>
    document.querySelector("iframe")?.contentDocument?.activeElement?.getAttribute("aria-disabled")
  );
  expect(disabled).not.toBe("true");
  await demo.page.keyboard.press("Enter");
  const chooser = await chooserOpened;
  await chooser.setFiles({
    name: "Q3 2013.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await versionWithDue("October 2013"),
  });
  await section(demo)
    .getByText(/^Since Q3 2013\.xlsx: 1 slipped/)
    .waitFor({ timeout: 30000 });
  await demo.pane.getByRole("button", { name: "Hide the changes" }).focus();
  await tabTo(/slipped 92 days/);
  const address = /!([A-Z]+\d+)$/.exec(await inPane())?.[1];
  await demo.page.keyboard.press("Enter");
  await eventually(async () =>
    expect(await demo.page.getByRole("textbox", { name: "Name box" }).inputValue()).toBe(address)
  );
  expect(demo.errors).toEqual([]);
  await demo.page.close();
});
