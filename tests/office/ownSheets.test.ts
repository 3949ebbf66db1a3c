import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createOfficeWorkbook } from "../../src/adapters/office";
import { readGrid } from "../../src/adapters/office/readGrid";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/core/engine";
import { OWN_SHEETS_NAME } from "../../src/core/ownSheets";
import { DEFAULT_CONFIG } from "../../src/core/schema";
import { createFakeExcel } from "../../src/fake-excel";
import { seedFromXlsx } from "../../src/fake-excel/seedFromXlsx";
import { captureIo } from "../support/captureIo";
import { fakeFromFixture, runOf } from "./support";

const AS_OF = "2014-01-31";
const PLAN = "002-southend-sen-strategy";

const checkOffice = async (fake: ReturnType<typeof createFakeExcel>) =>
  checkWorkbook(await readGrid(runOf(fake)), DEFAULT_CONFIG, AS_OF, "plan.xlsx");

describe("Office adapter: the tool's own sheets, known in any file", () => {
  it("a checked copy the CLI wrote, opened in the pane, gives exactly the plan's counts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "apc-office-own-"));
    const io = captureIo();
    await main(
      [
        "check",
        join(__dirname, "..", "fixtures", `${PLAN}.xlsx`),
        "--out",
        dir,
        "--snapshot",
        "--as-of",
        AS_OF,
      ],
      io
    );
    const copy = createFakeExcel(
      await seedFromXlsx(readFileSync(join(dir, `${PLAN}.checked.xlsx`)))
    );
    expect(copy.state.sheets.map((s) => s.name)).toEqual([
      "Action Plan",
      "RAG Summary",
      "RAG History",
    ]);
    // no settings registry in a file the CLI wrote: only the marker tells
    expect(copy.state.settings.size).toBe(0);
    const plan = await checkOffice(await fakeFromFixture(PLAN));
    const checked = await checkOffice(copy);
    expect(checked.tables).toEqual(plan.tables);
    expect(checked.summary?.overall.total).toBe(26);
  });

  it("writes the marker hidden, lists each sheet it writes, and drops sheets that are gone", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Plan", cells: [{ row: 1, col: 1, value: "x" }] }],
    });
    const port = createOfficeWorkbook(runOf(fake));
    const model = { name: "RAG Summary", columnWidths: [10], cells: [], tables: [], charts: [] };
    await port.writeSheet(model);
    await port.appendRows("RAG History", ["Date"], [["2014-01-31"]]);
    await port.writeSheet(model);
    expect(fake.state.names?.get(OWN_SHEETS_NAME)).toEqual({
      formula: '="RAG Summary/RAG History"',
      visible: false,
    });
    fake.state.names?.set(OWN_SHEETS_NAME, { formula: '="Old/RAG History"', visible: false });
    await port.writeSheet(model);
    expect(fake.state.names?.get(OWN_SHEETS_NAME)?.formula).toBe('="RAG History/RAG Summary"');
  });

  it("a sheet the marker lists is not read; a user's sheet is", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Plan" }, { name: "Board view" }, { name: "Notes" }],
      names: { [OWN_SHEETS_NAME]: '="board VIEW"' },
    });
    const grid = await readGrid(runOf(fake));
    expect(grid.sheets.map((s) => s.name)).toEqual(["Plan", "Notes"]);
    const all = await readGrid(runOf(fake), { includeOwnSheets: true });
    expect(all.sheets).toHaveLength(3);
  });
});
