/**
 * The pane's re-check after an edit (src/app/recheck.ts) inside the fake Excel: a person's edit through the
 * host, then a re-check that reads only the edited sheet and checks only the tables the edit falls on. Its
 * report must be the report of a whole check made after the same edit, in no more syncs.
 */
import { createOfficeWorkbook } from "../../src/adapters/office";
import { checkWorkbookPort } from "../../src/app/check";
import { recheckEditedPort } from "../../src/app/recheck";
import { gridEdit, type GridEdit } from "../../src/core/engine/recheckEdit";
import { DEFAULT_CONFIG } from "../../src/core/schema";
import type { WorkbookGrid } from "../../src/core/grid/types";
import { countSyncs, fakeFromFixture, FIXTURES, runOf } from "./support";

const AS_OF = "2004-01-31";

describe.each(FIXTURES)("%s: an owner blanked, then a re-check of the edited table", (name) => {
  it("gives the whole check's report, reading one sheet", async () => {
    const fake = await fakeFromFixture(name);
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
    const file = `${name}.xlsx`;
    const first = await checkWorkbookPort(port, DEFAULT_CONFIG, AS_OF, file, { highlight: false });
    const table = first.report.tables.find(
      (t) => t.columns.owner && t.actions.some((a) => a.owner)
    );
    const action = table?.actions.find((a) => a.owner);
    if (!table || !action || !table.columns.owner) throw new Error(`${name}: no owned action`);
    const address = `${table.columns.owner}${action.row}`;
    await fake.events.userEdit(table.sheet, address, [[""]]);

    const re = await countSyncs(fake, () =>
      recheckEditedPort(
        port,
        { report: first.report, grid: first.grid as WorkbookGrid },
        [gridEdit(table.sheet, address) as GridEdit],
        DEFAULT_CONFIG,
        AS_OF
      )
    );
    const whole = await countSyncs(fake, () =>
      checkWorkbookPort(port, DEFAULT_CONFIG, AS_OF, file, { highlight: false })
    );

    expect(JSON.stringify(re.result.report)).toBe(JSON.stringify(whole.result.report));
    expect(re.result.plan).toEqual(whole.result.plan);
    expect(re.result.sheetsRead).toEqual([table.sheet]);
    expect(re.result.tablesChecked).toBeGreaterThanOrEqual(1);
    expect(re.result.tablesChecked).toBeLessThanOrEqual(first.report.tables.length);
    expect(re.syncs).toBeLessThanOrEqual(whole.syncs);
    const after = re.result.report.tables
      .find((t) => t.key === table.key)
      ?.actions.find((a) => a.row === action.row);
    expect(after?.owner).toBeNull();
  });
});
