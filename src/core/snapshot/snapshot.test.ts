import { comparePlans } from "../compare";
import type { ComparableAction } from "../compare/types";
import { asSnapshotSide, snapshotFromXml, snapshotToXml, takeSnapshot } from "./snapshot";

const action = (over: Partial<ComparableAction> = {}): ComparableAction => ({
  sheet: "Plan",
  row: 6,
  section: "Priority 1",
  ref: "1.1",
  action: "Publish the local offer ]]> with parents",
  owner: "SEND manager",
  due: "2024-03-31",
  rating: "green",
  status: "On track",
  update: "Draft shared with the forum.",
  slips: 0,
  ...over,
});

describe("the snapshot kept in the workbook", () => {
  it("round-trips through its XML part, text with ']]>' included", () => {
    const snap = takeSnapshot([action()], "2024-01-31");
    const back = snapshotFromXml(snapshotToXml(snap));
    expect(back).toEqual({ ok: true, value: snap });
    expect(snap.actions[0]?.update).not.toContain("Draft");
  });

  it("refuses a damaged or foreign part with a reason", () => {
    expect(snapshotFromXml("<x/>")).toEqual({ ok: false, error: "not a snapshot part" });
    const bad = snapshotToXml(takeSnapshot([action()], "2024-01-31")).replace(
      '"version":1',
      '"version":2'
    );
    expect(snapshotFromXml(bad)).toMatchObject({ ok: false });
  });

  it("counts slips across quarters and spots an update copied forward", () => {
    const q1 = takeSnapshot([action()], "2024-01-31");
    const q2actions = [action({ due: "2024-06-30" })];
    const q2cmp = comparePlans(q1.actions, asSnapshotSide(q2actions));
    expect(q2cmp.matched[0]?.changes.map((c) => c.kind)).toEqual(["slipped", "stale-update"]);
    const q2 = takeSnapshot(q2actions, "2024-04-30", q2cmp);
    expect(q2.actions[0]?.slips).toBe(1);
    const q3cmp = comparePlans(
      q2.actions,
      asSnapshotSide([action({ due: "2024-09-30", update: "Now agreed." })])
    );
    expect(q3cmp.matched[0]?.changes).toEqual([
      { kind: "slipped", from: "2024-06-30", to: "2024-09-30", days: 92, times: 2 },
    ]);
  });
});
