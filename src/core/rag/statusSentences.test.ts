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
    // on course in the middle of a sentence, unless negated or turned
    ["The target for speed of response in answering calls is on track.", "green"],
    ["The project has largely run to timescale so far, with milestones met.", "green"],
    ["The new rota is not on track and will be reviewed in March.", "commentary"],
    ["Recruitment was on track but has now slipped a month.", "commentary"],
    // late in the middle of a sentence: red, amber when a later clause turns it
    ["The survey was scheduled for May, now delayed till 16th June.", "red"],
    ["Phase 1 is taking longer than expected, but the draft is still due in November.", "amber"],
    ["Progress is not in line with the agreed action plan", "red"],
    ["Progress is in line with the agreed action plan and the review is due in May", "commentary"],
    // work going on or a step dated in the middle of a sentence
    ["A revised strategy is currently underway to meet the needs of the service.", "in-progress"],
    ["The actions at paragraph 16 were now being progressed by the audit lead", "in-progress"],
    ["Discussions continuing with the neighbouring council and the trust", "in-progress"],
    ["Interviews for all three candidates were scheduled for October.", "in-progress"],
    ["The review was in progress but has since been completed and signed off.", "commentary"],
    ["The interviews were not scheduled for October after all.", "commentary"],
    // paused, carried forward
    ["One recommendation has been frozen because of the budget position.", "amber"],
    ["There were three open actions to be rolled over to the next action plan", "in-progress"],
    // done, put as a state; never a place still to come
    ["Purchased and implemented.", "complete"],
    ["Started and ongoing", "in-progress"],
    ["The attendance policy now in place across the service.", "complete"],
    ["The attendance policy will now be in place by the autumn.", "in-progress"],
    [
      "To agree that the Action Plan has been fully implemented and that no further reports come.",
      "complete",
    ],
    ["Members heard that the action plan would be fully implemented by March.", "commentary"],
    ["Enquiry not to be pursued", "complete"],
    // a part done, more required
    [
      "Some work done in this area but more work is required to form a business case.",
      "in-progress",
    ],
    ["Some work done in this area and the case was approved in May.", "commentary"],
    // several sentences are commentary about the work, not a state
    ["Training was delivered in May. This is still in progress.", "commentary"],
  ])("%s → %s", (text, kind) => {
    expect(statusCellKind(text)).toBe(kind);
  });
});
