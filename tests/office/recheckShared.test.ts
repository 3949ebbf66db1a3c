/**
 * A re-check after an edit takes the edited sheet's tables from the read that found them (the Office
 * adapter detects them to know which blank status cells' fills to read) instead of finding them twice.
 * Those tables must be the edited grid's, fills included: a stale set (the sheet before the edit, or
 * before its fills) would keep a renamed header's mapping, miss an added row or lose a colour rating, and
 * the report would differ from the whole check's that these tests compare it with.
 */
import { createOfficeWorkbook } from "../../src/adapters/office";
import { checkWorkbookPort } from "../../src/app/check";
import type { GridWithTables, WorkbookPort } from "../../src/app/ports";
import { recheckEditedPort } from "../../src/app/recheck";
import { detectTables } from "../../src/core/detect";
import { detectOptions } from "../../src/core/engine/checkWorkbook";
import { gridEdit, type GridEdit } from "../../src/core/engine/recheckEdit";
import type { SheetGrid, WorkbookGrid } from "../../src/core/grid/types";
import { DEFAULT_CONFIG } from "../../src/core/schema";
import { createFakeExcel, type FakeCellSeed } from "../../src/fake-excel";
import { tracker } from "./colourTracker";
import { runOf } from "./support";

const AS_OF = "2024-03-01";
const FILE = "tracker.xlsx";

/** A second sheet, so the re-check reads one sheet of two. */
function otherSheet(): FakeCellSeed[] {
  const cells: FakeCellSeed[] = [];
  ["Ref", "Action", "Owner", "Due", "Status"].forEach((value, i) =>
    cells.push({ row: 1, col: i + 1, value })
  );
  ["Open the new hub", "Recruit two mentors"].forEach((action, i) => {
    const row = i + 2;
    cells.push({ row, col: 1, value: String(i + 1) }, { row, col: 2, value: action });
    cells.push({ row, col: 3, value: "Head of Youth" }, { row, col: 4, value: "May 2024" });
    cells.push({ row, col: 5, value: "On track" });
  });
  return cells;
}

async function editThenRecheck(address: string, values: unknown[][]) {
  const fake = createFakeExcel({
    sheets: [
      { name: "Tracker", cells: tracker() },
      { name: "Other", cells: otherSheet() },
    ],
  });
  const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
  const first = await checkWorkbookPort(port, DEFAULT_CONFIG, AS_OF, FILE, { highlight: false });
  await fake.events.userEdit("Tracker", address, values);
  const handed: GridWithTables[] = [];
  const spied: WorkbookPort = {
    ...port,
    readGridWithTables: async (o) => {
      const read = await (
        port.readGridWithTables as NonNullable<WorkbookPort["readGridWithTables"]>
      )(o);
      handed.push(read);
      return read;
    },
  };
  const re = await recheckEditedPort(
    spied,
    { report: first.report, grid: first.grid as WorkbookGrid },
    [gridEdit("Tracker", address) as GridEdit],
    DEFAULT_CONFIG,
    AS_OF
  );
  const whole = await checkWorkbookPort(port, DEFAULT_CONFIG, AS_OF, FILE, { highlight: false });
  return { first, re, whole, handed };
}

describe("a re-check takes the edited sheet's tables from the read", () => {
  it.each([
    ["an owner blanked beside a coloured status", "C2", [[""]]],
    ["a status typed over a colour", "E3", [["Complete"]]],
    ["the owner's header renamed", "C1", [["Notes"]]],
    ["the status header renamed", "E1", [["Comments"]]],
    [
      "a row added under the table",
      "A7:E7",
      [["6", "Run a parents' forum", "SENCo", "July 2024", ""]],
    ],
  ])("%s: the whole check's report, from tables found once", async (_, address, values) => {
    const { re, whole, handed } = await editThenRecheck(address, values);
    expect(JSON.stringify(re.report)).toBe(JSON.stringify(whole.report));
    expect(re.sheetsRead).toEqual(["Tracker"]);
    // the tables handed over are those detection finds in the grid as read, fills and all
    expect(handed).toHaveLength(1);
    const read = handed[0] as GridWithTables;
    const sheet = read.grid.sheets[0] as SheetGrid;
    expect(read.tables.get("Tracker")).toEqual(detectTables(sheet, detectOptions(DEFAULT_CONFIG)));
  });

  it("keeps the colour ratings of the edited table's other rows", async () => {
    const { first, re } = await editThenRecheck("C2", [[""]]);
    expect(re.tablesChecked).toBe(1);
    const rag = (r: typeof first.report) =>
      r.tables[0]?.actions.map((a) => [a.rag, a.ragReason.includes("colour")]);
    expect(rag(first.report)?.slice(1)).toEqual(rag(re.report)?.slice(1));
    expect(rag(re.report)?.[1]).toEqual(["amber", true]);
  });

  it("reads the tables with the fills of their blank status cells", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Tracker", cells: tracker() }] });
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
    const read = await (port.readGridWithTables as NonNullable<WorkbookPort["readGridWithTables"]>)(
      { sheets: ["Tracker"], detect: detectOptions(DEFAULT_CONFIG) }
    );
    const fills = read.tables.get("Tracker")?.[0]?.rows.map((r) => r.cells.status?.fill ?? null);
    expect(fills).toEqual(["FF0000", "FFC000", "00B050", null, null]);
  });
});
