import type { FieldName } from "../schema/fields";
import { detectTables } from "./detect";
import { readHeader } from "./match";
import { mapHeaderRow } from "./resolve";
import { buildSheet } from "./testGrid";

// Classes of header wording met in the seventh held-out batch, each checked on made-up wording of the
// same class, not the batch's own strings.

const fields = (headers: readonly string[]): (FieldName | null)[] =>
  mapHeaderRow(headers).map((m) => m?.match.field ?? null);

describe("readHeader: who is in charge, a form's prompt, what is to be put in place", () => {
  it.each<[string, FieldName | null]>([
    ["Officer in charge", "owner"],
    ["Member of staff in charge", "owner"],
    // a date of it is no owner, and a prompt for something other than a person names that
    ["Date in charge from", "due"],
    ["Name the lead officer for this work.", "owner"],
    ["Nominate a person to chair the group.", "owner"],
    ["Identify the outcome sought.", "outcome"],
    ["The actions to be taken.", "action"],
    ["Steps to be implemented", "action"],
    ["The support to be put in place (with dates).", "action"],
    // the account it is charged to is where the money comes from; how much is the resource
    ["Cost centre", "funding"],
    ["Budget line and nominal code", "funding"],
    ["Budget", "resources"],
  ])("%j → %s", (header, field) => {
    expect(readHeader(header)?.field ?? null).toBe(field);
  });
});

describe("mapHeaderRow: a how column beside the action; a form's prompts as a header", () => {
  it("reads 'Implementation' as the action only where no column names the action", () => {
    expect(fields(["Action", "Implementation", "Lead", "Deadline"])).toEqual([
      "action",
      null,
      "owner",
      "due",
    ]);
    expect(fields(["Implementation", "Lead", "Deadline"])).toEqual(["action", "owner", "due"]);
  });

  it("finds a table whose header is a form's list of prompts ending in full stops", () => {
    const hs = [
      "The outcome sought.",
      "The steps to be taken.",
      "Name the lead officer.",
      "When it will be done.",
    ];
    const body = [1, 2, 3].map((r) => hs.map((_h, c) => `Row ${r}, column ${c + 1}: words`));
    const sheet = buildSheet({ blocks: [{ at: "A1", rows: [hs, ...body] }] });
    expect(detectTables(sheet).some((t) => t.headerRow === 1)).toBe(true);
  });
});
