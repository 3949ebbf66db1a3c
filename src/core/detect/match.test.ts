import type { FieldName } from "../schema/fields";
import { matchHeader } from "./match";
import { normaliseHeader } from "../text/normalise";

describe("normaliseHeader", () => {
  it.each([
    ["Monitoring How/when//by whom?", "monitoring how when by whom"],
    ["Responsible\nPersonnel", "responsible personnel"],
    ["Start – End:", "start end"],
    ["Action(s)", "actions"],
    ["  Ref.  ", "ref"],
    ["Lead & partners", "lead and partners"],
    ["#", "#"],
  ])("%j → %j", (raw, norm) => {
    expect(normaliseHeader(raw)).toBe(norm);
  });
});

describe("matchHeader", () => {
  it.each<[string, FieldName]>([
    // the fixtures' variants
    ["Number", "ref"],
    ["Actions", "action"],
    ["Action(s)", "action"],
    ["Action", "action"],
    ["Outcomes", "outcome"],
    ["Process Targets (Things we will put in place)", "outcome"],
    ["Responsible Person", "owner"],
    ["Responsible Personnel", "owner"],
    ["Responsible\nPersonnel", "owner"],
    ["Person Responsible/ People Involved", "owner"],
    ["Lead", "owner"],
    ["Target audience", "partners"],
    ["Timing/timescales", "due"],
    ["Timescale", "due"],
    ["Start – End:", "due"],
    ["Status (New/ Continuing)", "status"],
    ["Progress report", "progress"],
    ["Monitoring How/when//by whom?", "monitoring"],
    ["Monitoring How/when/by whom?", "monitoring"],
    ["Monitoring how/when/by whom", "monitoring"],
    ["Monitoring\nhow/when/by whom", "monitoring"],
    ["Monitoring: (When, by whom and how)", "monitoring"],
    ["Evaluation: (When, by whom and how)", "evaluation"],
    ["Planned Resources", "resources"],
    ["Source of Funding", "funding"],
    ["Links to Other Plans e.g. EDP/One Plan", "links"],
    ["Links to Other Plans e.g.", "links"],
    ["Links to Other Plans", "links"],
    // what people write
    ["Owner", "owner"],
    ["Lead officer", "owner"],
    ["Accountable officer", "owner"],
    ["Responsible officer(s)", "owner"],
    ["By whom", "owner"],
    ["Who", "owner"],
    ["Deadline", "due"],
    ["Due date", "due"],
    ["Target date", "due"],
    ["Completion date", "due"],
    ["By when", "due"],
    ["When", "due"],
    ["Timescale(s)", "due"],
    ["Timing", "due"],
    ["Date", "due"],
    ["Start – End", "due"],
    ["Start date", "start"],
    ["RAG", "status"],
    ["RAG status", "status"],
    ["RAG rating", "status"],
    ["Status", "status"],
    ["Progress update", "progress"],
    ["Update", "progress"],
    ["Comments", "progress"],
    ["Commentary", "progress"],
    ["Ref", "ref"],
    ["Ref.", "ref"],
    ["No.", "ref"],
    ["#", "ref"],
    ["ID", "ref"],
    ["Actions / tasks", "action"],
    ["What we will do", "action"],
    ["Key actions", "action"],
    ["Outcome(s)", "outcome"],
    ["Success criteria", "outcome"],
    ["Impact measures", "outcome"],
    ["Measures of success", "outcome"],
    ["Process targets", "outcome"],
    ["Resources", "resources"],
    ["Cost", "resources"],
    ["Budget", "resources"],
    ["Funding source", "funding"],
    ["Monitoring", "monitoring"],
    ["Evaluation", "evaluation"],
    ["Links to other plans", "links"],
    ["Review date", "review"],
    ["Partners", "partners"],
    ["People involved", "partners"],
    // questions as headers, as school improvement plans write them
    ["What needs to be done?", "action"],
    ["Who will lead?", "owner"],
    ["When will it start?", "start"],
    ["When will it be completed?", "due"],
    ["By what date?", "due"],
    ["How will we know it has worked?", "outcome"],
    ["Date from", "start"],
    ["Progress RAG", "status"],
    ["Overall RAG", "status"],
    // "X lead" is who leads it, even when X is a field's word
    ["Action lead", "owner"],
    ["Action lead officer", "owner"],
    ["Strategic lead", "owner"],
    ["Key contact", "owner"],
    ["Task ID", "ref"],
    ["Date to be achieved by", "due"],
    ["Target completion", "due"],
    ["Who will monitor?", "monitoring"],
    // keyword rules
    ["Lead officer (name and post)", "owner"],
    ["Timescale for completion", "due"],
    ["Proposed timescale", "due"],
    ["Named lead officer", "owner"],
  ])("%j → %s", (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    ["Monitoring How/when//by whom?", "synonym"],
    ["Status (New/ Continuing)", "synonym"],
    ["Proposed timescale", "head"],
    ["Planned Resources", "synonym"],
    ["Monitoring: (When, by whom and how)", "synonym"],
  ])("says how %j matched (%s)", (header, kind) => {
    expect(matchHeader(header)?.kind).toBe(kind);
  });

  it.each([
    "",
    "Head of Access and Inclusion",
    "Sept 2003",
    "When we will start and finish: September 2002 to July 2003",
    "What we expect to achieve (Targets and success criteria) in the next two years of the plan",
  ])("matches no field for %j", (text) => {
    expect(matchHeader(text)).toBeNull();
  });
});
