import { detectTables } from "../detect";
import { buildSheet } from "../detect/testGrid";
import { DEFAULT_CONFIG } from "../schema/config";
import type { FieldName } from "../schema/fields";
import { ISSUE_CODES, type IssueCode } from "../schema/issue";
import { makeIssue } from "./issues";
import { TableIssues } from "./tableIssues";

// TableIssues makes what makeIssue makes, without its per-issue objects: the same issue, key for key.
const table = (() => {
  const sheet = buildSheet({
    name: "Plan 2014",
    blocks: [
      {
        at: "B4",
        rows: [
          ["Ref", "Action(s)", "Lead\nofficer", "By  when?", "Lead"],
          ["1.1", "Improve attendance", "EP Service", "Sept 2014", ""],
        ],
      },
    ],
  });
  const found = detectTables(sheet)[0];
  if (!found) throw new Error("no table");
  return found;
})();

const CODE_FIELD: ReadonlyArray<readonly [IssueCode, FieldName]> = [
  ["missing-owner", "owner"],
  ["placeholder-owner", "owner"],
  ["missing-due", "due"],
  ["unparsed-date", "due"],
  ["end-before-start", "due"],
  ["open-ended", "due"],
  ["overdue", "due"],
  ["unknown-status", "status"],
  ["duplicate-ref", "ref"],
  ["duplicate-ref", "action"],
  ["missing-owner", "partners"],
];
const PARAMS = {
  word: "TBC",
  text: "Soon",
  due: "2014-01-31",
  start: "2014-03-01",
  days: 12,
  status: "Wibble",
  firstRow: 5,
};

describe("TableIssues", () => {
  it.each(CODE_FIELD)("%s on %s: the issue makeIssue makes", (code, field) => {
    const made = new TableIssues(table, DEFAULT_CONFIG).action(
      code,
      field,
      5,
      "Action 1.1 'Improve attendance'",
      PARAMS
    );
    const col = table.columns[field] ?? table.columns.action ?? table.firstCol;
    const own = table.columns[field];
    const expected = makeIssue(
      {
        code,
        sheet: table.sheet,
        row: 5,
        col,
        action: "Action 1.1 'Improve attendance'",
        header: own === undefined ? "" : (table.headers[own] ?? ""),
        params: PARAMS,
      },
      DEFAULT_CONFIG
    );
    // same keys in the same order: the JSON report is compared byte for byte
    expect(JSON.stringify(made)).toBe(JSON.stringify(expected));
  });

  it.each(ISSUE_CODES)("%s at a header cell: the issue makeIssue makes", (code) => {
    const col = table.firstCol + 2;
    const made = new TableIssues(table, DEFAULT_CONFIG).header(code, col, {
      chosenHeader: "Lead",
    });
    const expected = makeIssue(
      {
        code,
        sheet: table.sheet,
        row: table.headerRow,
        col,
        action: "",
        header: table.headers[col] ?? "",
        params: { chosenHeader: "Lead" },
      },
      DEFAULT_CONFIG
    );
    expect(JSON.stringify(made)).toBe(JSON.stringify(expected));
  });

  it("shares a fix between issues, and takes severities from the configuration", () => {
    const config = { ...DEFAULT_CONFIG, severity: { "missing-owner": "info" as const } };
    const issues = new TableIssues(table, config);
    const a = issues.action("missing-owner", "owner", 5, "A", {});
    const b = issues.action("missing-owner", "owner", 6, "B", {});
    expect(a.fix).toBe(b.fix);
    expect([a.severity, a.cell, b.cell]).toEqual(["info", "D5", "D6"]);
  });
});
