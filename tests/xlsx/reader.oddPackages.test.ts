// The package reader on each kind of package Excel opens but other writers produce differently from
// Excel: built part by part, so nothing in between normalises them.
import { readXlsxGrid } from "../../src/adapters/xlsx/readPackage";
import type { SheetGrid } from "../../src/core/grid/types";
import { bookParts, MAIN, REL, rels, sheet, str, tinyBook, zipParts } from "./tinyPackage";

const only = async (bytes: Uint8Array): Promise<SheetGrid> => {
  const grid = await readXlsxGrid(bytes);
  expect(grid.sheets).toHaveLength(1);
  return grid.sheets[0]!;
};

describe("readXlsxGrid on odd packages", () => {
  it("reads a package with a namespace prefix on every element (ClosedXML's x:)", async () => {
    const x = `xmlns:x="${MAIN}" xmlns:r="${REL}"`;
    const parts = bookParts({ sheets: [["Plan", ""]] });
    parts["xl/workbook.xml"] =
      `<x:workbook ${x}><x:sheets><x:sheet name="Plan" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`;
    parts["xl/worksheets/sheet1.xml"] =
      `<x:worksheet ${x}><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c>` +
      `<x:c r="C2"><x:v>3.5</x:v></x:c></x:row></x:sheetData>` +
      `<x:mergeCells><x:mergeCell ref="B3:C3"/></x:mergeCells></x:worksheet>`;
    parts["xl/sharedStrings.xml"] = `<x:sst ${x}><x:si><x:t>Lead officer</x:t></x:si></x:sst>`;
    parts["xl/_rels/workbook.xml.rels"] = rels([
      ["rId1", "worksheet", "worksheets/sheet1.xml"],
      ["rId2", "sharedStrings", "sharedStrings.xml"],
    ]);
    const s = await only(zipParts(parts));
    expect(s.name).toBe("Plan");
    expect([s.originRow, s.originCol]).toEqual([2, 2]);
    expect(s.values).toEqual([
      ["Lead officer", 3.5],
      [null, null],
    ]);
    expect(s.merges).toEqual([{ top: 3, left: 2, bottom: 3, right: 3 }]);
  });

  it("reads inline strings, rich text runs joined, phonetic guides and escapes left out", async () => {
    const rich =
      `<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Lead</t></r>` +
      `<r><t xml:space="preserve"> officer &amp; team</t></r><rPh sb="0" eb="1"><t>ruby</t></rPh></is></c>`;
    const s = await only(
      tinyBook({
        sheets: [["S", sheet(`<row r="1">${rich}${str("B1", "line_x000D_two")}</row>`)]],
        sharedStrings: [],
      })
    );
    expect(s.values).toEqual([["Lead officer & team", "line\rtwo"]]);
  });

  it("places rows and cells that have no r attribute after the previous ones", async () => {
    const rows =
      `<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>` +
      `<row><c r="C2"><v>2</v></c><c><v>3</v></c></row><row r="5"><c><v>4</v></c></row>`;
    const s = await only(tinyBook({ sheets: [["S", sheet(rows)]] }));
    expect([s.originRow, s.originCol]).toEqual([1, 1]);
    expect(s.values).toEqual([
      ["a", 1, null, null],
      [null, null, 2, 3],
      [null, null, null, null],
      [null, null, null, null],
      [4, null, null, null],
    ]);
  });

  it('reads t="d" ISO dates as serials with a date format, and dates in the 1904 system', async () => {
    const styles =
      `<numFmts count="1"><numFmt numFmtId="164" formatCode="mmm-yy"/></numFmts>` +
      `<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>`;
    const row =
      `<row r="1"><c r="A1" t="d"><v>2014-01-31T00:00:00Z</v></c>` +
      `<c r="B1" t="d" s="1"><v>2014-01-31</v></c><c r="C1" s="2"><v>40208</v></c>` +
      `<c r="D1" s="2" t="e"><v>#N/A</v></c><c r="E1"><v>40208</v></c></row>`;
    const book = { sheets: [["S", sheet(row)]] as Array<[string, string]>, styles };
    const s1900 = await only(tinyBook(book));
    expect(s1900.values[0]).toEqual([41670, 41670, 40208, { error: "#N/A" }, 40208]);
    expect(s1900.text[0]).toEqual(["31/01/2014", "Jan-14", "01-30-10", "#N/A", "40208"]);
    expect(s1900.numberFormat[0]).toEqual([
      "dd/mm/yyyy",
      "mmm-yy",
      "mm-dd-yy",
      "mm-dd-yy",
      "General",
    ]);
    const s1904 = await only(tinyBook({ ...book, workbookExtra: `<workbookPr date1904="1"/>` }));
    // a date-formatted number counts from 1904; an ISO date and a plain number do not move
    expect(s1904.values[0]).toEqual([41670, 41670, 41670, { error: "#N/A" }, 40208]);
    expect(s1904.text[0]?.[2]).toBe("01-31-14");
  });

  it("follows absolute part paths and a shared-strings part named in another case", async () => {
    const parts = bookParts({
      sheets: [["S", sheet(`<row r="1"><c r="A1" t="s"><v>1</v></c></row>`)]],
    });
    parts["_rels/.rels"] = rels([["rId1", "officeDocument", "/xl/workbook.xml"]]);
    parts["xl/_rels/workbook.xml.rels"] = rels([
      ["rId1", "worksheet", "/xl/worksheets/sheet1.xml"],
      ["rId2", "sharedStrings", "/xl/sharedStrings.xml"],
    ]);
    parts["xl/SharedStrings.xml"] =
      `<sst xmlns="${MAIN}"><si><t>a</t></si><si><t>Owner</t></si></sst>`;
    expect((await only(zipParts(parts))).values).toEqual([["Owner"]]);
  });

  it("resolves solid fills: RGB, indexed, and theme colours with tint from the theme part", async () => {
    const theme =
      `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements>` +
      `<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>` +
      `<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>` +
      `<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>` +
      `<a:accent2><a:srgbClr val="ED7D31"/></a:accent2></a:clrScheme></a:themeElements></a:theme>`;
    const fill = (color: string): string =>
      `<fill><patternFill patternType="solid"><fgColor ${color}/><bgColor indexed="64"/></patternFill></fill>`;
    const styles =
      `<fills count="6"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
      fill(`rgb="FF00B050"`) +
      fill(`indexed="10"`) +
      fill(`theme="5" tint="0.39997558519241921"`) +
      fill(`theme="0" tint="-0.249977111117893"`) +
      `</fills><cellXfs count="6"><xf numFmtId="0" fillId="0"/><xf fillId="2"/><xf fillId="3"/>` +
      `<xf fillId="4"/><xf fillId="5"/><xf fillId="1"/></cellXfs>`;
    const row = `<row r="1"><c r="A1" s="1"/><c r="B1" s="2"><v>1</v></c><c r="C1" s="3"/><c r="D1" s="4"/><c r="E1" s="5"/></row>`;
    const s = await only(tinyBook({ sheets: [["S", sheet(row)]], styles, theme }));
    expect(s.fills).toEqual([
      { row: 1, col: 1, rgb: "00B050" },
      { row: 1, col: 2, rgb: "FF0000" },
      // Excel's "Orange, Accent 2, Lighter 40%" and "White, Background 1, Darker 25%"
      { row: 1, col: 3, rgb: "F4B084" },
      { row: 1, col: 4, rgb: "BFBFBF" },
    ]);
  });

  it("reads hidden rows and columns, protection, booleans and formulas' cached values", async () => {
    const rows =
      `<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>` +
      `<c r="C1"><f>1+1</f><v>2</v></c><c r="D1"><f>NOW()</f></c></row><row r="2" hidden="1"><c r="A2"><v>0</v></c></row>`;
    const xml = sheet(
      rows,
      `<sheetProtection sheet="1" objects="1"/>`,
      `<cols><col min="2" max="3" hidden="1"/></cols>`
    );
    const s = await only(tinyBook({ sheets: [["S", xml]] }));
    expect(s.values).toEqual([
      [true, "ab", 2],
      [0, null, null],
    ]);
    expect(s.text[0]).toEqual(["TRUE", "ab", "2"]);
    expect(s.hiddenRows).toEqual([2]);
    expect(s.hiddenCols).toEqual([2, 3]);
    expect(s.protected).toBe(true);
  });

  it("empties the cells a merged area covers, keeps sheets in tab order and skips chart sheets", async () => {
    const a = sheet(
      `<row r="1">${str("A1", "Title")}${str("B1", "under the merge")}</row>`,
      `<mergeCells><mergeCell ref="A1:B1"/></mergeCells>`
    );
    const parts = bookParts({
      sheets: [
        ["Second", a],
        ["First", sheet(`<row r="1">${str("A1", "x")}</row>`)],
      ],
      sheetAttrs: { 1: `state="hidden"` },
    });
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"]!.replace(
      "</sheets>",
      `<sheet name="Chart" sheetId="9" r:id="rIdC"/></sheets>`
    );
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"]!.replace(
      "</Relationships>",
      `<Relationship Id="rIdC" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`
    );
    const grid = await readXlsxGrid(zipParts(parts));
    expect(grid.sheets.map((s) => s.name)).toEqual(["Second", "First"]);
    expect(grid.sheets[0]!.values).toEqual([["Title", null]]);
  });

  it("spends nothing on a validation or conditional format over whole columns", async () => {
    const rules =
      `<conditionalFormatting sqref="A7:J1048576"><cfRule type="cellIs" priority="1" operator="equal"><formula>"Red"</formula></cfRule></conditionalFormatting>` +
      `<dataValidations count="1"><dataValidation type="list" sqref="A7:J1048576"><formula1>"Red,Amber,Green"</formula1></dataValidation></dataValidations>`;
    const started = performance.now();
    const s = await only(
      tinyBook({ sheets: [["S", sheet(`<row r="7">${str("A7", "Red")}</row>`, rules)]] })
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(s.values).toEqual([["Red"]]);
  });

  it("leaves out the tool's own sheets when asked, found by their defined names", async () => {
    const bytes = tinyBook({
      sheets: [
        ["Plan", sheet(`<row r="1">${str("A1", "x")}</row>`)],
        ["My Summary", sheet("")],
      ],
      workbookExtra: "",
    });
    const parts = bookParts({
      sheets: [
        ["Plan", sheet(`<row r="1">${str("A1", "x")}</row>`)],
        ["My Summary", sheet("")],
      ],
    });
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"]!.replace(
      "</sheets>",
      `</sheets><definedNames><definedName name="APC_Owned_RAG_Summary">'My Summary'!$A$1</definedName></definedNames>`
    );
    expect((await readXlsxGrid(bytes, { skipOwnSheets: true })).sheets).toHaveLength(2);
    const own = await readXlsxGrid(zipParts(parts), { skipOwnSheets: true });
    expect(own.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });

  it("refuses what is not a zip, and a zip that is not a workbook, with a sentence", async () => {
    await expect(readXlsxGrid(new TextEncoder().encode("Minutes of the board"))).rejects.toThrow(
      /not a readable \.xlsx workbook \(it is not a zip package\)/
    );
    await expect(readXlsxGrid(zipParts({ "hello.txt": "hi" }))).rejects.toThrow(
      /not a readable \.xlsx workbook/
    );
  });
});
