import { readGrid } from "../../src/adapters/office/readGrid";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read";
import { createFakeExcel, type FakeCellSeed } from "../../src/fake-excel";
import { countSyncs, fakeFromFixture, fixtureBytes, FIXTURES, runOf } from "./support";

describe("Office adapter: readGrid", () => {
  it.each(FIXTURES)("reads %s as the .xlsx adapter does, in 2 syncs", async (name) => {
    const fake = await fakeFromFixture(name);
    const expected = await readWorkbookGrid(fixtureBytes(name));
    const { result, syncs } = await countSyncs(fake, () => readGrid(runOf(fake)));
    // fills are read apart, and only where a rating needs them (readFills.test.ts)
    const { sheets } = expected;
    expect(result).toEqual({ sheets: sheets.map(({ fills: _fills, ...rest }) => rest) });
    expect(syncs).toBe(2);
  });

  it("keeps an Excel error apart from text that looks like one, and reads only the named sheets", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "A",
          cells: [
            { row: 2, col: 2, error: "#REF!" },
            { row: 2, col: 3, value: "#REF!" },
            { row: 3, col: 2, value: true },
          ],
        },
        { name: "B", cells: [{ row: 1, col: 1, value: 1 }] },
        { name: "Empty" },
      ],
    });
    const grid = await readGrid(runOf(fake), { sheets: ["A", "Empty"] });
    expect(grid.sheets.map((s) => s.name)).toEqual(["A", "Empty"]);
    expect(grid.sheets[0]).toMatchObject({
      originRow: 2,
      originCol: 2,
      values: [
        [{ error: "#REF!" }, "#REF!"],
        [true, null],
      ],
      text: [
        ["#REF!", "#REF!"],
        ["TRUE", ""],
      ],
    });
    expect(grid.sheets[1]).toMatchObject({ values: [], originRow: 1 });
  });

  it("reports hidden rows and protection", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "S",
          protected: true,
          hiddenRows: [3, 4],
          cells: [1, 2, 3, 4, 5].map((row) => ({ row, col: 1, value: `r${row}` })),
        },
      ],
    });
    const grid = await readGrid(runOf(fake));
    expect(grid.sheets[0]).toMatchObject({ hiddenRows: [3, 4], protected: true });
  });

  describe("large sheets", () => {
    const rows = 100_000;
    const cells: FakeCellSeed[] = [];
    for (let row = 1; row <= rows; row++) {
      cells.push(
        { row, col: 1, value: `Action ${row}` },
        { row, col: 2, value: row % 7 ? "Owner" : null }
      );
      cells.push({ row, col: 3, value: 40000 + (row % 500), numberFormat: "dd/mm/yyyy" });
    }
    const seed = { sheets: [{ name: "Big", cells }] };

    it("reads 100,000 rows in 2 syncs when the host has no payload limit", async () => {
      const fake = createFakeExcel(seed, { payloadLimit: Infinity });
      const { result, syncs } = await countSyncs(fake, () =>
        readGrid(runOf(fake), { limited: false })
      );
      expect(syncs).toBe(2);
      expect(result.sheets[0]?.values.length).toBe(rows);
      expect(result.sheets[0]?.text[rows - 1]?.[2]).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    });

    it("under the 5 MB limit, re-reads in row blocks: syncs grow with bytes, not rows, every sync fits", async () => {
      const fake = createFakeExcel(seed);
      const { result, syncs } = await countSyncs(fake, () => readGrid(runOf(fake)));
      const ok = fake.stats.log.filter((l) => !l.failed);
      const totalBytes = ok.reduce((n, l) => n + l.responseBytes, 0);
      expect(result.sheets[0]?.values.length).toBe(rows);
      expect(result.sheets[0]?.values[rows - 1]?.[0]).toBe(`Action ${rows}`);
      expect(Math.max(...ok.map((l) => l.responseBytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
      // the active sheet's size, loaded with the sheet list, says a whole read would be refused
      expect(fake.stats.log.filter((l) => l.failed)).toEqual([]);
      // list + shapes + one sync per ~4 MB (with one halving at most)
      expect(syncs).toBeLessThanOrEqual(2 + 2 * Math.ceil(totalBytes / (4 * 1024 * 1024)));
      expect(syncs).toBeLessThan(20);
    });
  });

  it("remembers sheet sizes: a re-check of a large sheet that is not active goes to blocks at once", async () => {
    const big: FakeCellSeed[] = [];
    for (let row = 1; row <= 2000; row++) big.push({ row, col: 1, value: `Action number ${row}` });
    const fake = createFakeExcel(
      {
        sheets: [
          { name: "Notes", cells: [{ row: 1, col: 1, value: "read me" }] },
          { name: "Plan", cells: big },
        ],
      },
      { payloadLimit: 60_000 }
    );
    const sizes = new Map<string, number>();
    const read = async () => {
      fake.stats.reset();
      const grid = await readGrid(runOf(fake), { budget: 50_000, sizes });
      expect(grid.sheets[1]?.values[1999]?.[0]).toBe("Action number 2000");
      return fake.stats.log.filter((l) => l.failed).length;
    };
    // the active sheet is small, so the first check tries the whole read and Excel refuses it
    expect(await read()).toBe(1);
    expect(await read()).toBe(0);
  });

  it("measures every sheet first when the others could be as large as the active one: nothing refused", async () => {
    const plan = (label: string): FakeCellSeed[] => {
      const cells: FakeCellSeed[] = [];
      for (let row = 1; row <= 500; row++) cells.push({ row, col: 1, value: `${label} ${row}` });
      return cells;
    };
    // each sheet fits a response on its own, both together do not
    const fake = createFakeExcel(
      {
        sheets: [
          { name: "Plan 2014", cells: plan("Action number") },
          { name: "Plan 2015", cells: plan("Action number") },
        ],
      },
      { payloadLimit: 60_000 }
    );
    const { result, syncs } = await countSyncs(fake, () =>
      readGrid(runOf(fake), { budget: 50_000 })
    );
    expect(result.sheets.map((s) => s.values[499]?.[0])).toEqual([
      "Action number 500",
      "Action number 500",
    ]);
    expect(fake.stats.log.filter((l) => l.failed)).toEqual([]);
    // the list, every sheet's shape, then the cells in blocks under the budget
    expect(syncs).toBeLessThanOrEqual(5);
  });

  it("keeps the whole read in 2 syncs when the active sheet is small, whatever the others", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "Plan", cells: [{ row: 1, col: 1, value: "Action" }] },
        { name: "Notes", cells: [{ row: 1, col: 1, value: "read me" }] },
      ],
    });
    const { syncs } = await countSyncs(fake, () => readGrid(runOf(fake)));
    expect(syncs).toBe(2);
  });

  it("retries a block Excel rejects as too large with smaller blocks", async () => {
    const cells: FakeCellSeed[] = [];
    for (let row = 1; row <= 400; row++) cells.push({ row, col: 1, value: "x".repeat(200) });
    const fake = createFakeExcel({ sheets: [{ name: "Wide", cells }] }, { payloadLimit: 30_000 });
    const grid = await readGrid(runOf(fake), { budget: 25_000 });
    expect(grid.sheets[0]?.values.length).toBe(400);
    expect(fake.stats.log.some((l) => l.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    const ok = fake.stats.log.filter((l) => !l.failed);
    expect(Math.max(...ok.map((l) => l.responseBytes))).toBeLessThanOrEqual(30_000);
  });
});
