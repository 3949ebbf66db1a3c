/**
 * The pane's compare use cases (src/app/compare.ts) on real inputs: a previous version read from its .xlsx
 * bytes by the browser-side reader (readPlanFile, with the browser's DecompressionStream inflater, which
 * Node 20 also has), and the snapshot a summary build stored in the workbook (the fake Excel host).
 */
import ExcelJS from "exceljs";
import { deflateSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createOfficeWorkbook } from "../../src/adapters/office";
import { readXlsxGrid } from "../../src/adapters/xlsx/readPackage";
import { readPlanFile } from "../../src/adapters/xlsx/readPlanFile";
import { fflateInflater } from "../../src/adapters/xlsx/readZip";
import { browserInflater, streamInflater } from "../../src/adapters/xlsx/readZipBrowser";
import { nodeInflater } from "../../src/adapters/xlsx/readZipNode";
import { checkWorkbookPort } from "../../src/app/check";
import { compareWithFile, compareWithSnapshot } from "../../src/app/compare";
import { writeSummarySheet } from "../../src/app/summary";
import { comparisonSchema } from "../../src/core/compare";
import { checkWorkbook } from "../../src/core/engine";
import { parseConfig, type WorkbookReport } from "../../src/core/schema";
import { createFakeExcel } from "../../src/fake-excel";
import { seedFromXlsx } from "../../src/fake-excel/seedFromXlsx";
import { runOf } from "../office/support";

const AS_OF = "2014-01-31";
const config = (() => {
  const c = parseConfig({ asOf: AS_OF });
  if (!c.ok) throw new Error(c.error);
  return c.value;
})();
const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", `${name}.xlsx`));
const PLAN = fixture("002-southend-sen-strategy");

/** Fixture 002 with action 1.1's due date set to `due` (an officer pushing a deadline back). */
async function withDue11(due: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(PLAN as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("Action Plan")!;
  let row = 0;
  ws.eachRow((r, n) => {
    if (row === 0 && /^1\.1\b/.test(String(r.getCell(1).value ?? ""))) row = n;
  });
  ws.getCell(row, 4).value = due;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function reportOf(bytes: Uint8Array): Promise<WorkbookReport> {
  const grid = await readPlanFile(bytes);
  return checkWorkbook(grid, config, AS_OF, "now.xlsx");
}

describe("reading a picked file in the browser", () => {
  it("reads the same grid with the stream inflater, fflate and Node's zlib", async () => {
    const [stream, fflate, node] = await Promise.all([
      readXlsxGrid(PLAN, { skipOwnSheets: true, inflater: streamInflater }),
      readXlsxGrid(PLAN, { skipOwnSheets: true, inflater: fflateInflater }),
      readXlsxGrid(PLAN, { skipOwnSheets: true, inflater: nodeInflater }),
    ]);
    expect(stream.sheets.length).toBeGreaterThan(0);
    expect(stream).toEqual(node);
    expect(fflate).toEqual(node);
    expect(browserInflater()).toBe(streamInflater);
  });

  it("inflates in pieces, and stops with the consumer's own error when it refuses one", async () => {
    const text = "Review the local offer with parents. ".repeat(40000);
    const raw = deflateSync(new TextEncoder().encode(text));
    const pieces: Uint8Array[] = [];
    await streamInflater(raw, (chunk) => pieces.push(chunk));
    expect(pieces.length).toBeGreaterThan(1);
    expect(new TextDecoder().decode(Buffer.concat(pieces))).toBe(text);

    const refusal = new Error("too big");
    let calls = 0;
    const refused = streamInflater(raw, () => {
      calls += 1;
      throw refusal;
    });
    await expect(refused).rejects.toBe(refusal);
    expect(calls).toBe(1);
    await expect(streamInflater(raw.subarray(0, 100), () => undefined)).rejects.toThrow();
  });

  it("refuses a file that is not an .xlsx with a sentence", async () => {
    await expect(readPlanFile(new TextEncoder().encode("just some text"))).rejects.toThrow(
      "this is not an Excel .xlsx workbook."
    );
    // an OLE header with an "EncryptedPackage" stream name (UTF-16LE): an encrypted workbook
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(
      [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]),
      600
    );
    await expect(readPlanFile(ole)).rejects.toThrow(/password-protected \(encrypted\)/);
  });
});

describe("comparing the open workbook with a previous version", () => {
  it("lists the slipped deadline of a version whose date was pushed later", async () => {
    const now = await reportOf(await withDue11("June 2014"));
    const out = await compareWithFile(
      readPlanFile,
      { name: "q1.xlsx", bytes: PLAN },
      now,
      config,
      AS_OF
    );
    if (out.kind !== "compared") throw new Error(`not compared: ${out.kind}`);
    expect(out.source).toEqual({ kind: "file", name: "q1.xlsx" });
    expect(comparisonSchema.parse(out.comparison)).toEqual(out.comparison);
    expect(out.comparison.counts).toMatchObject({ slipped: 1, added: 0, removed: 0 });
    const slipped = out.comparison.matched.filter((m) =>
      m.changes.some((c) => c.kind === "slipped")
    );
    expect(slipped.map((m) => m.new.ref)).toEqual(["1.1"]);
    expect(slipped[0]?.changes).toContainEqual(
      expect.objectContaining({ kind: "slipped", from: "2014-01-31", to: "2014-06-30", days: 150 })
    );
  });

  it("says two different plans are not versions of one plan", async () => {
    const now = await reportOf(PLAN);
    const out = await compareWithFile(
      readPlanFile,
      { name: "other.xlsx", bytes: fixture("000-southwark-priority4") },
      now,
      config,
      AS_OF
    );
    expect(out).toMatchObject({
      kind: "not-one-plan",
      source: { kind: "file", name: "other.xlsx" },
    });
    if (out.kind === "not-one-plan") expect(out.matched).toBeLessThan(out.of / 5);
  });

  it("names the file and the reason when it cannot be read", async () => {
    const now = await reportOf(PLAN);
    const out = await compareWithFile(
      readPlanFile,
      { name: "notes.xlsx", bytes: new TextEncoder().encode("hello") },
      now,
      config,
      AS_OF
    );
    expect(out).toEqual({
      kind: "unreadable",
      message: "notes.xlsx: this is not an Excel .xlsx workbook.",
    });
  });
});

describe("comparing with the snapshot stored in the workbook (fake Excel)", () => {
  it("has none before a summary, then finds the deadline pushed back since", async () => {
    const fake = createFakeExcel(await seedFromXlsx(PLAN));
    const port = createOfficeWorkbook(runOf(fake));
    const first = await checkWorkbookPort(port, config, AS_OF, "plan.xlsx");
    await expect(compareWithSnapshot(port, first.report)).resolves.toEqual({ kind: "none" });
    await writeSummarySheet(port, first.report, config, AS_OF, "2014-01-31T09:00:00Z");

    const row = first.report.tables.flatMap((t) => t.actions).find((a) => a.ref === "1.1")?.row;
    await fake.events.userEdit("Action Plan", `D${row}`, [["June 2014"]]);
    const next = await checkWorkbookPort(port, config, AS_OF, "plan.xlsx", { highlight: false });
    const out = await compareWithSnapshot(port, next.report);
    if (out.kind !== "compared") throw new Error(`not compared: ${out.kind}`);
    expect(out.source).toEqual({ kind: "snapshot", asOf: AS_OF });
    expect(out.comparison.counts.slipped).toBe(1);
    // the update texts are fingerprinted on both sides: unchanged updates are still found
    expect(out.comparison.counts.staleUpdates).toBeGreaterThan(0);
  });

  it("reports a damaged snapshot as unreadable instead of failing", async () => {
    const fake = createFakeExcel(await seedFromXlsx(PLAN));
    const port = createOfficeWorkbook(runOf(fake));
    const { report } = await checkWorkbookPort(port, config, AS_OF, "plan.xlsx");
    await port.writeSnapshot?.(
      '<snapshot xmlns="urn:action-plan-checker:snapshot:1"><![CDATA[{"version":1}]]></snapshot>'
    );
    const out = await compareWithSnapshot(port, report);
    expect(out.kind).toBe("unreadable");
    if (out.kind === "unreadable")
      expect(out.message).toMatch(/^the stored snapshot cannot be used/);
  });
});
