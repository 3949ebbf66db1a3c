/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RATING_ORDER } from "../../core/summary/labels";
import { actionsByRating } from "../paneState";
import { reportWithErrors } from "../testing/report";
import { Ratings, reasonText } from "./Ratings";

function renderRatings(completeLabel = "Complete") {
  const onGoTo = jest.fn();
  render(
    <Ratings
      groups={actionsByRating(reportWithErrors(), RATING_ORDER)}
      completeLabel={completeLabel}
      onGoTo={onGoTo}
    />
  );
  return onGoTo;
}

describe("Ratings", () => {
  it("counts every rating in words, zeros included", () => {
    renderRatings();
    const counts = within(screen.getByRole("list", { name: "Actions by rating" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(counts).toEqual(["Complete: 1", "Red: 1", "Amber: 1", "Green: 1", "Not rated: 1"]);
  });

  it("lists each action with the reason for its rating", () => {
    renderRatings();
    const red = screen.getByRole("region", { name: "Red (1)" });
    expect(within(red).getByRole("button")).toHaveTextContent(
      "3 Publish the strategyRed: Due 31/01/2026, 30 days before the report date."
    );
  });

  it.each([
    [
      "Green",
      "Green: due 31/03/2004, 152 days after 31/10/2003",
      "Green: due 31/03/2004, 152 days after 31/10/2003",
    ],
    [
      "Red",
      "Due 31/01/2026, 30 days before the report date.",
      "Red: Due 31/01/2026, 30 days before the report date.",
    ],
  ])("says the rating word %s once before the reason", (word, reason, shown) => {
    expect(reasonText(word, reason)).toBe(shown);
  });

  it("uses the configured complete label", () => {
    renderRatings("Blue");
    expect(screen.getByRole("region", { name: "Blue (1)" })).toBeInTheDocument();
  });

  it("goes to the action's cell in its own sheet", async () => {
    const onGoTo = renderRatings();
    await userEvent.click(
      within(screen.getByRole("region", { name: "Amber (1)" })).getByRole("button")
    );
    expect(onGoTo).toHaveBeenCalledWith("Year 2", "B2");
  });
});
