import { detectTables } from "../detect";
import { buildSheet } from "../detect/testGrid";
import { DEFAULT_CONFIG } from "../schema/config";
import { checkTable } from "./checkTable";

// Actions share what reads alike (no issues, no notes, one memo'd timescale): shared must mean frozen.
const table = (() => {
  const sheet = buildSheet({
    name: "Plan",
    blocks: [
      {
        at: "A1",
        rows: [
          ["Ref", "Action", "Lead officer", "Timescale"],
          ["1.1", "Improve attendance at KS2", "EP Service", "March 2014"],
          ["1.2", "Review the SEN register termly", "SENCo", "March 2014"],
          ["1.3", "Train staff in the new code", "", "Spring 2014 and ongoing"],
        ],
      },
    ],
  });
  const found = detectTables(sheet)[0];
  if (!found) throw new Error("no table");
  return found;
})();

describe("checkTable: what actions share cannot be changed through one of them", () => {
  const [clean, alsoClean, withIssue] = checkTable(table, DEFAULT_CONFIG, "2014-01-31").actions;

  it("gives actions without issues or notes frozen empty lists", () => {
    expect(clean?.issues).toEqual([]);
    expect(clean?.timescaleNotes).toEqual([]);
    expect(Object.isFrozen(clean?.issues)).toBe(true);
    expect(Object.isFrozen(clean?.timescaleNotes)).toBe(true);
    expect(() => (clean?.issues as unknown[]).push({})).toThrow(TypeError);
    expect(alsoClean?.issues).toEqual([]);
  });

  it("gives an action with issues its own list", () => {
    expect(withIssue?.issues.map((i) => i.code)).toContain("missing-owner");
    expect(Object.isFrozen(withIssue?.issues)).toBe(false);
    expect(withIssue?.issues).not.toBe(clean?.issues);
  });

  it("keeps each action's rows", () => {
    expect([clean?.rows, alsoClean?.rows, withIssue?.rows]).toEqual([[2], [3], [4]]);
  });
});
