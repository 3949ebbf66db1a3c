import { startTaskpane } from "../taskpane/boot";
import type { DemoBridge } from "./bridge";
import { fakeExcelNamespace, fakeOffice } from "./officeNamespace";
import { bridgeFor, openWorkbook } from "./session";

function bridge(): DemoBridge {
  const wb = openWorkbook({ sheets: [{ name: "Plan" }] }, { fileName: "a.xlsx", title: "A" });
  return bridgeFor(wb, () => undefined);
}

describe("the demo's Office namespace", () => {
  it("starts the pane as Excel on the web would", async () => {
    const show = jest.fn();
    // A timeout that never fires: the fake is ready at once.
    const never = () => new Promise<void>(() => undefined);
    await expect(startTaskpane(fakeOffice(bridge(), ""), show, { sleep: never })).resolves.toEqual({
      kind: "pane",
      platform: "OfficeOnline",
    });
    expect(show.mock.calls.map(([view]) => view.kind)).toEqual(["loading", "pane"]);
  });

  it("names the document and reports the theme asked for", () => {
    const office = fakeOffice(bridge(), "?theme=dark");
    expect(office.context.document.url).toBe("a.xlsx");
    expect(office.context.officeTheme.isDarkTheme).toBe(true);
  });

  it("calls onReady's callback too, as office.js does", async () => {
    const callback = jest.fn();
    await fakeOffice(bridge(), "").onReady(callback);
    expect(callback).toHaveBeenCalledWith({ host: "Excel", platform: "OfficeOnline" });
  });

  it("runs Excel batches on the page's workbook", async () => {
    const excel = fakeExcelNamespace(bridge());
    const names = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Plan"]);
  });
});
