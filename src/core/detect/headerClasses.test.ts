import type { FieldName } from "../schema/fields";
import { readHeader } from "./match";
import { mapHeaderRow } from "./resolve";

// Classes of header wording met on the later real plans (trackers, council plans, written statements of
// action), each checked on made-up wording of the same class, not the plans' own strings.

describe("readHeader: whom an item was given to, what was done and planned", () => {
  it.each<[string, FieldName | null]>([
    ["Recommendation made to:", "owner"],
    ["Referred to", "owner"],
    ["Assigned to", "owner"],
    ["Action taken or planned", "progress"],
    ["Actions done and next steps planned", "progress"],
    ["Action planned", "action"],
    ["Recommendation made", "outcome"],
    ["Issues raised", "outcome"],
    ["Relevant item", "ref"],
    ["Agenda item", null],
  ])("%j → %s", (header, field) => {
    expect(readHeader(header)?.field ?? null).toBe(field);
  });
});

const chosen = (headers: readonly string[]): (FieldName | null)[] =>
  mapHeaderRow(headers).map((m) => (m && !m.secondary ? m.match.field : null));

describe("mapHeaderRow: organisational units and dated ratings", () => {
  it("takes the finest unit as the owner when no column names a person", () => {
    expect(chosen(["Ref", "Action", "Department", "Team", "Due date"])).toEqual([
      "ref",
      "action",
      null,
      "owner",
      "due",
    ]);
  });

  it("lets a column that names a person beat a bare unit", () => {
    expect(chosen(["Service", "Action", "Lead officer", "Target date"])).toEqual([
      null,
      "action",
      "owner",
      "due",
    ]);
  });

  it("reads a recommendation tracker whose owner column says whom it was made to", () => {
    expect(
      chosen(["Committee", "Recommendation made", "Made to", "Action taken or planned"])
    ).toEqual([null, "action", "owner", "progress"]);
  });

  it("takes the latest of several dated RAG columns as the status, the others as history", () => {
    const row = mapHeaderRow(["Action", "Lead", "RAG Jan 24", "RAG Apr 24", "RAG Jul 24"]);
    expect(row.map((m) => (m ? [m.match.field, m.secondary] : null))).toEqual([
      ["action", false],
      ["owner", false],
      ["status", true],
      ["status", true],
      ["status", false],
    ]);
  });

  it("keeps the leftmost of undated status columns", () => {
    const row = mapHeaderRow(["Action", "Lead", "Status", "RAG"]);
    expect(row[2]?.secondary).toBe(false);
  });
});

describe("readHeader: head terms, their qualifiers and container nouns", () => {
  it.each<[string, FieldName | null]>([
    // a container noun takes the field of the head term in front of it
    ["Task item", "action"],
    ["Risk item", "ref"],
    // a qualifier anywhere in front of a date names what the date records
    ["Actual finish date", null],
    ["Real start date", "start"],
    ["Planned / actual end date", "due"],
    // the head of "Status updates" is the updates: progress
    ["RAG status update", "progress"],
    ["Status notes", "progress"],
    // who put the item on the list is not who does it
    ["Who raised it", null],
    ["Logged by", null],
    ["Project champion", "owner"],
    ["Other contributors", "partners"],
    ["Control weakness", "outcome"],
  ])("%j → %s", (header, field) => {
    expect(readHeader(header)?.field ?? null).toBe(field);
  });
});

describe("mapHeaderRow: a weaker reading gives way to a plainer column", () => {
  it("reads a reference into another register as a link, beside the item's own number", () => {
    expect(chosen(["No.", "Strategy ref", "Action", "Owner", "Deadline"])).toEqual([
      "ref",
      "links",
      "action",
      "owner",
      "due",
    ]);
  });

  it("takes a paper's number as the ref only when no column is a plainer one", () => {
    expect(chosen(["Paper no", "Action", "Owner"])).toEqual(["ref", "action", "owner"]);
    expect(chosen(["Ref", "Paper no", "Action", "Owner"])).toEqual([
      "ref",
      null,
      "action",
      "owner",
    ]);
  });

  it("drops a completion date beside a target date, keeps it as the due date alone", () => {
    expect(chosen(["Action", "Owner", "Deadline", "Completion date"])).toEqual([
      "action",
      "owner",
      "due",
      null,
    ]);
    expect(chosen(["Action", "Owner", "Completion date"])).toEqual(["action", "owner", "due"]);
  });

  it("takes the latest of several dated update columns as the progress", () => {
    expect(
      chosen(["Action", "Lead", "Progress note – Q1 2024", "Progress note – Q2 2024"])
    ).toEqual(["action", "owner", null, "progress"]);
  });

  it("never infers the action from a column headed by a date", () => {
    expect(chosen(["Actual close date", "Owner", "Due date", "Notes"])[0]).toBeNull();
  });
});
