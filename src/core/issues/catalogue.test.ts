import { ISSUE_CODES as SCHEMA_CODES, issueCodeSchema } from "../schema/issue";
import { FIX, MESSAGE } from "../messages";
import { ISSUE_CATALOGUE, ISSUE_CODE_LABEL, ISSUE_CODES, TABLE_ISSUES } from "./catalogue";

describe("the issue catalogue", () => {
  it("is where the report's schema takes its codes", () => {
    expect(SCHEMA_CODES).toBe(ISSUE_CODES);
    expect(issueCodeSchema.options).toEqual([...ISSUE_CODES]);
    expect(Object.keys(ISSUE_CATALOGUE).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it("gives every code its own label", () => {
    const labels = ISSUE_CODES.map((code) => ISSUE_CODE_LABEL[code]);
    expect(new Set(labels).size).toBe(ISSUE_CODES.length);
    for (const label of labels) expect(label).toMatch(/^[A-Z][a-z]/);
  });

  it("words every code's message and fix from its own entry", () => {
    const c = { action: "Action 1 'Do it'", header: "Lead", params: { chosenHeader: "Owner" } };
    for (const code of ISSUE_CODES) {
      expect(FIX[code](c)).toBe(ISSUE_CATALOGUE[code].fix(c));
      expect(MESSAGE[code](c)).toMatch(/\.$/);
    }
    expect(MESSAGE["duplicate-mapping"](c)).toBe(
      TABLE_ISSUES["duplicate-mapping"].message({
        header: "Lead",
        params: { header: "Lead", chosenHeader: "Owner", chosenCol: 3 },
      })
    );
  });

  it("gives the verdict a reason for one issue and for several", () => {
    for (const code of ISSUE_CODES) {
      expect(ISSUE_CATALOGUE[code].reason(1)).toMatch(/^1 (action|table) /);
      expect(ISSUE_CATALOGUE[code].reason(3)).toMatch(/^3 (actions|tables) /);
    }
    expect(ISSUE_CATALOGUE.overdue.reason(2)).toBe("2 actions are overdue");
  });
});
