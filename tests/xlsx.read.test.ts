import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrid } from "../src/adapters/xlsx/read";
import { readWorkbookFile } from "../src/adapters/xlsx/readFile";
import { rangeA1 } from "../src/core/grid/a1";
import { formatAt, textAt, valueAt } from "../src/core/grid/sheet";
import type { SheetGrid, WorkbookGrid } from "../src/core/grid/types";

const FIXTURES = join(__dirname, "fixtures");
const WORKBOOKS = [
  "000-southwark-priority4",
  "001-southwark-underperforming",
  "002-southend-sen-strategy",
] as const;

interface Truth {
  merges: Record<string, string[]>;
}

const grids = new Map<string, WorkbookGrid>();
beforeAll(async () => {
  for (const name of WORKBOOKS) {
    grids.set(name, await readWorkbookGrid(readFileSync(join(FIXTURES, `${name}.xlsx`))));
  }
});

function sheet(book: string, name: string): SheetGrid {
  const s = grids.get(book)?.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${book}`);
  return s;
}

describe("readWorkbookGrid on the fixtures", () => {
  it.each(WORKBOOKS)("%s: merges equal the truth file's", (book) => {
    const truth = JSON.parse(readFileSync(join(FIXTURES, `${book}.truth.json`), "utf8")) as Truth;
    const wb = grids.get(book) as WorkbookGrid;
    expect(wb.sheets.map((s) => s.name).sort()).toEqual(Object.keys(truth.merges).sort());
    for (const s of wb.sheets) {
      const got = s.merges.map((m) => rangeA1(m.top, m.left, m.bottom, m.right)).sort();
      expect(got).toEqual([...(truth.merges[s.name] ?? [])].sort());
    }
  });

  it.each(WORKBOOKS)("%s: every row has the same width in all three arrays", (book) => {
    for (const s of (grids.get(book) as WorkbookGrid).sheets) {
      const width = s.values[0]?.length ?? 0;
      expect(width).toBeGreaterThan(0);
      expect(s.text).toHaveLength(s.values.length);
      expect(s.numberFormat).toHaveLength(s.values.length);
      for (let r = 0; r < s.values.length; r++) {
        expect(s.values[r]).toHaveLength(width);
        expect(s.text[r]).toHaveLength(width);
        expect(s.numberFormat[r]).toHaveLength(width);
      }
    }
  });

  it("reads a real date cell as an Excel serial shown by its mmm-yy format", () => {
    const s = sheet("002-southend-sen-strategy", "Action Plan");
    expect(valueAt(s, 6, 4)).toBe(41640); // 2014-01-01
    expect(formatAt(s, 6, 4)).toBe("mmm-yy");
    expect(textAt(s, 6, 4)).toBe("Jan-14");
    expect(textAt(s, 7, 4)).toBe("Sep-14");
  });

  it("keeps line breaks, reads a number cell and leaves cells covered by a merge empty", () => {
    const s = sheet("001-southwark-underperforming", "KS2");
    expect(textAt(s, 28, 4)).toBe("Start: Aug 02\nEnd: Oct 02");
    expect(valueAt(s, 3, 2)).toBe(2);
    expect(textAt(s, 3, 2)).toBe("2");
    expect(textAt(s, 4, 2)).toMatch(/^i\) That many schools/);
    expect(valueAt(s, 4, 3)).toBeNull();
    expect(s.originRow).toBe(1);
    expect(s.originCol).toBe(1);
    expect(s.protected).toBe(false);
  });
});

describe("readWorkbookGrid on bad input", () => {
  it.each([
    ["empty", Buffer.alloc(0)],
    ["text", Buffer.from("Ref,Action,Owner\n1,Do it,Bob\n")],
    [
      "a truncated zip",
      readFileSync(join(FIXTURES, "002-southend-sen-strategy.xlsx")).subarray(0, 400),
    ],
    [
      "zip magic then garbage",
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]),
    ],
  ])("rejects %s with a clear message", async (_name, bytes) => {
    await expect(readWorkbookGrid(bytes)).rejects.toThrow(/not a readable \.xlsx/);
  });

  it("rejects a zip that is not a workbook", async () => {
    const JSZip = require("jszip") as {
      new (): { file(n: string, d: string): void; generateAsync(o: object): Promise<Buffer> };
    };
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    await expect(readWorkbookGrid(bytes)).rejects.toThrow(/not a readable \.xlsx/);
  });

  it("accepts an ArrayBuffer and a Uint8Array view", async () => {
    const buf = readFileSync(join(FIXTURES, "002-southend-sen-strategy.xlsx"));
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    expect((await readWorkbookGrid(ab)).sheets[0]?.name).toBe("Action Plan");
    expect((await readWorkbookGrid(new Uint8Array(ab))).sheets[0]?.name).toBe("Action Plan");
  });
});

describe("readWorkbookGrid on a workbook built with ExcelJS", () => {
  let s: SheetGrid;
  beforeAll(async () => {
    const ExcelJS = require("exceljs") as typeof import("exceljs");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.getCell("D40").value = "Action";
    ws.getCell("E40").value = {
      richText: [{ text: "Lead " }, { text: "officer", font: { bold: true } }],
    };
    ws.getCell("F40").value = { formula: "1+1", result: 2 };
    ws.getCell("G40").value = { error: "#N/A" } as never;
    ws.getCell("H40").value = true;
    ws.getCell("I40").value = { text: "link text", hyperlink: "https://example.org" };
    ws.getCell("J40").value = new Date(Date.UTC(2003, 8, 30));
    ws.getCell("J40").numFmt = "dd/mm/yyyy";
    ws.getCell("K40").value = { formula: "TODAY()", result: new Date(Date.UTC(2014, 0, 1)) };
    ws.getCell("K40").numFmt = "mmm-yy";
    ws.getCell("L40").value = 1234.5;
    ws.getCell("L40").numFmt = "#,##0.00";
    ws.mergeCells("D41:F41");
    ws.getCell("D41").value = "Merged";
    ws.getRow(42).hidden = true;
    ws.getCell("D42").value = "hidden";
    await ws.protect("pw", {});
    const out = Buffer.from(await wb.xlsx.writeBuffer());
    const grid = await readWorkbookGrid(out);
    s = grid.sheets[0] as SheetGrid;
  });

  it("starts the grid at the used range", () => {
    expect([s.originRow, s.originCol]).toEqual([40, 4]);
  });

  it.each([
    ["rich text flattened", 5, "Lead officer", "Lead officer"],
    ["formula → cached result", 6, 2, "2"],
    ["error", 7, { error: "#N/A" }, "#N/A"],
    ["boolean", 8, true, "TRUE"],
    ["hyperlink → its text", 9, "link text", "link text"],
    ["date → serial", 10, 37894, "30/09/2003"],
    ["formula date → serial", 11, 41640, "Jan-14"],
    ["number format", 12, 1234.5, "1,234.50"],
  ])("%s", (_name, col, value, text) => {
    expect(valueAt(s, 40, col)).toEqual(value);
    expect(textAt(s, 40, col)).toBe(text);
  });

  it("reads merges, hidden rows and protection", () => {
    expect(s.merges).toEqual([{ top: 41, left: 4, bottom: 41, right: 6 }]);
    expect(s.hiddenRows).toContain(42);
    expect(s.protected).toBe(true);
  });

  it("readWorkbookFile reads from a path", async () => {
    const wb = await readWorkbookFile(join(FIXTURES, "001-southwark-underperforming.xlsx"));
    expect(wb.sheets.map((x) => x.name)).toEqual(["KS2", "KS3"]);
  });
});
