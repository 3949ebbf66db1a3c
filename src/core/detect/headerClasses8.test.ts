import type { FieldName } from "../schema/fields";
import { readHeader } from "./match";

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
