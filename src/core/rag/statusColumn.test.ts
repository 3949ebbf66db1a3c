import { isProgressStatusColumn, statusCellKind } from "./statusColumn";
import { statusMeaning } from "./statusWords";

describe("isProgressStatusColumn", () => {
  it.each([
    [["New", "Cont", "Continuing", "New", "Continuing"], "", false],
    [["New", "New", "Existing", "Complete"], "", false],
    [["Proposed", "continued", "New"], "", false],
    [["Complete", "In progress", "Not started", "Green"], "", true],
    [["R", "A", "G", "B"], "", true],
    [["Continuing", "Complete", "On track"], "", true],
    [["", " "], "", true],
    [[], "", true],
    [["Complete"], "Status (New/ Continuing)", false],
    [["New"], "RAG status", false],
  ] as const)("%j (header %p) → %s", (values, header, expected) => {
    expect(isProgressStatusColumn(values, header)).toBe(expected);
  });
});

describe("statusMeaning", () => {
  it.each([
    ["  Completed.  ", "complete"],
    ["not complete", "in-progress"],
    ["Not started yet", "not-started"],
    ["R/A", "amber"],
    ["A/G", "green"],
    ["75%", "in-progress"],
    ["100 %", "complete"],
    ["A new approach", null],
    ["", null],
    ["Red flag raised", "red"],
  ] as const)("%p → %p", (text, meaning) => {
    expect(statusMeaning(text)).toBe(meaning);
  });
});

describe("statusCellKind: a status not settled yet is a note, not an unknown rating", () => {
  it.each([
    ["TBC", "commentary"],
    ["tbd at the next meeting", "commentary"],
    ["To be confirmed", "commentary"],
    ["Tbcx", null],
    ["Complete", "complete"],
  ] as const)("%p → %p", (text, expected) => {
    expect(statusCellKind(text)).toBe(expected);
  });
});
