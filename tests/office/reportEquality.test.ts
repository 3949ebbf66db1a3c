/**
 * The pane and the CLI must agree: the same fixture checked through the Office adapter (on the fake Excel,
 * seeded from the .xlsx) and through the CLI's .xlsx path gives the same report, and the check use case
 * costs a fixed number of syncs.
 */
import { join } from "path";
import { createOfficeWorkbook } from "../../src/adapters/office";
import { checkWorkbookPort } from "../../src/app/check";
import { checkFile } from "../../src/cli/checkFile";
import { parseConfig } from "../../src/core/schema";
import { FIXTURES, fakeFromFixture, runOf } from "./support";

const AS_OF = {
  "000-southwark-priority4": "2003-10-31",
  "001-southwark-underperforming": "2003-01-31",
  "002-southend-sen-strategy": "2014-01-31",
} as const;

describe.each(FIXTURES)("%s through the Office adapter", (name) => {
  it("gives the CLI's report, reading in 2 syncs and highlighting in 2 more", async () => {
    const asOf = AS_OF[name];
    const cfg = parseConfig({ asOf });
    if (!cfg.ok) throw new Error(cfg.error);
    const cli = await checkFile(join(__dirname, "..", "fixtures", `${name}.xlsx`), cfg.value, asOf);

    const fake = await fakeFromFixture(name);
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
    const before = fake.stats.syncs;
    const pane = await checkWorkbookPort(port, cfg.value, asOf, `${name}.xlsx`);

    expect(pane.report).toEqual(cli.report);
    expect(pane.report.tables.length).toBeGreaterThan(0);
    expect(fake.stats.syncs - before).toBeLessThanOrEqual(4);
  });
});
