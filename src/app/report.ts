import { reportSchema, type Report, type WorkbookReport } from "../core/schema";
import { TOOL_NAME, TOOL_VERSION } from "../core/version";

/** The batch report (the CLI's JSON output): one entry per workbook checked, validated by the schema. */
export function buildReport(
  files: ReadonlyArray<{ readonly report: WorkbookReport }>,
  asOf: string
): Report {
  return reportSchema.parse({
    tool: TOOL_NAME,
    version: TOOL_VERSION,
    asOf,
    workbooks: files.map((f) => f.report),
  });
}
