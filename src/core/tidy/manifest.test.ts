import { manifestFromXml, manifestToXml, TIDY_NAMESPACE, withStatusColumn } from "./manifest";
import { buildSheet } from "../detect/testGrid";
import { checkWorkbook } from "../engine";
import { parseConfig } from "../schema";
import { planTidy } from "./plan";

describe("the tidy record", () => {
  it("round-trips through its custom XML part, a word with ]]> included", () => {
    const m = {
      version: 1 as const,
      added: [
        {
          kind: "validation" as const,
          sheet: "Plan",
          sqref: "E2:E9",
          type: "list" as const,
          formula: '"a]]>b,c"',
        },
        { kind: "colour" as const, sheet: "Plan", sqref: "E2:E9", formula: '"Complete"' },
        { kind: "header" as const, sheet: "Plan", cell: "F1", text: "RAG status" },
      ],
    };
    const xml = manifestToXml(m);
    expect(xml).toContain(TIDY_NAMESPACE);
    expect(manifestFromXml(xml)).toEqual({ ok: true, value: m });
  });

  it("refuses a part that is not one, or does not match the schema", () => {
    expect(manifestFromXml("<other/>").ok).toBe(false);
    const bad = `<tidy xmlns="${TIDY_NAMESPACE}"><![CDATA[{"version":1,"added":[{"kind":"delete-everything"}]}]]></tidy>`;
    expect(manifestFromXml(bad).ok).toBe(false);
  });
});

describe("withStatusColumn", () => {
  it("turns the offer into a header beside the table and the standard dropdown on its action rows", () => {
    const c = parseConfig({ asOf: "2024-01-31" });
    if (!c.ok) throw new Error(c.error);
    const grid = {
      sheets: [
        buildSheet({
          name: "Plan",
          blocks: [
            {
              at: "B3",
              rows: [
                ["Ref", "Action", "Lead", "Target date"],
                ["1", "Publish the local offer", "SEND manager", "31/03/2024"],
                ["2", "Review EHCP timeliness", "Head of SEND", "June 2024"],
              ],
            },
          ],
        }),
      ],
    };
    const report = checkWorkbook(grid, c.value, "2024-01-31", "plan.xlsx");
    const [tidy] = planTidy(report, grid);
    expect(tidy?.offerStatusColumn).toEqual({ column: "F", header: "RAG status" });
    const agreed = withStatusColumn(tidy!, report.tables[0]!);
    expect(agreed?.header).toEqual({ row: 3, col: 6, text: "RAG status" });
    expect(agreed?.tidy).toMatchObject({
      statusRange: "F4:F5",
      statusList: { source: "standard" },
      offerStatusColumn: null,
    });
    expect(agreed?.tidy.statusRules.map((r) => r.meaning)).toEqual([
      "green",
      "amber",
      "red",
      "complete",
    ]);
  });
});
