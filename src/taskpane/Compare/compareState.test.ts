import type { BaselineRead } from "../../app/compare";
import { compareReducer, INITIAL_COMPARE, shownSlot, type CompareState } from "./compareState";

const snapshot: BaselineRead = {
  kind: "ready",
  baseline: { source: { kind: "snapshot", asOf: "2030-01-31" }, actions: [], fingerprinted: true },
};
const fileRead = (name: string): BaselineRead => ({
  kind: "ready",
  baseline: { source: { kind: "file", name }, actions: [], fingerprinted: false },
});

const run = (events: Parameters<typeof compareReducer>[1][]): CompareState =>
  events.reduce(compareReducer, INITIAL_COMPARE);

describe("the compare section's state", () => {
  it("shows the stored snapshot by default, a picked file once picked, and the snapshot again on request", () => {
    const read = run([{ type: "snapshot-reading" }, { type: "snapshot-read", read: snapshot }]);
    expect(shownSlot(read)).toBe(snapshot);
    const picking = compareReducer(read, { type: "file-reading", name: "Q1.xlsx" });
    expect(shownSlot(picking)).toEqual({ kind: "reading", name: "Q1.xlsx" });
    const picked = compareReducer(picking, {
      type: "file-read",
      name: "Q1.xlsx",
      read: fileRead("Q1.xlsx"),
    });
    expect(shownSlot(picked)).toEqual(fileRead("Q1.xlsx"));
    // a summary build re-reads the snapshot; the picked file stays shown
    const reread = compareReducer(picked, { type: "snapshot-read", read: snapshot });
    expect(shownSlot(reread)).toEqual(fileRead("Q1.xlsx"));
    expect(shownSlot(compareReducer(reread, { type: "show-snapshot" }))).toBe(snapshot);
  });

  it("drops a late answer for a file the user has since replaced", () => {
    const state = run([
      { type: "file-reading", name: "Q1.xlsx" },
      { type: "file-reading", name: "Q2.xlsx" },
      { type: "file-read", name: "Q1.xlsx", read: fileRead("Q1.xlsx") },
    ]);
    expect(shownSlot(state)).toEqual({ kind: "reading", name: "Q2.xlsx" });
  });

  it("hides a dismissed snapshot problem until the snapshot is read again", () => {
    const bad: BaselineRead = { kind: "unreadable", message: "the stored snapshot cannot be used" };
    const dismissed = run([
      { type: "snapshot-read", read: bad },
      { type: "dismiss-snapshot-problem" },
    ]);
    expect(dismissed.snapshotProblemDismissed).toBe(true);
    expect(
      compareReducer(dismissed, { type: "snapshot-read", read: bad }).snapshotProblemDismissed
    ).toBe(false);
  });
});
