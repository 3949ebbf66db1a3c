import { statusCellKind } from "./statusColumn";

// A status written as one sentence of a minute or a report: each rule, with the wording that must not fire it.
describe("status written as a sentence of a minute", () => {
  it.each([
    // closing it allowed or asked for
    ["The officer confirmed the work was finished and the item can now be closed.", "complete"],
    ["Members asked that the recommendation be closed at the next meeting.", "complete"],
    // "could not be closed" is read by the negation rule: still open
    ["The item could not be closed until the audit had been repeated.", "in-progress"],
    // a named item reported done, never a count of some
    ["Ref 22 HR 04 has been implemented.", "complete"],
    ["Twelve recommendations had been completed since March.", "commentary"],
    ["Twelve recommendations had now been completed", "commentary"],
    ["Ref 22 HR 04 has not yet been implemented by the service.", "commentary"],
    // to be done by a date still to come
    ["The remaining training would be completed before the summer recess.", "in-progress"],
    ["The policy review is expected to be finished by the end of the quarter.", "in-progress"],
    ["The review will not be completed this year.", "commentary"],
    // work going on, named at the end of the sentence
    ["Recruitment to the two vacant posts is still in progress", "in-progress"],
    ["The review of the admissions policy was very much a work in progress", "in-progress"],
    ["The review of the admissions policy is no longer in progress", "commentary"],
    // the item stays open
    [
      "It was agreed that the action should remain open until the report was received",
      "in-progress",
    ],
    ["The committee agreed the action need not remain open any longer", "commentary"],
    // most of it done, the rest not
    [
      "The majority of the recommendations have been implemented, two remain outstanding",
      "in-progress",
    ],
    // a problem forecast
    ["Expected to slip into next year", "amber"],
    ["Likely to be delays", "amber"],
    // several sentences are commentary about the work, not a state
    ["Training was delivered in May. This is still in progress.", "commentary"],
  ])("%s → %s", (text, kind) => {
    expect(statusCellKind(text)).toBe(kind);
  });
});
