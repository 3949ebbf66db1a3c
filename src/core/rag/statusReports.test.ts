import { statusCellKind } from "./statusColumn";
import { statusMeaning } from "./statusWords";

// A status written as a report of what happened: one row per rule, with the wording that must not fire it.
describe("status written as a report", () => {
  it.each([
    // recorded as done
    ["Actions marked complete", "complete"],
    ["Recommendation shown as closed", "complete"],
    ["Not marked complete", null],
    // past its date, unless done or denied
    ["Had exceeded the agreed completion date", "red"],
    ["Ongoing and outside of the target timescale", "red"],
    ["Missed the deadline", "red"],
    ["Completed but past the target date", "complete"],
    ["Not yet past its due date", null],
    // open work with a caveat that names a problem
    ["In progress but scope may be limited", "amber"],
    ["Progressing although delayed by staffing", "amber"],
    ["In progress but no concerns", "in-progress"],
    // close to done, with the verb around it
    ["Has almost been completed", "in-progress"],
    ["Nearly finished", "in-progress"],
    // every action done, with adjectives before the noun and no verb
    ["All agreed milestones achieved", "complete"],
    ["All of the recommendations have now been implemented", "complete"],
    // work reported begun
    ["Procurement has begun", "in-progress"],
    ["Implementation has been initiated", "in-progress"],
    // … and stands aside when a word says it is finished
    ["Has started and been completed", null],
    // carried forward to a later year
    ["Carry forward", "in-progress"],
    ["Carried over to next year", "in-progress"],
    // a share of the work done inside a short phrase
    ["Now at 60% completion", "in-progress"],
    ["At 100% completion", "complete"],
    // paused, put away, no longer going ahead
    ["Suspended", "amber"],
    ["Paused", "amber"],
    ["Archived", "complete"],
    ["Project no longer proceeding", "complete"],
    // a stage of the work named alone
    ["Execution", "in-progress"],
  ])("%s → %s", (text, want) => {
    expect(statusMeaning(text)).toBe(want);
  });

  it("reads a long sentence that reports work begun as in progress, not commentary", () => {
    expect(
      statusCellKind("The new system has been approved and implementation has been initiated.")
    ).toBe("in-progress");
  });
});

// Rules added for the seventh held-out batch's classes (subjects, keys, commitments, remedies, targets).
describe("status with its subject, key or remedy", () => {
  it.each([
    // a dimension of the work named before its rating
    ["Budget on track", "green"],
    ["Costs off target", "red"],
    ["Scope at risk", "amber"],
    // "these" / "those" before the subject
    ["Those actions are no longer required following the restructure", "complete"],
    // a key's letter and its own colour word, then its description
    ["A – Amber: some progress, see the notes", "amber"],
    ["B - blue work finished and handed over", "complete"],
    ["A green light from the board", null],
    // a commitment kept, or being kept
    ["Commitment has been kept", "complete"],
    ["Undertaking honoured", "complete"],
    ["Commitment is being kept", "in-progress"],
    ["Being reviewed", null],
    // not taken up yet
    ["Yet to be discussed", "not-started"],
    ["To be considered at the next meeting", "not-started"],
    // a remedy that is only asked for is not in hand
    ["Significant issues, recovery plan required", "red"],
    ["Significant issues, recovery plan in place", "amber"],
    // targets missed, softened by a "but" clause
    ["Has missed key milestones", "red"],
    ["Project has missed some targets but the end date is not at risk", "amber"],
  ])("%s → %s", (text, meaning) => {
    expect(statusMeaning(text)).toBe(meaning);
  });
});
