import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { reportSchema } from "../src/core/schema";
import { allOverduePlan } from "../src/core/verdict/allOverdue";
import { captureIo } from "./support/captureIo";

const fixtures = join(__dirname, "fixtures");
const SEN = join(fixtures, "002-southend-sen-strategy.xlsx");
const KS = join(fixtures, "001-southwark-underperforming.xlsx");

/** The all-overdue plan of issue 15 as an .xlsx file (the grid's text, cell by cell). */
async function allOverdueFile(dir: string, updates: (string | null)[] = []): Promise<string> {
  const sheet = allOverduePlan(updates).sheets[0]!;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  sheet.text.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text !== "") ws.getRow(sheet.originRow + r).getCell(sheet.originCol + c).value = text;
    })
  );
  const path = join(dir, updates.length ? "updated.xlsx" : "all-overdue.xlsx");
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

const tmp = () => mkdtempSync(join(tmpdir(), "apc-verdict-"));

describe("the CLI's verdict", () => {
  it("an all-overdue plan with no update: not ready, each Red action listed, exit 1", async () => {
    const path = await allOverdueFile(tmp());
    const io = captureIo();
    expect(await main(["check", path, "--as-of", "31/01/2014"], io)).toBe(1);
    const out = io.stdout();
    expect(out).toContain(" Not ready: 3 Red actions have no update\n");
    expect(out).toContain("     Plan!B4  1.1 Review the SEN transport policy\n");
    expect(out).toContain("     Plan!B5  1.2 Publish the local offer\n");
    expect(out).toContain("     Plan!B6  1.3 Train every SENCo on the new plan\n");
    expect(out).toMatch(/\| 1 not ready to submit\n$/);
  });

  it("the same plan with current updates is ready: exit 0", async () => {
    const path = await allOverdueFile(tmp(), [
      "Consultation closes 14/01/2014",
      "On hold",
      "Booked",
    ]);
    const io = captureIo();
    expect(await main(["check", path, "--as-of", "2014-01-31"], io)).toBe(0);
    expect(io.stdout()).toContain(" Ready to submit\n");
  });

  it("the JSON report carries each workbook's verdict and summary", async () => {
    const path = await allOverdueFile(tmp());
    const io = captureIo();
    await main(["check", path, SEN, "--format", "json", "--as-of", "2014-01-31"], io);
    const report = reportSchema.parse(JSON.parse(io.stdout()));
    const [plan, sen] = report.workbooks;
    expect(plan!.verdict).toMatchObject({
      ready: false,
      reasons: [{ code: "red-no-update", text: "3 Red actions have no update" }],
    });
    expect(plan!.verdict!.reasons[0]!.actions.map((a) => a.ref)).toEqual(["1.1", "1.2", "1.3"]);
    expect(sen!.verdict!.reasons.map((r) => r.text)).toEqual(["3 actions have no timescale"]);
    expect(sen!.summary!.overall).toEqual({
      red: 5,
      amber: 2,
      green: 16,
      complete: 0,
      notRated: 3,
      total: 26,
    });
    expect(sen!.summary!.bySection).toHaveLength(5);
    expect(sen!.summary!.byOwner.map((o) => o.owner)).toContain("Group Manager SEN and Inclusion");
  });
});

describe("the CLI's options", () => {
  it("--sheet checks only the sheets named (Excel's case-blind names)", async () => {
    const io = captureIo();
    await main(["check", KS, "--sheet", "ks3", "--format", "json", "--as-of", "2003-01-31"], io);
    const book = reportSchema.parse(JSON.parse(io.stdout())).workbooks[0]!;
    expect(new Set(book.tables.map((t) => t.sheet))).toEqual(new Set(["KS3"]));
  });

  it("--sheet with a name the workbook lacks is an error listing its sheets (exit 2), on one line", async () => {
    const io = captureIo();
    expect(await main(["check", KS, "--sheet", "Nope", "--as-of", "2003-01-31"], io)).toBe(2);
    const lines = io
      .stdout()
      .split("\n")
      .filter((l) => l.includes("Nope"));
    expect(lines).toEqual([
      '  001-southwark-underperforming.xlsx  error  unreadable  001-southwark-underperforming.xlsx: this workbook has no sheet called "Nope". It has these sheets: "KS2", "KS3".',
    ]);
    expect(io.stderr()).toBe("");
  });

  it("an unknown flag gets one clear line and the usage, exit 2", async () => {
    const io = captureIo();
    expect(await main(["check", SEN, "--sheets", "KS2"], io)).toBe(2);
    expect(io.stderr()).toMatch(/^action-plan-checker: Unknown option "--sheets"\.\n\nUsage:/);
    expect(io.stderr()).not.toMatch(/positional/);
  });

  it("an option missing its value says so", async () => {
    const io = captureIo();
    expect(await main(["check", SEN, "--as-of"], io)).toBe(2);
    expect(io.stderr()).toMatch(/--as-of needs a value\./);
  });

  it("--as-of 31/01/2014 reads as 2014-01-31", async () => {
    const io = captureIo();
    await main(["check", SEN, "--as-of", "31/01/2014", "--format", "json"], io);
    expect(reportSchema.parse(JSON.parse(io.stdout())).asOf).toBe("2014-01-31");
  });

  it('a table heading is shortened at a word with "…", and one action is "1 action"', async () => {
    const dir = tmp();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.getCell("A1").value =
      "Proposal 1: We will help as early as possible so that children and families get support sooner";
    ws.getRow(3).values = ["Action", "Lead", "Timescale"];
    ws.getRow(4).values = ["Write the plan", "Head of Service", "Sept 2030"];
    const path = join(dir, "one.xlsx");
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    const io = captureIo();
    await main(["check", path, "--as-of", "2014-01-31"], io);
    expect(io.stdout()).toContain(
      " Plan!A3:C4 — Proposal 1: We will help as early as possible so that children and… (1 action)\n"
    );
  });

  it("an unreadable file is named on one line only", async () => {
    const dir = tmp();
    const bad = join(dir, "notes.xlsx");
    writeFileSync(bad, "not a workbook");
    const io = captureIo();
    expect(await main(["check", bad, SEN, "--as-of", "2014-01-31"], io)).toBe(2);
    const all = `${io.stdout()}${io.stderr()}`.split("\n").filter((l) => l.includes("notes.xlsx"));
    expect(all).toHaveLength(1);
  });
});
