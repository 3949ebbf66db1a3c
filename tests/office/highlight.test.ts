import { highlightFill, SEVERITY_FILL } from "../../src/core/highlight";
import { createOfficeWorkbook } from "../../src/adapters/office";
import { BACKUP_KEY } from "../../src/adapters/office/host";
import type { HighlightCell, HighlightPlan } from "../../src/core/highlight";
import { a1 } from "../../src/core/grid/a1";
import { createFakeExcel, createFakeExcelFromState } from "../../src/fake-excel";
import {
  cell,
  countSyncs,
  fakeFromFixture,
  fills,
  FIXTURES,
  runOf,
  sheet,
  values,
} from "./support";

function hc(
  sheetName: string,
  row: number,
  col: number,
  severity: HighlightCell["severity"],
  msg = "Needs an owner"
): HighlightCell {
  return { sheet: sheetName, row, col, address: a1(row, col), severity, messages: [msg] };
}

/** Flags a few cells per sheet, including the fixtures' own coloured cells. */
const PLANS: Record<(typeof FIXTURES)[number], HighlightPlan> = {
  "000-southwark-priority4": {
    cells: [
      hc("Priority 4", 66, 1, "error"), // the user's blue header row
      hc("Priority 4", 105, 5, "warning"), // the user's yellow cell
      hc("Priority 4", 20, 2, "error"),
      hc("Priority 4", 21, 2, "error"),
      hc("Priority 4", 20, 5, "info"),
    ],
  },
  "001-southwark-underperforming": {
    cells: [hc("KS2", 32, 4, "error"), hc("KS3", 21, 2, "warning"), hc("KS3", 30, 5, "info")],
  },
  "002-southend-sen-strategy": {
    cells: [
      hc("Action Plan", 5, 1, "error"),
      hc("Action Plan", 24, 5, "warning"),
      hc("Action Plan", 9, 3, "error"),
    ],
  },
};

describe("Office adapter: highlights", () => {
  it.each(FIXTURES)(
    "%s: highlight then clear leaves every fill and value as it was, in 2 + 2 syncs",
    async (name) => {
      const fake = await fakeFromFixture(name);
      const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
      const before = fills(fake);
      const valuesBefore = values(fake);
      const plan = PLANS[name];
      const applied = await countSyncs(fake, () => port.applyHighlights(plan));
      expect(applied.syncs).toBe(2);
      for (const c of plan.cells) {
        expect(cell(fake, c.sheet, c.row, c.col)?.fill).toBe(`#${highlightFill(c)}`);
      }
      expect(values(fake)).toEqual(valuesBefore);
      const cleared = await countSyncs(fake, () => port.clearHighlights());
      expect(cleared.syncs).toBe(2);
      expect(fills(fake)).toEqual(before);
      expect(values(fake)).toEqual(valuesBefore);
      expect(fake.state.settings.has(BACKUP_KEY)).toBe(false);
    }
  );

  it("sets each severity's fill with one RangeAreas command per sheet", async () => {
    const fake = await fakeFromFixture("000-southwark-priority4");
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: () => false });
    await port.applyHighlights(PLANS["000-southwark-priority4"]);
    const writes = fake.stats.log[fake.stats.log.length - 1];
    // three severities on one sheet: three RangeAreas, whatever the number of cells
    expect(writes?.calls.getRanges).toBe(3);
  });

  it("keeps No Fill as No Fill and a white fill white", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "S",
          cells: [
            { row: 1, col: 1, value: "plain" },
            { row: 1, col: 2, value: "white", fill: "FFFFFFFF" },
          ],
        },
      ],
    });
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: () => false });
    await port.applyHighlights({ cells: [hc("S", 1, 1, "error"), hc("S", 1, 2, "error")] });
    expect(cell(fake, "S", 1, 1)?.fill).toBe(`#${SEVERITY_FILL.error}`);
    await port.clearHighlights();
    expect(cell(fake, "S", 1, 1)?.fill).toBeUndefined();
    expect(cell(fake, "S", 1, 2)?.fill).toBe("#FFFFFF");
  });

  it("re-checking replaces highlights instead of stacking them", async () => {
    const fake = await fakeFromFixture("002-southend-sen-strategy");
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
    const before = fills(fake);
    await port.applyHighlights(PLANS["002-southend-sen-strategy"]);
    await port.applyHighlights(PLANS["002-southend-sen-strategy"]);
    await port.applyHighlights({ cells: [hc("Action Plan", 24, 5, "error")] });
    expect(cell(fake, "Action Plan", 5, 1)?.fill).toBe(
      before["Action Plan"]?.[String(5 * 16384 + 1)]
    );
    expect(cell(fake, "Action Plan", 24, 5)?.fill).toBe(`#${SEVERITY_FILL.error}`);
    expect(sheet(fake, "Action Plan").notes.size).toBe(1);
    await port.clearHighlights();
    expect(fills(fake)).toEqual(before);
    expect(sheet(fake, "Action Plan").notes.size).toBe(0);
  });

  it("clears after save and reopen, from the backup saved in the workbook", async () => {
    const fake = await fakeFromFixture("001-southwark-underperforming");
    const before = fills(fake);
    await createOfficeWorkbook(runOf(fake), {
      isSetSupported: fake.isSetSupported,
    }).applyHighlights(PLANS["001-southwark-underperforming"]);
    const reopened = createFakeExcelFromState(fake.snapshot());
    await createOfficeWorkbook(runOf(reopened), {
      isSetSupported: reopened.isSetSupported,
    }).clearHighlights();
    expect(fills(reopened)).toEqual(before);
  });

  it("adds notes with every message, leaves a user's own note alone, and removes only its own", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "S",
          cells: [
            { row: 1, col: 1, value: "a" },
            { row: 2, col: 1, value: "b", note: "user's note" },
          ],
        },
      ],
    });
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
    await port.applyHighlights({
      cells: [
        { ...hc("S", 1, 1, "error"), messages: ["No owner", "No due date"] },
        hc("S", 2, 1, "info"),
      ],
    });
    expect(sheet(fake, "S").notes.get(1 * 16384 + 1)).toBe("No owner\nNo due date");
    expect(sheet(fake, "S").notes.get(2 * 16384 + 1)).toBe("user's note");
    await port.clearHighlights();
    expect([...sheet(fake, "S").notes.values()]).toEqual(["user's note"]);
  });

  it("skips notes where ExcelApi 1.18 is missing, and still highlights", async () => {
    const fake = createFakeExcel(
      { sheets: [{ name: "S", cells: [{ row: 1, col: 1, value: "a" }] }] },
      { apiVersion: 1.17 }
    );
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
    await port.applyHighlights({ cells: [hc("S", 1, 1, "error")] });
    expect(cell(fake, "S", 1, 1)?.fill).toBe(`#${SEVERITY_FILL.error}`);
    expect(sheet(fake, "S").notes.size).toBe(0);
  });

  it("refuses a protected sheet with a clear message and writes nothing", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Locked", protected: true, cells: [{ row: 1, col: 1, value: "a" }] }],
    });
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
    await expect(
      port.applyHighlights({ cells: [hc("Locked", 1, 1, "error")] })
    ).rejects.toMatchObject({
      code: "sheet-protected",
      message: expect.stringContaining('"Locked" is protected'),
    });
    expect(cell(fake, "Locked", 1, 1)?.fill).toBeUndefined();
    expect(fake.state.settings.size).toBe(0);
  });

  it("refuses to clear from a corrupt backup instead of guessing", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "S" }],
      settings: { [BACKUP_KEY]: { version: 9 } },
    });
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
    await expect(port.clearHighlights()).rejects.toMatchObject({ code: "invalid-backup" });
  });

  it("splits long address lists under Excel's 8,192-character limit", async () => {
    const cells = Array.from({ length: 3000 }, (_, i) => ({
      row: 1 + 2 * i,
      col: 1,
      value: `r${i}`,
    }));
    const fake = createFakeExcel({ sheets: [{ name: "S", cells }] });
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: () => false });
    const plan = { cells: cells.map((c) => hc("S", c.row, 1, "warning")) };
    const { syncs } = await countSyncs(fake, () => port.applyHighlights(plan));
    expect(syncs).toBe(2);
    // 3,000 cells as "A1,A3,…" need ~19,000 characters: three chunks under 8,192
    expect(fake.stats.log[fake.stats.log.length - 1]?.calls.getRanges).toBe(3);
    expect(
      cells.every((c) => cell(fake, "S", c.row, 1)?.fill === `#${SEVERITY_FILL.warning}`)
    ).toBe(true);
    await port.clearHighlights();
    expect(cells.some((c) => cell(fake, "S", c.row, 1)?.fill)).toBe(false);
  });
});
