/**
 * Range.dataValidation (ExcelApi 1.8) and Range.conditionalFormats (1.6) in the fake, as the Office.js
 * reference describes them: one kind of rule per validation, `type` None / MixedCriteria / Inconsistent,
 * clear() on the overlapping cells only, protected sheets refused, new formats at the top priority, and
 * `cellValueOrNullObject` a null object on a format of another type.
 */
import { createFakeExcel, type FakeExcel } from "./index";
import { cellKey } from "./types";

function fake(platform: "web" | "windows" = "web", protectedSheet = false): FakeExcel {
  return createFakeExcel(
    { sheets: [{ name: "S", cells: [{ row: 1, col: 1, value: "x" }], protected: protectedSheet }] },
    { profile: { api: "1.9", platform } }
  );
}

describe("Range.dataValidation in the fake", () => {
  it("refuses a rule with two kinds of criteria and a typed list over 255 characters", async () => {
    const f = fake();
    const set = (rule: Record<string, unknown>) =>
      f.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A3").dataValidation.rule = rule;
        await context.sync();
      });
    await expect(
      set({ list: { source: "a,b" }, date: { operator: "GreaterThan", formula1: "2000-01-01" } })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(set({ list: { source: "x".repeat(256) } })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(f.state.sheets[0]!.validations?.size ?? 0).toBe(0);
  });

  it("says None, the kind, MixedCriteria or Inconsistent, and clears only the cells it overlaps", async () => {
    const f = fake();
    const types = await f.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      const before = ws.getRange("A1:A3").dataValidation.load("type");
      await context.sync();
      const none = before.type;
      ws.getRange("A1:A3").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      ws.getRange("A3").dataValidation.rule = { list: { inCellDropDown: true, source: "c" } };
      const whole = ws.getRange("A1:A2").dataValidation.load("type");
      const mixed = ws.getRange("A1:A4").dataValidation.load("type");
      const inconsistent = ws.getRange("A1:A3").dataValidation.load("type");
      await context.sync();
      const out = [none, whole.type, mixed.type, inconsistent.type];
      ws.getRange("A2:A5").dataValidation.clear();
      await context.sync();
      return out;
    });
    expect(types).toEqual(["None", "List", "MixedCriteria", "Inconsistent"]);
    expect([...(f.state.sheets[0]!.validations?.keys() ?? [])]).toEqual([cellKey(1, 1)]);
  });

  it.each(["web", "windows"] as const)(
    "refuses a validation on a protected sheet (%s) and changes nothing",
    async (platform) => {
      const f = fake(platform, true);
      await expect(
        f.run(async (context) => {
          const r = context.workbook.worksheets.getItem("S").getRange("A1");
          r.dataValidation.prompt = { showPrompt: true, title: "t", message: "m" };
          await context.sync();
        })
      ).rejects.toMatchObject({ code: platform === "web" ? "AccessDenied" : "InvalidOperation" });
      expect(f.state.sheets[0]!.validations?.size ?? 0).toBe(0);
    }
  );
});

describe("Range.conditionalFormats in the fake", () => {
  it("adds each new format at the top priority, its id being its place in the range's collection", async () => {
    const f = fake();
    const seen = await f.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("B1:B5");
      for (const word of ["A", "B"]) {
        const cf = r.conditionalFormats.add("CellValue");
        cf.cellValue.rule = { operator: "EqualTo", formula1: `="${word}"` };
        cf.cellValue.format.fill.color = "#ffc7ce";
      }
      const all = r.conditionalFormats.load("items/id,items/priority,items/cellValue/rule");
      const count = context.workbook.worksheets
        .getItem("S")
        .getRange("C1")
        .conditionalFormats.getCount();
      await context.sync();
      return {
        items: all.items.map((i) => [i.id, i.priority, i.cellValue.rule.formula1]),
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult, filled by the sync
        elsewhere: count.value,
      };
    });
    expect(seen).toEqual({
      items: [
        ["0", 0, '="B"'],
        ["1", 1, '="A"'],
      ],
      elsewhere: 0,
    });
    expect(f.state.sheets[0]!.conditionalFormats?.map((c) => c.fill)).toEqual([
      "#FFC7CE",
      "#FFC7CE",
    ]);
  });

  it("gives a null cellValueOrNullObject on a format of another type", async () => {
    const f = fake();
    f.state.sheets[0]!.conditionalFormats = [
      {
        key: 99,
        rect: { top: 1, left: 2, bottom: 5, right: 2 },
        type: "ContainsText",
        rule: {},
        stopIfTrue: false,
      },
    ];
    const nulls = await f.run(async (context) => {
      const all = context.workbook.worksheets
        .getItem("S")
        .getRange("B2")
        .conditionalFormats.load("items/type,items/cellValueOrNullObject/rule");
      await context.sync();
      return all.items.map((i) => [i.type, i.cellValueOrNullObject.isNullObject]);
    });
    expect(nulls).toEqual([["ContainsText", true]]);
  });
});
