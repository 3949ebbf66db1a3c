import JSZip from "jszip";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  readOwnSheetMarks,
  withMarksInWorkbookXml,
  marksInWorkbookXml,
} from "../src/adapters/xlsx/ownSheets";
import { main } from "../src/cli/main";
import { reportSchema, type Report } from "../src/core/schema";
import { captureIo } from "./support/captureIo";

const fixtures = join(__dirname, "fixtures");
const PLANS = readdirSync(fixtures).filter((f) => f.endsWith(".xlsx"));
const AS_OF = "2014-01-31";

async function jsonReport(args: string[]): Promise<Report> {
  const io = captureIo();
  await main(["check", ...args, "--format", "json", "--as-of", AS_OF], io);
  return reportSchema.parse(JSON.parse(io.stdout()));
}

/** A workbook without the range names the CLI's writer also leaves: only the durable marker is left. */
async function withoutRangeNames(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    xml.replace(/<definedName name="APC_Owned_[^"]*">[^<]*<\/definedName>/g, "")
  );
  const out = path.replace(/\.xlsx$/, ".marker-only.xlsx");
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer" }));
  return out;
}

describe("the tool's own sheets, known in any file", () => {
  const dir = mkdtempSync(join(tmpdir(), "apc-own-"));
  const out = join(dir, "out");

  beforeAll(async () => {
    const io = captureIo();
    await main(["check", fixtures, "--out", out, "--snapshot", "--as-of", AS_OF], io);
    await main(
      ["rollup", fixtures, "--out", join(dir, "rollup.xlsx"), "--as-of", AS_OF],
      captureIo()
    );
  }, 60_000);

  it("a checked copy is marked as one and lists its summary and history sheets", async () => {
    const marks = await readOwnSheetMarks(
      readFileSync(join(out, "002-southend-sen-strategy.checked.xlsx"))
    );
    expect(marks).toEqual({ ownSheets: ["RAG Summary", "RAG History"], checkedCopy: true });
  });

  it.each(PLANS)(
    "%s: its checked copy gives exactly the plan's counts, by the marker alone",
    async (plan) => {
      const original = (await jsonReport([join(fixtures, plan)])).workbooks[0]!;
      const copy = await withoutRangeNames(join(out, plan.replace(/\.xlsx$/, ".checked.xlsx")));
      const checked = (await jsonReport([copy])).workbooks[0]!;
      expect(checked.tables).toEqual(original.tables);
      expect(checked.summary).toEqual(original.summary);
      expect(checked.verdict).toEqual(original.verdict);
    }
  );

  it("rollup.xlsx is all the tool's own: no table, no issue", async () => {
    const rollup = await withoutRangeNames(join(dir, "rollup.xlsx"));
    const book = (await jsonReport([rollup])).workbooks[0]!;
    expect(book.tables).toEqual([]);
    expect(book.summary?.overall.total).toBe(0);
  });

  it("--out on the output folder never writes *.checked.checked.xlsx, nor over its input", async () => {
    const before = readFileSync(join(out, "002-southend-sen-strategy.checked.xlsx"));
    const io = captureIo();
    await main(["check", out, "--out", out, "--as-of", AS_OF], io);
    expect(readdirSync(out).filter((f) => /\.checked\.checked\./.test(f))).toEqual([]);
    expect(readFileSync(join(out, "002-southend-sen-strategy.checked.xlsx"))).toEqual(before);
    expect(io.stderr()).toMatch(
      /not written: .*002-southend-sen-strategy\.checked\.xlsx is already the checked copy/
    );
  });

  it("a checked copy copied elsewhere and checked again keeps its name", async () => {
    const moved = join(dir, "moved");
    const io = captureIo();
    await main(
      [
        "check",
        join(out, "001-southwark-underperforming.checked.xlsx"),
        "--out",
        moved,
        "--as-of",
        AS_OF,
      ],
      io
    );
    expect(readdirSync(moved)).toEqual(["001-southwark-underperforming.checked.xlsx"]);
  });

  it("the marker is written once, replacing an earlier one, and read only at workbook scope", () => {
    const xml = '<workbook><sheets><sheet name="A"/></sheets></workbook>';
    const once = withMarksInWorkbookXml(xml, { ownSheets: ["S1"], checkedCopy: true });
    const twice = withMarksInWorkbookXml(once, { ownSheets: ["S2 & co"], checkedCopy: false });
    expect(twice).toBe(
      '<workbook><sheets><sheet name="A"/></sheets><definedNames><definedName name="_APC_OwnSheets" hidden="1">"S2 &amp; co"</definedName></definedNames></workbook>'
    );
    expect(marksInWorkbookXml(twice)).toEqual({ ownSheets: ["S2 & co"], checkedCopy: false });
    const local = twice.replace('name="_APC_OwnSheets"', 'name="_APC_OwnSheets" localSheetId="0"');
    expect(marksInWorkbookXml(local).ownSheets).toEqual([]);
  });
});
