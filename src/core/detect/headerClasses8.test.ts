import type { FieldName } from "../schema/fields";
import { readHeader } from "./match";
import { mapHeaderRow } from "./resolve";

// Classes of header wording met in the eighth held-out batch, each checked on made-up wording of the same
// class, with wording that must not fire it.

describe("readHeader: a plural of 'No' as the reference, an improvement issue as what to put right", () => {
  it.each<[string, FieldName | null]>([
    ["Nos", "ref"],
    ["Item nos", "ref"],
    // an improvement named with what it is: the weakness the actions answer, so the outcome
    ["Improvement issue", "outcome"],
    ["Improvement areas", "outcome"],
    // an improvement that is the work itself, or a plan of it, is no weakness to put right
    ["Improvement action", "action"],
    ["Improvement plan ref", "ref"],
  ])("%j → %s", (header, field) => {
    expect(readHeader(header)?.field ?? null).toBe(field);
  });
});

describe("mapHeaderRow: a bare 'Item' column is the action only where nothing else can be", () => {
  const fields = (headers: readonly string[]): (FieldName | null)[] =>
    mapHeaderRow(headers).map((m) => m?.match.field ?? null);

  it("reads 'Item' as the action in a tracker with no action, unnamed or outcome column", () => {
    expect(fields(["Item", "Status", "Lead Officer"])).toEqual(["action", "status", "owner"]);
  });
  it("keeps 'Item' the reference beside a column that names the action", () => {
    expect(fields(["Item", "Action", "Lead officer", "Due"])).toEqual([
      "ref",
      "action",
      "owner",
      "due",
    ]);
  });
  it("keeps 'Item' the reference where an outcome column can hold the action", () => {
    expect(fields(["Item", "Objective", "Lead", "Deadline"])).toEqual([
      "ref",
      "action",
      "owner",
      "due",
    ]);
  });
});
