import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { writeCheckedCopy } from "../../src/adapters/xlsx/writeCheckedCopy";
import { checkWorkbook } from "../../src/core/engine/checkWorkbook";
import { DEFAULT_CONFIG } from "../../src/core/schema";
import { buildSummary, historyRow, summarySheetModel } from "../../src/core/summary";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read";
import { sheetParts } from "./xlsxPackage";

// The checked copy's summary as a board paper: each column block prints as its own area, the columns are
// the widths the model fitted, and only table cells wrap (a note runs on over the empty cells beside it).

const FILE = "002-southend-sen-strategy.xlsx";
const AS_OF = "2014-01-31";

describe("checked copy: the summary sheet prints block by block", () => {
  let zip: JSZip;
  let sheetXml: string;
  let model: ReturnType<typeof summarySheetModel>;

  beforeAll(async () => {
    const input = readFileSync(join(__dirname, "..", "fixtures", FILE));
    const report = checkWorkbook(await readWorkbookGrid(input), { ...DEFAULT_CONFIG }, AS_OF, FILE);
    const summary = buildSummary(report.tables, AS_OF, { workbookIssues: report.issues });
    model = summarySheetModel(summary, { generatedAt: `${AS_OF}T09:00:00Z`, file: FILE });
    const output = await writeCheckedCopy(input, {
      highlights: { cells: [] },
      summary: model,
      history: historyRow(summary, AS_OF),
    });
    zip = await JSZip.loadAsync(output);
    const part = (await sheetParts(zip)).get("RAG Summary")!;
    sheetXml = await zip.file(part)!.async("string");
  });

  it("names the two print areas and the title rows, scoped to the summary sheet", async () => {
    const book = (await zip.file("xl/workbook.xml")!.async("string")).replace(/&apos;/g, "'");
    const index = [...book.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].findIndex(
      (m) => m[1] === "RAG Summary"
    );
    const [a, b] = model.print!.areas!;
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="${index}">'RAG Summary'!$A$1:$G$${a!.bottom},'RAG Summary'!$I$${b!.top}:$Q$${b!.bottom}</definedName>`
    );
    expect(book).toMatch(
      new RegExp(`name="_xlnm.Print_Titles" localSheetId="${index}">[^<]*!\\$1:\\$3<`)
    );
    expect(sheetXml).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    );
  });

  it("writes the widths the model fitted, narrow count columns beside a wide exceptions block", () => {
    const cols = [...sheetXml.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Math.round(Number(m[2])),
    ]);
    expect(cols).toEqual(model.columnWidths.map((w, i) => [i + 1, Math.round(w + 0.71)]));
    // the six count columns (B-G) are each narrower than any wide exceptions column (section, action, reason, update)
    const counts = model.columnWidths.slice(1, 7);
    const wide = [9, 11, 15, 16].map((c) => model.columnWidths[c - 1]!);
    expect(Math.max(...counts)).toBeLessThan(Math.min(...wide));
  });

  it("wraps table cells in wrap columns but never a free note", async () => {
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const xfs = [
      ...styles.slice(styles.indexOf("<cellXfs")).matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g),
    ].map((m) => m[0]);
    const wraps = (ref: string) => {
      const m = new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheetXml);
      return /wrapText="1"/.test(xfs[Number(m?.[1])] ?? "");
    };
    const note = model.cells.find((c) => c.col === 1 && c.cell.intent === "note")!;
    expect(wraps(`A${note.row}`)).toBe(false);
    const bySection = model.tables.find((t) => t.name === "RAG_BySection")!;
    expect(wraps(`A${bySection.top + 1}`)).toBe(true);
  });
});
