import {
  a1,
  columnIndex,
  columnLetter,
  parseA1,
  quoteSheetName,
  rangeA1,
  splitAreaList,
} from "./a1";

describe("A1 addressing", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %i is %s and back", (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnIndex(letters)).toBe(n);
  });

  it("builds and parses cell addresses", () => {
    expect(a1(14, 3)).toBe("C14");
    expect(rangeA1(7, 1, 20, 5)).toBe("A7:E20");
    expect(rangeA1(7, 1, 7, 1)).toBe("A7");
    expect(parseA1("$C$14")).toEqual({ row: 14, col: 3 });
    expect(parseA1("C14:D15")).toBeNull();
  });

  it("quotes sheet names that need it", () => {
    expect(quoteSheetName("KS2")).toBe("KS2");
    expect(quoteSheetName("RAG Summary")).toBe("'RAG Summary'");
    expect(quoteSheetName("Bob's plan")).toBe("'Bob''s plan'");
  });
});

describe("splitAreaList", () => {
  it("splits a RangeAreas address at its commas, not at commas inside quoted sheet names", () => {
    expect(splitAreaList("Sheet1!A1:B2, 'Q1, Q2'!D4,'It''s'!C3 ,")).toEqual([
      "Sheet1!A1:B2",
      "'Q1, Q2'!D4",
      "'It''s'!C3",
    ]);
    expect(splitAreaList("")).toEqual([]);
  });
});
