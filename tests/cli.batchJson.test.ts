import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ZodError } from "zod";
import { buildReport } from "../src/app/report";
import { printed, type BatchEntry } from "../src/cli/batchEntry";
import { batchExitCode, batchPieces, writeBatchJson } from "../src/cli/batchJson";
import { checkFile, unreadable, type CheckedFile } from "../src/cli/checkFile";
import { worthWorkers } from "../src/cli/checkFiles";
import { DEFAULT_CONFIG } from "../src/core/schema/config";

const fixtures = join(__dirname, "fixtures");
const plans = readdirSync(fixtures)
  .filter((n) => n.endsWith(".xlsx"))
  .sort()
  .map((n) => join(fixtures, n));
const AS_OF = "2014-03-31";

let files: CheckedFile[];
beforeAll(async () => {
  files = [];
  for (const p of plans) files.push(await checkFile(p, DEFAULT_CONFIG, AS_OF));
  files.push(unreadable("/tmp/gone.xlsx", "cannot be read (ENOENT)."));
});

/** Every other workbook as text made where it was checked, the rest kept as reports. */
function mixed(): BatchEntry[] {
  return files.map((f, i) => (i % 2 === 0 ? (printed(f.path, f.report, i) ?? f) : f));
}

describe("the batch JSON report joined from workbook entries", () => {
  it("is JSON.stringify of the whole report, byte for byte, texts and reports mixed", () => {
    const entries = mixed();
    expect(entries.filter((e) => "text" in e).length).toBeGreaterThan(2);
    const expected = `${JSON.stringify(buildReport(files, AS_OF), null, 2)}\n`;
    expect([...batchPieces(entries, AS_OF)].join("")).toBe(expected);
    expect([...batchPieces([], AS_OF)].join("")).toBe(
      `${JSON.stringify(buildReport([], AS_OF), null, 2)}\n`
    );
  });

  it("gives the exit code of the report: 2 with an unreadable file, else 1 when one is not ready", () => {
    const entries = mixed();
    expect(batchExitCode(entries)).toBe(2);
    const readable = entries.slice(0, -1);
    const notReady = files.slice(0, -1).some((f) => f.report.verdict?.ready === false);
    expect(batchExitCode(readable)).toBe(notReady ? 1 : 0);
    expect(notReady).toBe(true);
  });

  it("refuses a report the schema refuses before writing anything", async () => {
    const spoilt = structuredClone(files[0] as CheckedFile);
    (spoilt.report.tables[0] as { sheet: unknown }).sheet = null;
    let out = "";
    const write = (t: string): void => {
      out += t;
    };
    const outcome = (p: Promise<void>): Promise<unknown> =>
      p.then(
        () => "written",
        (e) => e
      );
    const refused = await outcome(writeBatchJson([files[1] as CheckedFile, spoilt], AS_OF, write));
    expect(refused).toBeInstanceOf(ZodError);
    expect((refused as ZodError).issues[0]?.path).toEqual(["workbooks", 1, "tables", 0, "sheet"]);
    expect(() => printed(spoilt.path, spoilt.report, 4)).toThrow(/workbooks.*4.*tables.*sheet/s);
    expect(await outcome(writeBatchJson(mixed(), "31 March", write))).toBeInstanceOf(ZodError);
    expect(out).toBe("");
  });
});

describe("worthWorkers", () => {
  it("starts workers for a hundred plans or a large one, not for a handful of small ones", async () => {
    expect(await worthWorkers(plans)).toBe(false);
    expect(
      await worthWorkers(Array.from({ length: 100 }, (_, i) => plans[i % plans.length]!))
    ).toBe(true);
    expect(await worthWorkers(["/no/such/file.xlsx"])).toBe(false);
  });
});
