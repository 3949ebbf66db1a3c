import { createOfficeWorkbook, type ExcelRun } from "../adapters/office";
import { loadSettings } from "../app/settings";
import { demoThemeKind, officeThemeFor } from "./officeTheme";
import { bridgeFor, fillsOf, openWorkbook } from "./session";
import { themeKindFor } from "../taskpane/theme";

const seed = {
  sheets: [{ name: "Plan", cells: [{ row: 1, col: 1, value: "Action", fill: "FFFF00" }] }],
};

describe("the bridge's requirement sets", () => {
  it.each([
    ["ExcelApi", "1.9", true],
    ["ExcelApi", "1.18", true],
    ["ExcelApi", "1.19", false],
    ["WordApi", "1.1", false],
  ])("%s %s at the fake's ExcelApi 1.18 → %s", (name, version, expected) => {
    const wb = openWorkbook(seed, { fileName: "plan.xlsx", title: "Plan" });
    expect(bridgeFor(wb, () => undefined).isSetSupported(name, version)).toBe(expected);
  });
});

describe("openWorkbook", () => {
  it("saves the sample's report date where the pane's settings are read from", async () => {
    const wb = openWorkbook(seed, { fileName: "plan.xlsx", title: "Plan", asOf: "2003-10-31" });
    const port = createOfficeWorkbook(wb.fake.run as unknown as ExcelRun, {
      isSetSupported: () => true,
    });
    await expect(loadSettings(port)).resolves.toMatchObject({
      config: { asOf: "2003-10-31" },
      warning: null,
    });
  });

  it("leaves the settings alone when there is no report date", async () => {
    const wb = openWorkbook(seed, { fileName: "plan.xlsx", title: "Plan" });
    expect(wb.fake.state.settings.size).toBe(0);
    expect(fillsOf(wb)).toEqual({ Plan: { A1: "#FFFF00" } });
  });
});

describe("bridgeFor", () => {
  it("runs batches on the workbook and tells the page after each, even a failed one", async () => {
    const wb = openWorkbook(seed, { fileName: "plan.xlsx", title: "Plan" });
    const after = jest.fn();
    const bridge = bridgeFor(wb, after);
    const value = await bridge.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Plan").getRange("A1");
      r.load("values");
      await context.sync();
      return r.values;
    });
    expect(value).toEqual([["Action"]]);
    expect(after).toHaveBeenCalledTimes(1);
    await expect(
      bridge.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(after).toHaveBeenCalledTimes(2);
    expect(bridge.documentUrl).toBe("plan.xlsx");
  });
});

describe("the demo's Office theme", () => {
  it.each([
    ["?theme=dark", "dark"],
    ["?theme=contrast", "contrast"],
    ["?theme=LIGHT", "light"],
    ["", "light"],
    ["?theme=purple", "light"],
  ] as const)("%s is reported so the pane picks %s even without its override", (search, kind) => {
    expect(demoThemeKind(search)).toBe(kind);
    expect(themeKindFor({ officeTheme: officeThemeFor(kind) })).toBe(kind);
  });
});
