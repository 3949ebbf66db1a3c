import { readFileSync } from "fs";
import { join } from "path";
import { API_SETS } from "./apiSets.generated";
import { createFakeExcel } from "./index";
import { ALL_PROFILES, profileSupports, type HostProfile } from "./profile";

const generator = require("../../scripts/gen-excel-api-sets.js") as {
  generate(): string;
  apiSetsFrom(dts: string, classes?: string[]): Record<string, string>;
};

describe("the API set table", () => {
  it("is what scripts/gen-excel-api-sets.js makes of @types/office-js (regenerate it when this fails)", () => {
    const committed = readFileSync(join(__dirname, "apiSets.generated.ts"), "utf8");
    expect(committed).toBe(generator.generate());
  });

  it("reads each member's own remark, not its neighbour's", () => {
    const dts = [
      "declare namespace Excel {",
      "    /**",
      "     * [Api set: ExcelApi 1.1]",
      "     */",
      "    class Range extends OfficeExtension.ClientObject {",
      "        /**",
      "         * @remarks",
      "         * [Api set: ExcelApi 1.13]",
      "         */",
      "        getMergedAreasOrNullObject(): Excel.RangeAreas;",
      "        load(option?: string): Excel.Range;",
      "        /**",
      "         * [Api set: ExcelApiOnline 1.1]",
      "         */",
      "        readonly onlyOnline: string;",
      "    }",
      "}",
      "declare namespace Word {",
      "    class Range {",
      "        /** [Api set: WordApi 1.1] */",
      "        clear(): void;",
      "    }",
      "}",
    ].join("\n");
    expect(generator.apiSetsFrom(dts, ["Range"])).toEqual({
      Range: "ExcelApi 1.1",
      "Range.getMergedAreasOrNullObject": "ExcelApi 1.13",
      "Range.onlyOnline": "ExcelApiOnline 1.1",
    });
  });

  it("has the members the adapter depends on at the versions Microsoft documents", () => {
    expect(API_SETS["Range.getMergedAreasOrNullObject"]).toBe("ExcelApi 1.13");
    expect(API_SETS["Worksheet.notes"]).toBe("ExcelApi 1.18");
    expect(API_SETS["RunOptions.mergeUndoGroup"]).toBe("ExcelApi 1.20");
    expect(API_SETS["Range.getCellProperties"]).toBe("ExcelApi 1.9");
    expect(API_SETS["RangeFill.patternColor"]).toBe("ExcelApi 1.9");
  });
});

const seed = {
  sheets: [
    {
      name: "Plan",
      cells: [{ row: 1, col: 1, value: "Action" }],
      merges: [{ top: 2, left: 1, bottom: 2, right: 3 }],
    },
  ],
};

async function mergedAreas(profile: HostProfile): Promise<string> {
  const fake = createFakeExcel(seed, { profile });
  return fake.run(async (ctx) => {
    const areas = ctx.workbook.worksheets.getItem("Plan").getRange().getMergedAreasOrNullObject();
    areas.load("address");
    await ctx.sync();
    return areas.address;
  });
}

describe.each(ALL_PROFILES)("a fake $platform Excel at ExcelApi $api", (profile) => {
  const has = (v: string) => profileSupports(profile, "ExcelApi", v);

  it("refuses getMergedAreasOrNullObject below 1.13 with Excel's ApiNotFound", async () => {
    if (has("1.13")) await expect(mergedAreas(profile)).resolves.toBe("Plan!A2:C2");
    else await expect(mergedAreas(profile)).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("refuses notes below 1.18, and says which sets it has", async () => {
    const fake = createFakeExcel(seed, { profile });
    const reading = fake.run(async (ctx) => {
      const notes = ctx.workbook.worksheets.getItem("Plan").notes;
      notes.load("items");
      await ctx.sync();
      return notes.items.length;
    });
    if (has("1.18")) await expect(reading).resolves.toBe(0);
    else await expect(reading).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(fake.isSetSupported("ExcelApi", profile.api)).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.21")).toBe(false);
    expect(fake.isSetSupported("ExcelApiOnline", "1.1")).toBe(profile.platform === "web");
  });

  it("has a 5 MB payload limit on the web only", () => {
    const fake = createFakeExcel(seed, { profile });
    expect(Number.isFinite(fake.host.payloadLimit)).toBe(profile.platform === "web");
  });
});
