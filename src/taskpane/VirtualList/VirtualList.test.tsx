/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import { VirtualList } from "./VirtualList";

const items = Array.from({ length: 200 }, (_, i) => i);

/** Renders 200 rows of 100 px in a window `innerHeight` tall whose scroller is `clientHeight` tall. */
function renderList(innerHeight: number, clientHeight: number) {
  const rendered = new Set<number>();
  Object.defineProperty(window, "innerHeight", { value: innerHeight, configurable: true });
  jest.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(clientHeight);
  render(
    <VirtualList
      items={items}
      itemKey={(i) => String(i)}
      renderItem={(i, row) => {
        rendered.add(i);
        return <button {...row}>{`Row ${i}`}</button>;
      }}
      estimateHeight={() => 100}
      isFocusable={() => true}
      label="Rows"
    />
  );
  const shown = within(screen.getByRole("list", { name: "Rows" })).getAllByRole("button");
  return { rendered, shown };
}

afterEach(() => jest.restoreAllMocks());

describe("VirtualList's first render", () => {
  it("renders only the rows its scroller (70% of the window) shows with overscan, never more", () => {
    // 70% of 1,000 px is 700 px; with 600 px of overscan, rows 0-12 (13 × 100 px) reach 1,300 px
    const { rendered, shown } = renderList(1000, 700);
    expect(shown).toHaveLength(13);
    expect(Math.max(...rendered)).toBe(12);
  });

  it("renders its fallback count while neither the window nor the scroller has a height", () => {
    const { shown } = renderList(0, 0);
    expect(shown).toHaveLength(40);
  });
});
