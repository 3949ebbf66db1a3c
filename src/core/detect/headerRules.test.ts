import type { FieldName } from "../schema/fields";
import { readHeader } from "./match";
import { mapHeaderRow } from "./resolve";

// Header wording as people write it (issue 13), read by rules over the words, each with a score and a reason.

describe("readHeader: qualifiers that change the field", () => {
  it.each<[string, FieldName | null]>([
    ["Action update", "progress"],
    ["Action taken", "progress"],
    ["Actions taken to date", "progress"],
    ["Update on actions", "progress"],
    ["Action to be taken", "action"],
    ["Actions required", "action"],
    ["Date raised", null],
    ["Date agreed", null],
    ["Date of meeting", null],
    ["Meeting date", null],
    ["Date opened", null],
    ["Target date", "due"],
    ["Revised target date", "due"],
    ["Proposed start date", "start"],
    ["Next review date", "review"],
    // a rating of something other than progress
    ["Priority rating", null],
    ["Risk rating", null],
    ["RAG rating", "status"],
    // a verb of finishing, its object, then "by"
    ["Complete plan by", "due"],
    ["Deliver report by", "due"],
    // the words that name a field by other names
    ["RACI roles", "owner"],
    ["Report author", "owner"],
    ["Expected results", "outcome"],
    // a list read by its first item's main word
    ["Chosen action / approach", "action"],
    // "by who" is "by whom" as people write it
    ["By who", "owner"],
    // what is to be put right is what the actions answer
    ["Areas for improvement", "outcome"],
    ["Issue to be addressed", "outcome"],
    // the plan's own words for what will be done, and for when
    ["Teaching strategies", "action"],
    ["Time", "due"],
  ])("%j → %s", (header, field) => {
    const r = readHeader(header);
    expect(r?.field ?? null).toBe(field);
  });

  it("says why a date is not the due date", () => {
    expect(readHeader("Date raised")?.reason).toBe(
      "the date something happened, not when the action is due"
    );
  });
});

describe("readHeader: questions and sentences", () => {
  it.each<[string, FieldName | null]>([
    ["What does success look like?", "outcome"],
    ["What is the evidence and rationale for this choice?", null],
    ["How will you ensure it is implemented well?", "monitoring"],
    ["When will you review implementation?", "review"],
    ["How often will it be reviewed?", "review"],
    ["How will we know?", "outcome"],
    ["How will we know we have made a difference?", "outcome"],
    ["What difference will it make?", "outcome"],
    ["Who?", "owner"],
    ["Who is leading?", "owner"],
    ["By when?", "due"],
    ["When will it be done by?", "due"],
    ["How will it be achieved?", "action"],
    ["How it will be achieved", "action"],
    ["What are we going to do?", "action"],
    ["Who will monitor progress?", "monitoring"],
    ["Who else is involved?", "partners"],
    ["Why?", null],
  ])("%j → %s", (header, field) => {
    expect(readHeader(header)?.field ?? null).toBe(field);
  });
});

describe("readHeader: a key word inside other words (the head term)", () => {
  it.each<[string, FieldName]>([
    ["November progress update from action lead", "progress"],
    ["Latest position from the service", "progress"],
    ["Lead for delivery", "owner"],
    ["Service lead (name and role)", "owner"],
    ["Outcome measure", "outcome"],
    ["Outcome 2021-22", "outcome"],
    ["Key performance indicator", "outcome"],
    ["Target date for completion", "due"],
    ["Timescale for delivery", "due"],
    ["Overall RAG rating", "status"],
    ["Status / comment", "status"],
    ["Evidence to be provided", "monitoring"],
  ])("%j → %s", (header, field) => {
    const r = readHeader(header);
    expect(r?.field).toBe(field);
    expect(r?.reason).toMatch(/\w/);
  });
});

describe("readHeader: audit and scrutiny trackers", () => {
  it.each<[string, FieldName]>([
    ["Recommendation", "outcome"],
    ["Agreed action", "action"],
    ["Agreed management action", "action"],
    ["Management response", "action"],
    ["Implementation date", "due"],
    ["Agreed implementation date", "due"],
    ["Timetable", "due"],
    ["To be completed", "due"],
    ["Finish by", "due"],
    ["Action by", "owner"],
    ["Led by", "owner"],
    ["Assisted by", "partners"],
    ["Responsible officer", "owner"],
    ["Achieved (tick)", "status"],
    ["Open / Closed", "status"],
  ])("%j → %s", (header, field) => {
    expect(readHeader(header)?.field).toBe(field);
  });
});

describe("mapHeaderRow: a row read as a whole", () => {
  it.each<[string[], (FieldName | null)[]]>([
    [
      ["Outcomes", "How it will be achieved", "By whom", "By when"],
      ["outcome", "action", "owner", "due"],
    ],
    [
      ["Action", "Date", "Lead", "Target date"],
      ["action", null, "owner", "due"],
    ],
    [
      ["Date", "Minute no.", "Action", "Owner", "Status"],
      [null, "ref", "action", "owner", "status"],
    ],
    [
      ["Recommendation", "Management response", "Responsible officer", "Implementation date"],
      ["outcome", "action", "owner", "due"],
    ],
    [
      ["Recommendation", "Responsible officer", "Update on progress", "Status"],
      ["action", "owner", "progress", "status"],
    ],
    [
      ["Ref", "Action", "Lead", "Due date", "Status", "Open / Closed"],
      ["ref", "action", "owner", "due", "progress", "status"],
    ],
    [
      ["Ref", "Action", "Lead", "Due date", "Status", "Progress update", "Open / Closed"],
      ["ref", "action", "owner", "due", null, "progress", "status"],
    ],
    [
      ["What will it do?", "How will we do this?", "Who?", "When?"],
      ["action", null, "owner", "due"],
    ],
  ])("%j → %j", (headers, fields) => {
    const chosen = mapHeaderRow(headers).map((m) => (m && !m.secondary ? m.match.field : null));
    expect(chosen).toEqual(fields);
  });

  it("gives each mapping a score, a firmer reading scoring higher", () => {
    const [date, target] = mapHeaderRow(["Date", "Target date"]);
    expect(date).toBeNull();
    expect(target?.match.score).toBe(1);
    expect(readHeader("Date")?.score).toBeLessThan(readHeader("By when?")?.score ?? 0);
  });
});

describe("mapHeaderRow: second columns of a field", () => {
  it("keeps a firmly named second column as that field's duplicate, a loose one as none", () => {
    const row = mapHeaderRow(["Action", "Outcome", "Outcome measure", "Lead", "Action owner"]);
    expect(row.map((m) => (m ? `${m.match.field}${m.secondary ? "*" : ""}` : null))).toEqual([
      "action",
      "outcome",
      "outcome*",
      null,
      "owner",
    ]);
  });
});
