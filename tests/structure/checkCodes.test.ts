/**
 * Every issue code is declared by the check that raises it (issue 17): the catalogue's codes are each
 * declared by one check, and running the engine over the fixture workbooks, every finding a row check
 * returns is one of the codes that check declares, and every code in the reports is declared by some check.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { checkFile } from "../../src/cli/checkFile";
import { DECLARED_CODES, ROW_CHECKS } from "../../src/core/checks";
import type { RowCheck } from "../../src/core/checks";
import { TABLE_CHECK_CODES } from "../../src/core/checks/table";
import { ISSUE_CODES } from "../../src/core/issues/catalogue";
import { parseConfig } from "../../src/core/schema";

const dir = join(__dirname, "..", "fixtures");
const ASOF = "2014-01-31";

describe("the checks' declared codes", () => {
  it("cover the catalogue, each code declared by one check only", () => {
    const declared = [...ROW_CHECKS.flatMap((c) => c.codes), ...TABLE_CHECK_CODES];
    expect([...declared].sort()).toEqual([...ISSUE_CODES].sort());
    expect(new Set(declared).size).toBe(declared.length);
  });

  it("hold every finding raised on the fixture workbooks", async () => {
    const config = parseConfig({ asOf: ASOF });
    if (!config.ok) throw new Error(config.error);
    // each row check's own findings, by check: a finding outside its declaration is named with its check
    const undeclared: string[] = [];
    const spies = ROW_CHECKS.map((check: RowCheck, i) => {
      const run = check.run;
      return jest.spyOn(check, "run").mockImplementation((ctx) => {
        const found = run(ctx);
        for (const f of found)
          if (!check.codes.includes(f.code)) undeclared.push(`check ${i}: ${f.code}`);
        return found;
      });
    });
    const raised = new Set<string>();
    const files = readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
    try {
      for (const file of files) {
        const { report } = await checkFile(join(dir, file), config.value, ASOF);
        expect(report.error).toBeUndefined();
        for (const t of report.tables) {
          for (const i of t.issues) raised.add(i.code);
          for (const a of t.actions) for (const i of a.issues) raised.add(i.code);
        }
        for (const i of report.issues) raised.add(i.code);
      }
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(files.length).toBeGreaterThanOrEqual(7);
    expect(undeclared).toEqual([]);
    // the fixtures raise codes of both kinds, row and table (a reader that found nothing would pass below)
    expect(raised).toContain("overdue");
    expect(raised).toContain("no-due-column");
    expect([...raised].filter((code) => !new Set<string>(DECLARED_CODES).has(code))).toEqual([]);
  });
});
