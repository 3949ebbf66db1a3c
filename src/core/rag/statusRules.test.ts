import { statusCellKind, statusColumnKind } from "./statusColumn";
import { statusMeaning } from "./statusWords";

// Real wording from trackers and plans, one row per rule (the rule, not the exact string, is under test).
describe("status rules over words", () => {
  it.each([
    // progress words anywhere in a short phrase: the dates decide
    ["Work in progress", "in-progress"],
    ["July 2023 and ongoing", "in-progress"],
    ["Action underway", "in-progress"],
    // negation
    ["Not yet due", "green"],
    ["has not started", "not-started"],
    ["Not yet started", "not-started"],
    ["Not on track to deliver", "red"],
    ["hasn't been achieved", "red"],
    ["not yet completed", "in-progress"],
    // how far behind
    ["Behind", "red"],
    ["One month behind", "amber"],
    ["one month behind (amber)", "amber"],
    ["Over one month behind", "red"],
    ["more than a month behind", "red"],
    ["two months behind", "red"],
    ["2 months behind", "red"],
    ["1 month behind", "amber"],
    ["a few weeks behind", "amber"],
    // a "but" clause softens
    ["Off target but action being taken to ensure delivery", "amber"],
    // … unless it agrees with what it follows
    ["On target but not yet due", "green"],
    ["On track but ahead of schedule", "green"],
    // a percentage written out
    ["45 per cent complete", "in-progress"],
    ["100 percent complete", "complete"],
    // done, waiting to be checked
    ["Awaiting sign off", "complete"],
    ["Pending verification by audit", "complete"],
    // on course by other words
    ["On time", "green"],
    ["Proceeding as planned", "green"],
    ["Progressing in line with the programme", "green"],
    // a subject before the status
    ["Implementation is on schedule", "green"],
    ["Overall delivery is unachievable", "red"],
    // the size of the issues
    ["Low level concerns", "amber"],
    ["High risk issues raised", "red"],
    // a stage of the work, a call for help, a move to later: each named alone
    ["Scoping", "in-progress"],
    ["In development", "in-progress"],
    ["Attention needed", "amber"],
    ["Deferred", "in-progress"],
    // moved with where it was moved to, a short phrase only
    ["Deferred for Future Review", "in-progress"],
    ["Postponed until the spring", "in-progress"],
    ["Deferred to December meeting as dependent on the budget decision", null],
    ["Signed off", "complete"],
    ["Not on track but recovery plan agreed", "amber"],
    ["Behind target, although a recovery plan is agreed", "amber"],
    // the dates were moved: the work goes on, rated against the new date
    ["Revised completion dates", "in-progress"],
    ["New target date agreed", "in-progress"],
    ["Deadline extended to March", "in-progress"],
    ["Actioned", "complete"],
    ["off target and no action has yet been agreed to resolve the situation", "red"],
    ["out of target", "red"],
    ["below trajectory", "red"],
    // partially
    ["Partially achieved", "amber"],
    ["Partly met", "amber"],
    ["Partially complete", "amber"],
    // closure
    ["Proposed for closure", "complete"],
    ["Recommended for closure at March committee", "complete"],
    ["Closure agreed", "complete"],
    ["Closed", "complete"],
    ["Achieved", "complete"],
    ["1 Fully Achieved", "complete"],
    ["Action completed.", "complete"],
    ["Green: Completed", "complete"],
    // alternatives: the lesser claim
    ["Achieved or On-Target", "green"],
    // … where a negated green only rules green out, the other half names the band
    ["In doubt or not on schedule", "amber"],
    ["Not on track or at risk", "amber"],
    ["Not achieved or off track", "red"],
    // a one-word severity scale, only as the whole cell
    ["Warning", "amber"],
    ["Concerns", "amber"],
    ["Issue", "red"],
    ["Blocked", "red"],
    ["Issue resolved with the supplier last week", null],
    // set down, not begun
    ["Planned", "not-started"],
    // a delivery plan's class for work under way, a whole cell only
    ["Doing", "in-progress"],
    ["Doing well with partners", null],
    ["Scheduled", "not-started"],
    // waiting: on a start (not started), on the work itself (in progress), on a check of done work
    ["Awaiting approval", "not-started"],
    ["Pending funding decision", "not-started"],
    ["Plan pending acceptance", "not-started"],
    ["Accepted: pending completion", "in-progress"],
    ["Plan completed: pending acceptance", "complete"],
    ["Completed - awaiting acceptance by the board", "complete"],
    // closed without being done: no longer live
    ["Cancelled", "complete"],
    ["Withdrawn", "complete"],
    ["No longer required", "complete"],
    // a label run together by software
    ["ProposedToClose", "complete"],
    ["InProgress", "in-progress"],
    // a part done, the action goes on
    ["Milestone achieved", "in-progress"],
    ["Phase 1 complete", "in-progress"],
    // a red with its remedy in hand
    ["Off track with actions to deliver", "amber"],
    ["Behind schedule - recovery plan in place", "amber"],
    ["Off track", "red"],
    // letters and colours
    ["R", "red"],
    ["A", "amber"],
    ["G", "green"],
    ["Yellow", "amber"],
    ["Blue", "complete"],
    ["On track", "green"],
    ["Some issues – narrative disclosure", "amber"],
    ["Significant concerns", "red"],
    // how good the progress is
    ["Good progress", "green"],
    ["making good progress", "green"],
    ["Some progress", "amber"],
    ["No progress or poor progress", "red"],
    // delayed by how long
    ["delayed by less than three months", "amber"],
    ["slipped by two months", "red"],
    // more negation forms
    ["still to be started", "not-started"],
    ["would not be met within the three-month target date", "red"],
    ["Item not due yet", "green"],
    // a key's numbers, a completion with its date
    ["1-3 Complete and indicated on templates in use -20/01/2020.", "complete"],
    ["Terms of Reference added to Datix Complete 04/03/2020.", "complete"],
    // a colour with a reservation keeps the colour
    ["Amber: Completed in line with plans but will be ongoing", "amber"],
    ["Open", "in-progress"],
    ["O", "in-progress"],
    ["Outstanding", "in-progress"],
  ] as const)("%p → %p", (text, meaning) => {
    expect(statusMeaning(text)).toBe(meaning);
  });

  it.each([
    ["Verbal update to be given", "commentary"],
    ["Report approved at DMT 21 January", "commentary"],
    ["Summary of progress to date and ongoing work identified in the service plan", "commentary"],
    ["Completed – report went to the board in March", "complete"],
    // a completion with a reservation is no clean completion: commentary, rated from the dates
    ["Completed although delivery programme on hold.", "commentary"],
    ["Completed but will be reviewed in March", "complete"],
    // how the state is put before it
    ["Remains on track", "green"],
    ["now closed", "complete"],
    ["is now overdue", "red"],
    // an open word qualified by a rating: the rating decides
    ["In progress - behind schedule", "red"],
    ["Ongoing - on target", "green"],
    ["In process", "in-progress"],
    // decided not to do it: closed, as cancelled is
    ["Will not be progressed", "complete"],
    ["No further action required", "complete"],
    ["Not proceeding - N/A", "complete"],
    // close to done, and every action reported done
    ["Almost complete", "in-progress"],
    ["All recommendations in the report have been implemented", "complete"],
    // how often something is done is a method, not a state
    ["Measured annually", "commentary"],
    ["Reviewed termly", "commentary"],
    ["Frobnicated", null],
    ["", null],
  ] as const)("cell %p reads as %p", (text, kind) => {
    expect(statusCellKind(text)).toBe(kind);
  });
});

describe("statusColumnKind", () => {
  const long =
    "The working group met in May and agreed the terms of reference; a draft is with legal.";
  it.each([
    [["Complete", "In progress", "Red"], "progress"],
    [[long, "Verbal update to be given", "Complete"], "commentary"],
    [[long, "Complete", "Green", "Amber"], "progress"],
    [["New", "Continuing", "New"], "other"],
  ] as const)("%j → %p", (values, kind) => {
    expect(statusColumnKind(values)).toBe(kind);
  });
});

describe("going to plan, negated", () => {
  it("does not read a negated 'as planned' as on course", () => {
    expect(statusMeaning("Not progressing in line with the plan")).not.toBe("green");
    expect(statusMeaning("No longer proceeding as planned")).not.toBe("green");
  });
});
