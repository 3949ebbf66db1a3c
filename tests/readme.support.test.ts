import { readFileSync } from "fs";
import { join } from "path";
import { supportTable, versionSupport } from "../src/adapters/office/supportMatrix";
import { EXCEL_API_VERSIONS } from "../src/fake-excel";

describe("README's Supported Excel versions", () => {
  const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
  const block = /<!-- support-table:start -->\n([\s\S]*?)\n<!-- support-table:end -->/.exec(readme);

  it("has the table the adapter's own checks give for every tested version", () => {
    expect(block?.[1]).toBe(supportTable(EXCEL_API_VERSIONS));
  });

  it("says what changes at each step the adapter checks for", () => {
    expect(versionSupport("1.12").mergedCells).toMatch(/file/);
    expect(versionSupport("1.13").mergedCells).toMatch(/read from Excel/);
    expect(versionSupport("1.17").notes).toMatch(/^none/);
    expect(versionSupport("1.18").notes).toMatch(/a note/);
    expect(versionSupport("1.18").undo).toMatch(/empty Excel.s undo list/);
    expect(versionSupport("1.20").undo).toMatch(/one undo step/);
  });
});
