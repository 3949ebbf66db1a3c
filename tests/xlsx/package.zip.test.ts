/**
 * The checked copy's zip container: an entry the tool does not touch is written with the very bytes it had
 * (local header, compressed data, descriptor), so not even its compression changes; the package written
 * reads back with an independent zip reader (JSZip) to the same contents.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { Package } from "../../src/adapters/xlsx/package/opc";
import { readZip } from "../../src/adapters/xlsx/package/zip";

const FIXTURES = join(__dirname, "..", "fixtures");
const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));
const CORPUS = join(FIXTURES, "foreign");
// packages of other writers: stored entries, data descriptors, backslash names, an .xlsm with VBA
const ODD = [
  "calamine__tests_issue_530.xlsx",
  "PhpSpreadsheet__tests_data_Reader_XLSX_namespacenonstd.xlsx",
  ...readdirSync(CORPUS)
    .filter((f) => f.endsWith(".xlsm"))
    .slice(0, 3),
].map((f) => join(CORPUS, f));

describe.each([...files.map((f) => join(FIXTURES, f)), ...ODD])("zip of %s", (path) => {
  it("copies untouched entries byte for byte and rewrites only what was set", async () => {
    const input = readFileSync(path);
    const pkg = new Package(input);
    const [first] = pkg.names().filter((n) => /worksheets\/.*\.xml$/i.test(n.replace(/\\/g, "/")));
    const edited = `${pkg.text(first!)}<!-- edited -->`;
    pkg.set(first!, edited);
    pkg.set("xl/new/part.xml", "<new/>");
    const output = pkg.toBuffer();

    for (const e of readZip(input)) {
      if (e.name === first) continue;
      // the whole local record, as found in the input, is in the output
      expect([e.name, output.indexOf(Buffer.from(e.local)) >= 0]).toEqual([e.name, true]);
    }
    const a = await JSZip.loadAsync(input);
    const b = await JSZip.loadAsync(output);
    for (const name of Object.keys(a.files)) {
      if (a.files[name]!.dir) continue;
      const after = await b.file(name)!.async("string");
      expect(after).toBe(name === first ? edited : await a.file(name)!.async("string"));
    }
    expect(await b.file("xl/new/part.xml")!.async("string")).toBe("<new/>");
  });
});
