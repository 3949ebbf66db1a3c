import { buildSheet } from "../detect/testGrid";
import { DEFAULT_CONFIG } from "../schema/config";
import { buildSummary } from "../summary";
import { checkWorkbook } from "./checkWorkbook";

// One header, then section headings inside the table: each section's actions are a part of the table.
const sheet = buildSheet({
  blocks: [
    {
      at: "A1",
      rows: [
        ["Ref", "Action", "Timescale"],
        ["Priority 1: Identification of need"],
        ["1.1", "Audit every open plan", "Mar 2024"],
        ["1.2", "Train caseworkers", "Ongoing"],
        ["Priority 2: Joint commissioning"],
        ["2.1", "Agree a joint budget", "Sept 2023"],
      ],
    },
  ],
  merges: ["A2:C2", "A5:C5"],
});
const report = checkWorkbook({ sheets: [sheet] }, DEFAULT_CONFIG, "2024-01-31", "plan.xlsx");

describe("checkWorkbook: parts of a table under section headings", () => {
  it("reports each part with its range from its heading", () => {
    expect(report.tables.map((t) => [t.key, t.range, t.section, t.actions.length])).toEqual([
      ["Sheet1!A1", "A1:C1", null, 0],
      ["Sheet1!A2", "A2:C4", "Priority 1: Identification of need", 2],
      ["Sheet1!A5", "A5:C6", "Priority 2: Joint commissioning", 1],
    ]);
  });

  it("reports the header's problems once, on the header's own table", () => {
    expect(report.tables.map((t) => t.issues.map((i) => `${i.code} ${i.cell}`))).toEqual([
      ["no-owner-column A1"],
      [],
      [],
    ]);
  });

  it("counts the actions by their section in the summary", () => {
    const summary = buildSummary(report.tables, "2024-01-31");
    expect(summary.bySection.map((r) => [r.label, r.counts.total])).toEqual([
      ["Priority 1: Identification of need", 2],
      ["Priority 2: Joint commissioning", 1],
    ]);
  });
});
