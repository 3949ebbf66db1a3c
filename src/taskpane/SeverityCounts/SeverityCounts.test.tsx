/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { SeverityCounts } from "./SeverityCounts";

describe("SeverityCounts", () => {
  it.each<[string, { error: number; warning: number; info: number }, boolean, string[]]>([
    ["plural and singular", { error: 2, warning: 1, info: 0 }, false, ["2 errors", "1 warning"]],
    [
      "zeros shown when asked",
      { error: 0, warning: 1, info: 0 },
      true,
      ["0 errors", "1 warning", "0 tips"],
    ],
    ["nothing to count", { error: 0, warning: 0, info: 0 }, false, []],
  ])("%s", (_name, counts, showZero, expected) => {
    render(<SeverityCounts counts={counts} showZero={showZero} />);
    const items = screen.queryAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual(expected);
  });
});
