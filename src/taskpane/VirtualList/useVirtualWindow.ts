import * as React from "react";
import { SCROLLER_MAX_VH } from "./useVirtualListStyles.styles";

/** Pixels rendered beyond each edge of the viewport, so a quick scroll shows rows, not blank. */
const OVERSCAN_PX = 600;

/** Offsets of each row's top (and the total height at the end), from measured or estimated heights. */
export function rowOffsets(heights: readonly number[]): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = (offsets[i] ?? 0) + (heights[i] ?? 0);
  return offsets;
}

/** The first row whose bottom is below `y` (binary search over the offsets). */
export function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid + 1] ?? 0) <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

/** Rows [start, end) to render for a viewport at `top` of `height` px. */
export function windowOf(
  offsets: Float64Array,
  top: number,
  height: number,
  fallbackCount: number
): { start: number; end: number } {
  const n = offsets.length - 1;
  if (n <= 0) return { start: 0, end: 0 };
  if (height <= 0) return { start: 0, end: Math.min(n, fallbackCount) };
  const start = rowAt(offsets, top - OVERSCAN_PX);
  let end = start;
  const bottom = top + height + OVERSCAN_PX;
  while (end < n && (offsets[end] ?? 0) < bottom) end++;
  return { start, end };
}

/** The scroller's height before it is laid out: at most its cap (SCROLLER_MAX_VH) of the window. */
function firstHeightGuess(): number {
  if (typeof window === "undefined" || !(window.innerHeight > 0)) return 0;
  return Math.round((window.innerHeight * SCROLLER_MAX_VH) / 100);
}

/** The viewport's scroll position and height, kept current (one update per animation frame). */
export function useViewport(scroller: React.RefObject<HTMLElement>): {
  top: number;
  height: number;
  onScroll: () => void;
} {
  // The first render guesses the scroller's height (its cap, a share of the window's): with no height it
  // would render `initialCount` rows, most of them only to be dropped once the height is read.
  const [view, setView] = React.useState(() => ({ top: 0, height: firstHeightGuess() }));
  const frame = React.useRef<number | null>(null);
  const read = React.useCallback(() => {
    frame.current = null;
    const el = scroller.current;
    if (!el) return;
    setView((v) =>
      v.top === el.scrollTop && v.height === el.clientHeight
        ? v
        : { top: el.scrollTop, height: el.clientHeight }
    );
  }, [scroller]);
  const onScroll = React.useCallback(() => {
    if (frame.current === null) frame.current = requestAnimationFrame(read);
  }, [read]);
  React.useLayoutEffect(() => {
    read();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(() => read());
    observer.observe(el);
    return () => {
      observer.disconnect();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    };
  }, [read, scroller]);
  return { ...view, onScroll };
}

/**
 * Row heights by key: estimated until a row has been rendered, then measured. `measure` reads the rendered
 * rows after each render and reports whether any height changed (the caller then re-renders once).
 */
export function useRowHeights<T>(
  items: readonly T[],
  itemKey: (item: T) => string,
  estimate: (item: T) => number
): { offsets: Float64Array; measure: (rows: HTMLCollection) => void } {
  const measured = React.useRef(new Map<string, number>());
  const [version, setVersion] = React.useState(0);
  const offsets = React.useMemo(
    () => rowOffsets(items.map((it) => measured.current.get(itemKey(it)) ?? estimate(it))),
    // `version` is in the list because a measurement changed a height in the map
    [items, itemKey, estimate, version]
  );
  const measure = React.useCallback((rows: HTMLCollection) => {
    let changed = false;
    for (const row of Array.from(rows)) {
      const key = (row as HTMLElement).dataset.vkey;
      const h = row.getBoundingClientRect().height;
      if (key === undefined || h === 0) continue;
      if (Math.abs((measured.current.get(key) ?? -1) - h) > 0.5) {
        measured.current.set(key, h);
        changed = true;
      }
    }
    if (changed) setVersion((v) => v + 1);
  }, []);
  return { offsets, measure };
}
