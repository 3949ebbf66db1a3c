import { normaliseHeader } from "../text/normalise";
import { matchHeader, readHeader } from "../detect/match";
import { normalisesWithoutWords } from "./wordlessText";

const TEXTS = [
  "22.70",
  "130.11 130.12",
  "164)",
  "  ",
  "",
  "#",
  "No.",
  "&",
  "1 & 2",
  "(s)",
  "£2,000",
  "01/05/2024",
  "—",
  "é",
  "Ref #",
  "2023/24",
  "Q1",
  "?",
  "12%",
  "Action(s)",
  "Lead officer",
  "٣٤",
];

describe("normalisesWithoutWords", () => {
  test.each(TEXTS)("%j: says whether the header reading would find no letter and no #", (t) => {
    expect(normalisesWithoutWords(t)).toBe(!/[\p{L}#]/u.test(normaliseHeader(t)));
  });

  test.each(TEXTS.filter(normalisesWithoutWords))("%j: a wordless text names no field", (t) => {
    expect(readHeader(t)?.field ?? null).toBeNull();
    expect(matchHeader(t)).toBeNull();
  });

  test("texts with words are still read", () => {
    expect(matchHeader("Lead officer")?.field).toBe("owner");
    expect(matchHeader("#")?.field).toBe("ref");
  });
});
