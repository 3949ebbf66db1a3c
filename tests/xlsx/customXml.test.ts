/** The package patcher's custom XML parts: another tool's part is kept, the snapshot part is found by namespace. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  customXmlParts,
  rootNamespace,
  writeCustomXmlPart,
} from "../../src/adapters/xlsx/package/customXml";
import { WorkbookPackage } from "../../src/adapters/xlsx/package/workbookPackage";
import { SNAPSHOT_NAMESPACE, snapshotToXml } from "../../src/core/snapshot";

const PLAN = readFileSync(join(__dirname, "..", "fixtures", "001-southwark-underperforming.xlsx"));
const snap = (asOf: string) => snapshotToXml({ version: 1, asOf, actions: [] });

describe("custom XML parts in the checked copy", () => {
  it("reads a root's namespace, default or prefixed", () => {
    expect(rootNamespace('<?xml version="1.0"?><a xmlns="urn:x"><b/></a>')).toBe("urn:x");
    expect(rootNamespace("<p:a xmlns:q='urn:q' xmlns:p='urn:p'/>")).toBe("urn:p");
    expect(rootNamespace("<a/>")).toBeNull();
  });

  it("adds the snapshot beside another tool's part and replaces only its own", () => {
    const p = new WorkbookPackage(PLAN);
    const other = '<data xmlns="urn:someone-else">keep</data>';
    writeCustomXmlPart(p.pkg, p.workbook.path, other, "{00000000-0000-0000-0000-000000000001}");
    expect(p.readSnapshot()).toBeNull();
    p.writeSnapshot(snap("2024-01-31"));
    p.writeSnapshot(snap("2024-04-30"));
    const back = new WorkbookPackage(p.toBuffer());
    expect(back.pkg.names().filter((n) => /^customXml\/item\d+\.xml$/.test(n))).toEqual([
      "customXml/item1.xml",
      "customXml/item2.xml",
    ]);
    expect(customXmlParts(back.pkg, back.workbook.path, "urn:someone-else")[0]?.xml).toBe(other);
    expect(back.readSnapshot()).toBe(snap("2024-04-30"));
    expect(back.pkg.text("customXml/itemProps2.xml")).toContain(`ds:uri="${SNAPSHOT_NAMESPACE}"`);
    const types = back.pkg.text("[Content_Types].xml") ?? "";
    expect(types.match(/PartName="\/customXml\/itemProps\d\.xml"/g)).toHaveLength(2);
    const rels = back.pkg.text("xl/_rels/workbook.xml.rels") ?? "";
    expect(rels.match(/relationships\/customXml"/g)).toHaveLength(2);
  });
});
