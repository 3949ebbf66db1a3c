import { z } from "zod";
import {
  actionSchema,
  checkedTableSchema,
  reportSchema,
  workbookReportSchema,
  type Report,
  type WorkbookReport,
} from "../core/schema";
import { TOOL_NAME, TOOL_VERSION } from "../core/version";

// The report is checked against the schema a piece at a time and the engine's own objects are kept. zod
// returns a deep copy of what it checks: the whole report checked at once held two reports side by side
// (a 100,000-row plan's CLI check peaked at 345 MiB, its report alone being most of the difference).
// Each level is checked with its long list as opaque items, then each item on its own, so a copy never
// outlives one action. The engine's objects are what zod would give back (same keys, same order: a test
// holds the fixtures and the corpus to it), so the JSON is the same.
const envelopeSchema = reportSchema.extend({ workbooks: z.array(z.unknown()) });
const workbookShellSchema = workbookReportSchema.extend({ tables: z.array(z.unknown()) });
const tableShellSchema = checkedTableSchema.extend({ actions: z.array(z.unknown()) });

type Path = ReadonlyArray<string | number>;

/** Throws zod's own error, its issues' paths from the report's root, when `value` does not match. */
function check(schema: z.ZodType, value: unknown, path: Path): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  throw new z.ZodError(
    result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }))
  );
}

/** Checks one workbook's report, `path` naming it in the batch (["workbooks", 3]); throws a ZodError. */
export function checkWorkbookReport(book: WorkbookReport, path: Path): void {
  check(workbookShellSchema, book, path);
  book.tables.forEach((table, t) => {
    const at = [...path, "tables", t];
    check(tableShellSchema, table, at);
    table.actions.forEach((action, a) => check(actionSchema, action, [...at, "actions", a]));
  });
}

/** Checks the batch report's own fields, its workbooks aside (each is checked by checkWorkbookReport). */
export function checkReportEnvelope(asOf: string): void {
  check(envelopeSchema, { tool: TOOL_NAME, version: TOOL_VERSION, asOf, workbooks: [] }, []);
}

/** The batch report (the CLI's JSON output): one entry per workbook checked, validated by the schema. */
export function buildReport(
  files: ReadonlyArray<{ readonly report: WorkbookReport }>,
  asOf: string
): Report {
  const report: Report = {
    tool: TOOL_NAME,
    version: TOOL_VERSION,
    asOf,
    workbooks: files.map((f) => f.report),
  };
  check(envelopeSchema, report, []);
  report.workbooks.forEach((book, w) => checkWorkbookReport(book, ["workbooks", w]));
  return report;
}
