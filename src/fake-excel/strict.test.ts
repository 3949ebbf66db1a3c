/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- a ClientResult is read after the sync that fills it */
import { createFakeExcel, type FakeExcel, type HostProfile } from "./index";
import { cellKey } from "./types";

const seed = {
  sheets: [
    {
      name: "Plan",
      cells: [
        { row: 1, col: 1, value: "Action" },
        { row: 2, col: 1, value: "x", fill: "#FFFF00" },
      ],
      merges: [{ top: 5, left: 1, bottom: 5, right: 3 }],
    },
    { name: "Locked", protected: true, cells: [{ row: 1, col: 1, value: "x" }] },
  ],
};

const web120: HostProfile = { api: "1.20", platform: "web" };

async function write(fake: FakeExcel, sheet: string, fn: (r: Excel.Range) => void): Promise<void> {
  await fake.run(async (ctx) => {
    fn(ctx.workbook.worksheets.getItem(sheet).getRange("B2") as unknown as Excel.Range);
    await ctx.sync();
  });
}

describe("fills as Excel holds them", () => {
  it("reads and writes pattern, pattern colour and both tints, and clears them all", async () => {
    const fake = createFakeExcel(seed);
    await write(fake, "Plan", (r) => {
      r.format.fill.color = "#C6EFCE";
      r.format.fill.pattern = "LightDown";
      r.format.fill.patternColor = "#FF0000";
      r.format.fill.tintAndShade = 0.4;
      r.format.fill.patternTintAndShade = -0.25;
    });
    const read = await fake.run(async (ctx) => {
      const p = ctx.workbook.worksheets
        .getItem("Plan")
        .getRange("B2")
        .getCellProperties({
          format: {
            fill: {
              color: true,
              pattern: true,
              patternColor: true,
              tintAndShade: true,
              patternTintAndShade: true,
            },
          },
        });
      await ctx.sync();
      return p.value[0]?.[0];
    });
    expect(read).toEqual({
      format: {
        fill: {
          color: "#C6EFCE",
          pattern: "LightDown",
          patternColor: "#FF0000",
          tintAndShade: 0.4,
          patternTintAndShade: -0.25,
        },
      },
    });
    // a new colour keeps the pattern and drops the old colour's tint
    await write(fake, "Plan", (r) => (r.format.fill.color = "#FFC7CE"));
    expect(fake.state.sheets[0]?.cells.get(cellKey(2, 2))).toMatchObject({
      fill: "#FFC7CE",
      fillStyle: { pattern: "LightDown", patternColor: "#FF0000", patternTint: -0.25 },
    });
    await write(fake, "Plan", (r) => r.format.fill.clear());
    const cleared = fake.state.sheets[0]?.cells.get(cellKey(2, 2));
    expect(cleared?.fill).toBeUndefined();
    expect(cleared?.fillStyle).toBeUndefined();
  });

  it("loses a theme colour's link on any write, as Office.js cannot name a theme colour", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "Plan",
          cells: [
            {
              row: 2,
              col: 2,
              value: "x",
              fill: "#4472C4",
              fillStyle: { theme: "accent1", tint: 0.6 },
            },
          ],
        },
      ],
    });
    await write(fake, "Plan", (r) => (r.format.fill.tintAndShade = 0.6));
    expect(fake.state.sheets[0]?.cells.get(cellKey(2, 2))?.fillStyle).toEqual({ tint: 0.6 });
  });

  it("refuses a tint outside -1..1", async () => {
    const fake = createFakeExcel(seed);
    await expect(
      write(fake, "Plan", (r) => (r.format.fill.tintAndShade = 2))
    ).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

describe("limits Excel enforces", () => {
  it("refuses a table over merged cells with MergedRangeConflict", async () => {
    const fake = createFakeExcel(seed);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Plan").tables.add("A4:C6", true);
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "MergedRangeConflict" });
  });

  it("fails getMergedAreasOrNullObject over 512 merged areas, and not at 512", async () => {
    const merges = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 2 }));
    const read = (n: number) => {
      const fake = createFakeExcel({ sheets: [{ name: "M", merges: merges(n) }] });
      return fake.run(async (ctx) => {
        const a = ctx.workbook.worksheets.getItem("M").getRange().getMergedAreasOrNullObject();
        a.load("areaCount");
        await ctx.sync();
        return a.areaCount;
      });
    };
    await expect(read(512)).resolves.toBe(512);
    await expect(read(513)).rejects.toMatchObject({ code: "GeneralException" });
  });

  it.each([
    ["web", "AccessDenied"],
    ["windows", "InvalidOperation"],
    ["mac", "InvalidOperation"],
  ] as const)(
    "refuses every kind of write on a protected sheet (%s: %s)",
    async (platform, code) => {
      const fake = createFakeExcel(seed, { profile: { api: "1.18", platform } });
      const writes: ((r: Excel.Range) => void)[] = [
        (r) => (r.values = [["v"]]),
        (r) => (r.format.fill.color = "#FF0000"),
        (r) => (r.format.fill.pattern = "Gray50"),
        (r) => r.format.fill.clear(),
        (r) => (r.format.font.bold = true),
        (r) => (r.numberFormat = [["@"]]),
        (r) => r.merge(),
        (r) => r.clear(),
      ];
      for (const w of writes)
        await expect(write(fake, "Locked", w)).rejects.toMatchObject({ code });
      await expect(
        fake.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Locked").notes.add("A1", "n");
          await ctx.sync();
        })
      ).rejects.toMatchObject({ code });
    }
  );

  it("refuses writes on a read-only file (settings too) and on a sheet a co-author is editing", async () => {
    const fake = createFakeExcel(seed);
    fake.host.lock = { kind: "read-only" };
    await expect(write(fake, "Plan", (r) => (r.values = [["v"]]))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.settings.add("k", 1);
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    fake.host.lock = { kind: "co-author", sheet: "Plan" };
    await expect(write(fake, "Plan", (r) => (r.values = [["v"]]))).rejects.toMatchObject({
      code: "Conflict",
    });
  });
});

describe("the undo list", () => {
  it("from ExcelApi 1.20, each add-in sync is a step of its own, so Ctrl+Z undoes the add-in's", async () => {
    const fake = createFakeExcel(seed, { profile: web120 });
    await fake.events.userEdit("Plan", "C3", [["typed"]]);
    await write(fake, "Plan", (r) => (r.format.fill.color = "#FF0000"));
    expect(fake.events.undo()).toBe("add-in");
    expect(fake.state.sheets[0]?.cells.get(cellKey(2, 2))?.fill).toBeUndefined();
    expect(fake.events.undo()).toBe("user");
    expect(fake.state.sheets[0]?.cells.get(cellKey(3, 3))?.value ?? null).toBeNull();
  });

  it("mergeUndoGroup makes one run's syncs one step; settings are no step", async () => {
    const fake = createFakeExcel(seed, { profile: web120 });
    await fake.run({ mergeUndoGroup: true }, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Plan");
      ws.getRange("B2").format.fill.color = "#FF0000";
      await ctx.sync();
      ws.getRange("B3").format.fill.color = "#FF0000";
      ctx.workbook.settings.add("k", 1);
      await ctx.sync();
    });
    expect(fake.host.undo.entries).toHaveLength(1);
  });

  it("below 1.20 an add-in write clears the user's undo list, and mergeUndoGroup is refused", async () => {
    const fake = createFakeExcel(seed, { profile: { api: "1.18", platform: "windows" } });
    await fake.events.userEdit("Plan", "C3", [["typed"]]);
    await write(fake, "Plan", (r) => (r.format.fill.color = "#FF0000"));
    expect(fake.events.undo()).toBeNull();
    await expect(fake.run({ mergeUndoGroup: true }, async () => undefined)).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });

  it("deleting a sheet clears the undo list on every version", async () => {
    const fake = createFakeExcel(seed, { profile: web120 });
    await fake.events.userEdit("Plan", "C3", [["typed"]]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add("Temp");
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Temp").delete();
      await ctx.sync();
    });
    expect(fake.events.undo()).toBeNull();
  });
});
