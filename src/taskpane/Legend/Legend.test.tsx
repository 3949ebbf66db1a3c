/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import { HIGHLIGHT_LEGEND } from "../../core/palette/palette";
import { Legend } from "./Legend";

describe("Legend", () => {
  it("shows each highlight's colour, name and meaning from the core legend", () => {
    render(<Legend entries={HIGHLIGHT_LEGEND} />);
    const items = within(screen.getByRole("list", { name: "Highlight colours" })).getAllByRole(
      "listitem"
    );
    expect(items).toHaveLength(HIGHLIGHT_LEGEND.length);
    HIGHLIGHT_LEGEND.forEach((entry, i) => {
      expect(items[i]).toHaveTextContent(`${entry.label}${entry.meaning}`);
      const swatch = within(items[i]!).getByText(entry.label);
      expect(swatch).toHaveStyle({ backgroundColor: `#${entry.fill}` });
    });
  });
});
