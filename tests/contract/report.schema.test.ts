import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ZodError } from "zod";
import { buildReport } from "../../src/app/report";
import { checkFile, type CheckedFile } from "../../src/cli/checkFile";
import { DEFAULT_CONFIG, reportSchema, type WorkbookReport } from "../../src/core/schema";

// buildReport checks the report against the schema a piece at a time and keeps the engine's objects (no
// deep copy of a large report). These hold it to what the whole-report parse did: refuse what does not
// match, and print exactly what zod's parse would have given back.

const fixtures = join(__dirname, "../fixtures");
const plans = readdirSync(fixtures)
  .filter((n) => n.endsWith(".xlsx"))
  .sort()
  .map((n) => join(fixtures, n));

const AS_OF = "2014-01-31";
let files: CheckedFile[];

beforeAll(async () => {
  files = [];
  for (const p of plans) files.push(await checkFile(p, DEFAULT_CONFIG, AS_OF));
});

/** A fixture's report, deep-copied so a test can spoil it. */
function copyOf(i: number): WorkbookReport {
  return structuredClone((files[i] as CheckedFile).report);
}

/** The path of the first issue buildReport throws with, or "accepted". */
function refusal(books: WorkbookReport[], asOf = AS_OF): string {
  try {
    buildReport(
      books.map((report) => ({ report })),
      asOf
    );
    return "accepted";
  } catch (e) {
    expect(e).toBeInstanceOf(ZodError);
    return (e as ZodError).issues[0]?.path.join(".") ?? "no path";
  }
}

describe("buildReport", () => {
  it("gives the JSON the whole-report schema parse gives, on every fixture plan", () => {
    const report = buildReport(files, AS_OF);
    expect(report.workbooks.some((w) => w.tables.some((t) => t.actions.length > 0))).toBe(true);
    expect(JSON.stringify(report)).toBe(JSON.stringify(reportSchema.parse(report)));
  });

  it("keeps the engine's workbook reports rather than copies of them", () => {
    const report = buildReport(files, AS_OF);
    report.workbooks.forEach((w, i) => expect(w).toBe((files[i] as CheckedFile).report));
  });

  it("refuses an action that does not match the schema, naming where it is", () => {
    const i = files.findIndex((f) => f.report.tables.some((t) => t.actions.length > 2));
    const book = copyOf(i);
    const t = book.tables.findIndex((x) => x.actions.length > 2);
    (book.tables[t]!.actions[2] as { rag: string }).rag = "purple";
    expect(refusal([copyOf(0), book])).toBe(`workbooks.1.tables.${t}.actions.2.rag`);
  });

  it("refuses a bad issue inside an action, a bad table field, a bad workbook field and a bad date", () => {
    const i = files.findIndex((f) => f.report.tables.some((t) => t.actions.length > 0));
    const withIssue = copyOf(i);
    const table = withIssue.tables.find((x) => x.actions.length > 0)!;
    const ti = withIssue.tables.indexOf(table);
    (table.actions[0] as unknown as { issues: unknown[] }).issues = [{ code: "no-such-code" }];
    expect(refusal([withIssue])).toBe(`workbooks.0.tables.${ti}.actions.0.issues.0.code`);

    const badTable = copyOf(i);
    (badTable.tables[0] as { headerRow: number }).headerRow = 0;
    expect(refusal([badTable])).toBe("workbooks.0.tables.0.headerRow");

    const noActions = copyOf(i);
    delete (noActions.tables[0] as { actions?: unknown }).actions;
    expect(refusal([noActions])).toBe("workbooks.0.tables.0.actions");

    const badBook = copyOf(i);
    (badBook as { file: unknown }).file = 7;
    expect(refusal([badBook])).toBe("workbooks.0.file");

    expect(refusal([copyOf(i)], "31/01/2014")).toBe("asOf");
    expect(refusal([copyOf(i)])).toBe("accepted");
  });
});
