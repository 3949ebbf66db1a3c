/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/no-empty-load --
   these tests read proxies before and after sync on purpose, to check the fake enforces what the rules describe */
import { createFakeExcel, createFakeExcelFromState, type FakeWorkbookSeed } from "./index";
import { cellKey } from "./types";

const seed: FakeWorkbookSeed = {
  sheets: [
    {
      name: "Plan",
      cells: [
        { row: 1, col: 1, value: "Action" },
        { row: 1, col: 2, value: "Due", fill: "FFD9E1F2" },
        { row: 2, col: 1, value: "Consult" },
        { row: 2, col: 2, value: 41640, numberFormat: "mmm-yy", text: "Jan-14" },
        { row: 3, col: 1, error: "#N/A" },
        { row: 3, col: 2, value: "#N/A" },
      ],
      merges: [{ top: 5, left: 1, bottom: 5, right: 3 }],
    },
    { name: "Locked", protected: true, cells: [{ row: 1, col: 1, value: "x" }] },
  ],
};

describe("fake Excel proxies", () => {
  it("throws PropertyNotLoaded when a property is read before load + sync", async () => {
    const fake = createFakeExcel(seed);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Plan").getRange("A1:B2");
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([
        ["Action", "Due"],
        ["Consult", 41640],
      ]);
      expect(() => r.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it.each([
    ["string", "values,text,address"],
    ["array", ["values", "text", "address"]],
    ["object", { values: true, text: true, address: true }],
  ])("accepts a load spec given as %s", async (_kind, spec) => {
    const fake = createFakeExcel(seed);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Plan").getRange("B2");
      r.load(spec as never);
      await ctx.sync();
      expect([r.address, r.text, r.values]).toEqual(["Plan!B2", [["Jan-14"]], [[41640]]]);
    });
  });

  it("applies queued writes in order at sync, not before", async () => {
    const fake = createFakeExcel(seed);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Plan").getRange("C1");
      r.values = [["first"]];
      r.values = [["second"]];
      expect(fake.state.sheets[0]?.cells.get(cellKey(1, 3))).toBeUndefined();
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([["second"]]);
    });
    expect(fake.stats.syncs).toBe(1);
    // getItem, getRange, two sets, one load
    expect(fake.stats.queuedOps).toBe(5);
  });

  it("resolves getItemOrNullObject to a null object, and methods on it are no-ops", async () => {
    const fake = createFakeExcel(seed);
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("plan");
      expect(() => missing.isNullObject).toThrow();
      missing.delete();
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("rejects a plain getItem of a missing sheet with ItemNotFound", async () => {
    const fake = createFakeExcel(seed);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Nope").load("name");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("keeps Excel errors apart from text that looks like one (valueTypes)", async () => {
    const fake = createFakeExcel(seed);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Plan").getRange("A3:B3");
      r.load("values,valueTypes");
      await ctx.sync();
      expect(r.values).toEqual([["#N/A", "#N/A"]]);
      expect(r.valueTypes).toEqual([["Error", "String"]]);
    });
  });

  it.each([
    ["General", "=1+1", { formula: "=1+1" }],
    ["General", "-owner", { formula: "=-owner" }],
    ["General", "12", { value: 12 }],
    ["@", "=1+1", { value: "=1+1" }],
    ["@", "12", { value: "12" }],
    ["@", "-owner", { value: "-owner" }],
  ])("parses values set under format %s: %s", async (nf, input, expected) => {
    const fake = createFakeExcel(seed);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Plan").getRange("D1");
      r.numberFormat = [[nf]];
      r.values = [[input]];
      await ctx.sync();
    });
    expect(fake.state.sheets[0]?.cells.get(cellKey(1, 4))).toMatchObject(expected);
  });

  it("reads fill colour: No Fill as #FFFFFF, mixed as null; getCellProperties tells None from Solid", async () => {
    const fake = createFakeExcel(seed);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Plan");
      const a1 = ws.getRange("A1").format.fill.load("color,pattern");
      const b1 = ws.getRange("B1").format.fill.load("color");
      const mixed = ws.getRange("A1:B1").format.fill.load("color");
      const white = ws.getRange("C2");
      white.format.fill.color = "#FFFFFF";
      const props = ws
        .getRange("A1:C2")
        .getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await ctx.sync();
      expect([a1.color, a1.pattern, b1.color, mixed.color]).toEqual([
        "#FFFFFF",
        "None",
        "#D9E1F2",
        null,
      ]);
      expect(props.value[0]?.map((p) => p.format)).toEqual([
        { fill: { color: "#FFFFFF", pattern: "None" } },
        { fill: { color: "#D9E1F2", pattern: "Solid" } },
        { fill: { color: "#FFFFFF", pattern: "None" } },
      ]);
      expect(props.value[1]?.[2]?.format).toEqual({ fill: { color: "#FFFFFF", pattern: "Solid" } });
    });
  });

  it("sets a fill on every area of a RangeAreas in one command and reports its address", async () => {
    const fake = createFakeExcel(seed);
    await fake.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem("Plan").getRanges("A1:A2, C4");
      areas.format.fill.color = "F8CBAD";
      areas.load("address,areaCount");
      await ctx.sync();
      expect(areas.address).toBe("Plan!A1:A2, Plan!C4");
      expect(areas.areaCount).toBe(2);
    });
    const cells = fake.state.sheets[0]?.cells;
    expect([cellKey(1, 1), cellKey(2, 1), cellKey(4, 3)].map((k) => cells?.get(k)?.fill)).toEqual([
      "#F8CBAD",
      "#F8CBAD",
      "#F8CBAD",
    ]);
  });

  it("lists merged areas, or a null object when there are none", async () => {
    const fake = createFakeExcel(seed);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Plan");
      const merged = ws.getRange("A1:E9").getMergedAreasOrNullObject();
      merged.areas.load("items/address");
      const none = ws.getRange("A1:B2").getMergedAreasOrNullObject();
      await ctx.sync();
      expect(merged.areas.items.map((r) => r.address)).toEqual(["Plan!A5:C5"]);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("refuses writes to a protected sheet with AccessDenied, applying the ops before it", async () => {
    const fake = createFakeExcel(seed);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Plan").getRange("F1").values = [["ok"]];
        ctx.workbook.worksheets.getItem("Locked").getRange("A1").values = [["no"]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.state.sheets[0]?.cells.get(cellKey(1, 6))?.value).toBe("ok");
    expect(fake.state.sheets[1]?.cells.get(cellKey(1, 1))?.value).toBe("x");
  });

  it("rejects a response over the payload limit and counts bytes both ways", async () => {
    // three commands of about 200 bytes each fit; the large read and write below do not
    const fake = createFakeExcel(seed, { payloadLimit: 1000 });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Plan").getRange("A1:B2").load("values");
      await ctx.sync();
    });
    expect(fake.stats.maxResponseBytes).toBeGreaterThan(20);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Plan").getRange("A1:Z20").load("values,text");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Plan").getRange("A1:A20").values = Array.from(
          { length: 20 },
          () => ["a string long enough to take the request over the limit"]
        );
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.state.sheets[0]?.cells.get(cellKey(20, 1))).toBeUndefined();
  });

  it("fails the nth sync with an injected code", async () => {
    const fake = createFakeExcel(seed);
    fake.faults.failSync(2, "GeneralException");
    await fake.run(async (ctx) => {
      await ctx.sync();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
      await ctx.sync();
    });
    expect(fake.stats.log.map((l) => l.failed ?? "ok")).toEqual(["ok", "GeneralException", "ok"]);
  });

  it("keeps settings across save and reopen", async () => {
    const fake = createFakeExcel(seed);
    await fake.run(async (ctx) => {
      ctx.workbook.settings.add("k", { a: [1, 2] });
      await ctx.sync();
    });
    const reopened = createFakeExcelFromState(fake.snapshot());
    await reopened.run(async (ctx) => {
      const s = ctx.workbook.settings.getItemOrNullObject("k");
      s.load("value");
      await ctx.sync();
      expect(s.value).toEqual({ a: [1, 2] });
    });
  });

  it("adds sheets, tables, charts and notes; delivers onChanged for the add-in's and the user's edits", async () => {
    const fake = createFakeExcel(seed);
    const seen: string[] = [];
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("New");
      ws.onChanged.add((e) => void seen.push(`${e.triggerSource}:${e.address}`));
      ws.getRange("A1:B2").values = [
        ["Name", "Count"],
        ["x", 1],
      ];
      const t = ws.tables.add("A1:B2", true);
      t.name = "Counts";
      const chart = ws.charts.add("Pie", ws.getRange("B1:B2"), "Columns");
      chart.title.text = "Counts";
      ws.notes.add("A2", "hello");
      t.getDataBodyRange().load("values");
      const body = t.getDataBodyRange().load("values");
      await ctx.sync();
      expect(body.values).toEqual([["x", 1]]);
    });
    await fake.events.userEdit("New", "A2", [["y"]]);
    await new Promise((r) => setTimeout(r, 5));
    const sheet = fake.state.sheets[2];
    expect(sheet?.charts[0]).toMatchObject({
      type: "Pie",
      title: "Counts",
      sourceAddress: "B1:B2",
    });
    expect(sheet?.notes.get(cellKey(2, 1))).toBe("hello");
    expect(fake.state.tables[0]?.name).toBe("Counts");
    expect(seen).toContain("ThisLocalAddin:A1:B2");
    expect(seen).toContain("Unknown:A2");
  });

  it("fails note commands with ApiNotFound below ExcelApi 1.18", async () => {
    const fake = createFakeExcel(seed, { apiVersion: 1.17 });
    expect(fake.isSetSupported("ExcelApi", "1.18")).toBe(false);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Plan").notes.add("A1", "x");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
