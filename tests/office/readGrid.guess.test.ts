import { createOfficeWorkbook } from "../../src/adapters/office";
import { readGrid } from "../../src/adapters/office/readGrid";
import type { LastListing } from "../../src/adapters/office/sheetList";
import type { ExcelRun } from "../../src/adapters/office/host";
import type { FakeExcel } from "../../src/fake-excel";
import { countSyncs, fakeFromFixture, FIXTURES, runOf } from "./support";

/** A read as the port makes it: sizes and the last listing kept between reads. */
function reader(fake: FakeExcel) {
  const sizes = new Map<string, number>();
  const last: LastListing = { eligible: null };
  return () => countSyncs(fake, () => readGrid(runOf(fake), { sizes, last }));
}

/** A change made to the workbook outside the read (as a person would), through the fake's Excel.run. */
async function change(fake: FakeExcel, batch: (context: Excel.RequestContext) => void) {
  await (runOf(fake) as ExcelRun)(async (context) => {
    batch(context);
    await context.sync();
  });
}

describe("Office adapter: readGrid lists and reads in one sync when the last listing says what to read", () => {
  it.each(FIXTURES)("%s: the second read is one sync and reads the same grid", async (name) => {
    const fake = await fakeFromFixture(name);
    const read = reader(fake);
    const first = await read();
    expect(first.syncs).toBe(2);
    const second = await read();
    expect(second.syncs).toBe(1);
    expect(second.result).toEqual(first.result);
  });

  it("reads what a fresh read reads after a sheet is added, renamed or deleted (the guess is dropped)", async () => {
    const fake = await fakeFromFixture(FIXTURES[0]);
    const read = reader(fake);
    await read();
    const fresh = () => readGrid(runOf(fake));
    // added, renamed: the listing in the guessed sync shows the change, and the cells are then read as
    // without a guess (2 syncs); deleted: Excel refuses the guessed sheet, so the listing is read again (3)
    const edits: [(context: Excel.RequestContext) => void, number][] = [
      [(context) => void context.workbook.worksheets.add("Added later"), 2],
      [(context) => void (context.workbook.worksheets.getItem("Added later").name = "Renamed"), 2],
      [(context) => context.workbook.worksheets.getItem("Renamed").delete(), 3],
    ];
    for (const [edit, syncs] of edits) {
      await change(fake, edit);
      const again = await read();
      expect(again.result).toEqual(await fresh());
      expect(again.syncs).toBe(syncs);
    }
    expect((await read()).syncs).toBe(1);
  });

  it("reads a renamed sheet's cells under its new name, never the old guess", async () => {
    const fake = await fakeFromFixture(FIXTURES[1]);
    const read = reader(fake);
    const before = await read();
    const target = before.result.sheets[0]?.name ?? "";
    await change(fake, (context) => {
      context.workbook.worksheets.getItem(target).name = "Plan (renamed)";
    });
    const after = await read();
    expect(after.result.sheets.map((s) => s.name)).toContain("Plan (renamed)");
    expect(after.result).toEqual(await readGrid(runOf(fake)));
  });

  it("the port's settings load lists the sheets in its own sync, so its first check reads in one", async () => {
    const fake = await fakeFromFixture(FIXTURES[0]);
    const port = createOfficeWorkbook(runOf(fake), {
      isSetSupported: (n, v) => fake.isSetSupported(n, v) && !(n === "ExcelApi" && v === "1.9"),
    });
    expect((await countSyncs(fake, () => port.loadSettings())).syncs).toBe(1);
    const { result, syncs } = await countSyncs(fake, () => port.readGrid());
    expect(syncs).toBe(1);
    expect(result).toEqual(await readGrid(runOf(fake)));
  });
});
