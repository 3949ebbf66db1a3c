/**
 * Writing checked copies: a conditional format that refers to another sheet (which crashed the ExcelJS
 * re-save, and with it the rest of the batch) is kept as written; and a copy that fails for any reason is
 * named, exits 2, and every other copy of the batch is still written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as xlsxPort from "../../src/adapters/xlsx/xlsxPort";
import { main } from "../../src/cli/main";
import { captureIo } from "../support/captureIo";
import { checkLossless } from "../support/losslessPackage";

const FIXTURES = join(__dirname, "..", "fixtures");
const PLAN = "002-southend-sen-strategy";

const CLASSIC = `<conditionalFormatting sqref="C7:C48"><cfRule type="expression" priority="1"><formula>Lookups!$A$1&gt;0</formula></cfRule></conditionalFormatting>`;
const X14 = `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="expression" priority="2" id="{6A7A1F52-0000-4000-8000-000000000001}"><xm:f>Lookups!$A$1="Red"</xm:f><x14:dxf><fill><patternFill><bgColor rgb="FFFF0000"/></patternFill></fill></x14:dxf></x14:cfRule><xm:sqref>D7:D48</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;

/** The fixture plan with a "Lookups" sheet and conditional formats on the plan that refer to it. */
async function planWithCrossSheetRules(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(FIXTURES, `${PLAN}.xlsx`)) as never);
  wb.addWorksheet("Lookups").getRow(1).getCell(1).value = "Red";
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const path = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(path)!.async("string");
  const at = xml.search(/<(?:hyperlinks|printOptions|pageMargins)\b/);
  zip.file(
    path,
    `${xml.slice(0, at)}${CLASSIC}${xml.slice(at).replace("</worksheet>", `${X14}</worksheet>`)}`
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("checked copies that used to fail", () => {
  it("keeps a conditional format that refers to another sheet, in both its forms", async () => {
    const dir = mkdtempSync(join(tmpdir(), "apc-cf-"));
    const input = join(dir, "plan.xlsx");
    const bytes = await planWithCrossSheetRules();
    writeFileSync(input, bytes);
    const io = captureIo();
    const code = await main(
      ["check", input, "--as-of", "2014-01-31", "--out", join(dir, "out")],
      io
    );
    expect(io.stderr()).not.toMatch(/could not be written|forEach/);
    expect(code).toBe(1); // the plan has errors; the copy is written
    const copy = readFileSync(join(dir, "out", "plan.checked.xlsx"));
    const sheet = await (
      await JSZip.loadAsync(copy)
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    expect(sheet).toContain(CLASSIC);
    expect(sheet).toContain(X14);
    expect((await checkLossless(bytes, copy)).problems).toEqual([]);
  });
});

describe("a copy that fails", () => {
  afterEach(() => jest.restoreAllMocks());

  it("is named, exits 2, and the batch's other copies are written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "apc-batch-"));
    const names = ["a.xlsx", "b.xlsx", "c.xlsx"];
    const plan = readFileSync(join(FIXTURES, `${PLAN}.xlsx`));
    for (const n of names) writeFileSync(join(dir, n), plan);
    const real = xlsxPort.openXlsxWorkbook;
    let opened = 0;
    jest.spyOn(xlsxPort, "openXlsxWorkbook").mockImplementation((bytes) => {
      // the second file's copy fails while it is being written
      if (++opened !== 2) return real(bytes);
      const port = real(bytes);
      return { ...port, save: () => Promise.reject(new Error("disk full")) };
    });
    const io = captureIo();
    const code = await main(["check", dir, "--as-of", "2014-01-31", "--out", join(dir, "out")], io);
    expect(code).toBe(2);
    expect(io.stderr()).toContain("b.xlsx: the checked copy could not be written (disk full).");
    expect(existsSync(join(dir, "out", "a.checked.xlsx"))).toBe(true);
    expect(existsSync(join(dir, "out", "b.checked.xlsx"))).toBe(false);
    expect(existsSync(join(dir, "out", "c.checked.xlsx"))).toBe(true);
    // the report itself is still the whole batch's
    expect(io.stdout()).toContain("c.xlsx");
  });
});
