import * as React from "react";
import type { VirtualListProps } from "./VirtualList.types";
import { useVirtualListStyles } from "./useVirtualListStyles.styles";
import { useRowHeights, useViewport, windowOf } from "./useVirtualWindow";

/** The next focusable row from `from` in direction `step`, or `from` when there is none. */
function nextFocusable<T>(
  items: readonly T[],
  isFocusable: VirtualListProps<T>["isFocusable"],
  from: number,
  step: number
): number {
  for (let i = from + step; i >= 0 && i < items.length; i += step) {
    const item = items[i];
    if (item !== undefined && isFocusable(item)) return i;
  }
  return from;
}

/** Where a key moves focus: arrows by one row, Page keys by a screenful, Home and End to the ends. */
function target<T>(
  key: string,
  items: readonly T[],
  isFocusable: VirtualListProps<T>["isFocusable"],
  active: number,
  pageRows: number
): number | null {
  const step = (dir: number, times: number) => {
    let at = active;
    for (let i = 0; i < times; i++) at = nextFocusable(items, isFocusable, at, dir);
    return at;
  };
  switch (key) {
    case "ArrowDown":
      return step(1, 1);
    case "ArrowUp":
      return step(-1, 1);
    case "PageDown":
      return step(1, pageRows);
    case "PageUp":
      return step(-1, pageRows);
    case "Home":
      return nextFocusable(items, isFocusable, -1, 1);
    case "End":
      return nextFocusable(items, isFocusable, items.length, -1);
    default:
      return null;
  }
}

/** Scrolls the least distance that shows row `index` whole; false when it was already in view. */
function revealRow(el: HTMLElement | null, offsets: ArrayLike<number>, index: number): boolean {
  const top = offsets[index] ?? 0;
  const bottom = offsets[index + 1] ?? top;
  if (!el || (top >= el.scrollTop && bottom <= el.scrollTop + el.clientHeight)) return false;
  el.scrollTop = top < el.scrollTop ? top : bottom - el.clientHeight;
  return true;
}

/**
 * A list that renders only the rows in and near its viewport, with measured row heights, so a plan with
 * 10,000 issues scrolls as smoothly as one with ten. The list is one tab stop: the arrow keys, Page Up/Down,
 * Home and End move between its focusable rows, scrolling them into view (rows off screen are not in the
 * page, so Tab could not reach them anyway).
 */
export function VirtualList<T>({
  items,
  itemKey,
  renderItem,
  estimateHeight,
  isFocusable,
  label,
  initialCount = 40,
}: VirtualListProps<T>): React.JSX.Element {
  const styles = useVirtualListStyles();
  const scroller = React.useRef<HTMLDivElement>(null);
  const list = React.useRef<HTMLUListElement>(null);
  const view = useViewport(scroller);
  const { offsets, measure } = useRowHeights(items, itemKey, estimateHeight);
  const [active, setActive] = React.useState(0);
  const pendingFocus = React.useRef<number | null>(null);
  const { start, end } = windowOf(offsets, view.top, view.height, initialCount);
  const activeItem = items[active];
  // The tab stop is the row last focused while it is rendered; else the first focusable row on screen.
  const current =
    activeItem !== undefined && isFocusable(activeItem) && active >= start && active < end
      ? active
      : nextFocusable(items, isFocusable, start - 1, 1);
  React.useLayoutEffect(() => {
    if (list.current) measure(list.current.children);
    const want = pendingFocus.current;
    if (want === null) return;
    const el = list.current?.querySelector<HTMLElement>(`[data-vindex="${want}"]`);
    if (el) {
      pendingFocus.current = null;
      el.focus({ preventScroll: false });
    }
  });

  const onKeyDown = (e: React.KeyboardEvent) => {
    const pageRows = Math.max(1, Math.floor((view.height || 600) / 100));
    const to = target(e.key, items, isFocusable, current, pageRows);
    if (to === null) return;
    e.preventDefault();
    setActive(to);
    pendingFocus.current = to;
    if (revealRow(scroller.current, offsets, to)) view.onScroll();
  };

  const total = offsets[items.length] ?? 0;
  const top = offsets[start] ?? 0;
  return (
    <div ref={scroller} className={styles.scroller} onScroll={view.onScroll}>
      <ul
        ref={list}
        className={styles.list}
        aria-label={label}
        onKeyDown={onKeyDown}
        style={{ paddingTop: top, paddingBottom: Math.max(0, total - (offsets[end] ?? total)) }}
      >
        {items.slice(start, end).map((item, i) => {
          const index = start + i;
          return (
            <li
              key={itemKey(item)}
              data-vkey={itemKey(item)}
              className={styles.row}
              aria-setsize={items.length}
              aria-posinset={index + 1}
            >
              {renderItem(item, {
                tabIndex: index === current ? 0 : -1,
                "data-vindex": index,
                onFocus: () => setActive(index),
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
