/**
 * Issue 16 point 4 in the browser: "Tidy this plan…" on a plan dropped on the demo page shows the
 * dropdown's words, the colour rules as swatches and the due prompt before anything is added; Apply says
 * what it added; Remove tidy rules takes it away. In light, dark and high contrast, with axe on each view.
 * Screenshots: test-results/e2e/tidy-*.png.
 */
import type { DemoServer } from "../../scripts/serve-demo";
import { launchBrowser, type Browser } from "./support/browser";
import { SAMPLES, type Sample } from "./support/cli";
import { openDemo, type Demo } from "./support/demo";
import { dropWorkbook, workbookBytes } from "./support/files";
import { checkWorkbook } from "./support/pane";
import { serveDemo } from "./support/server";
import { shootAccessible } from "./support/shots";

let server: DemoServer;
let browser: Browser;
let bytes: Buffer;

const ROWS = [
  ["Ref", "Action", "Lead", "Target date", "RAG status"],
  ["1", "Publish the local offer", "SEND manager", "31/03/2024", "On track"],
  ["2", "Review EHCP timeliness", "Head of SEND", "June 2024", "Off track"],
  ["3", "Train SENCOs", "EP service", "Spring term 2024", "At risk"],
  ["4", "Launch the parent panel", "Participation lead", "2023", "Complete"],
];

beforeAll(async () => {
  server = await serveDemo();
  browser = await launchBrowser();
  bytes = await workbookBytes("Plan", ROWS);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function shoot(demo: Demo, name: string): Promise<void> {
  const layout = await shootAccessible(demo, name);
  expect({ name, overflow: layout.horizontalOverflow }).toEqual({ name, overflow: 0 });
}

describe.each(["light", "dark", "contrast"] as const)("Tidy this plan (%s)", (theme) => {
  it("shows what will be added, applies it, then removes it", async () => {
    const demo = await openDemo(browser, server.url, {
      sample: (SAMPLES[0] as Sample).file,
      theme,
    });
    await dropWorkbook(demo, "tidy.xlsx", bytes);
    await demo.page.getByRole("tab", { name: "Plan", exact: true }).waitFor();
    await checkWorkbook(demo);
    await demo.pane.getByRole("button", { name: "Tidy this plan…" }).click();
    const region = demo.pane.getByRole("region", { name: "Tidy this plan" });
    await region.getByText("Dropdown on E2:E5: On track, Off track, At risk, Complete").waitFor();
    const swatches = region
      .getByRole("list", { name: "Colour rules on Plan" })
      .getByRole("listitem");
    expect(await swatches.allTextContents()).toEqual([
      "On track",
      "Off track",
      "At risk",
      "Complete",
    ]);
    await region.getByText(/Date prompt on D2:D5/).waitFor();
    await shoot(demo, `tidy-proposal-${theme}`);
    await region.getByRole("button", { name: "Apply" }).click();
    await demo.pane.getByText("Added 1 dropdown, 4 colour rules and 1 date prompt.").waitFor();
    await demo.pane.getByRole("button", { name: "Remove tidy rules" }).waitFor();
    await shoot(demo, `tidy-applied-${theme}`);
    await demo.pane.getByRole("button", { name: "Remove tidy rules" }).click();
    await demo.pane.getByText("Removed the tidy rules (6).").waitFor();
    expect(demo.blocked).toEqual([]);
    await demo.page.close();
  });
});
