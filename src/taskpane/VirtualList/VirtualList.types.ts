import type * as React from "react";

/** What each row's content gets: the roving tab stop and the handlers that keep it in step. */
export interface RowProps {
  /** 0 for the list's one tab stop, -1 for the others (arrow keys move between them). */
  readonly tabIndex: 0 | -1;
  readonly "data-vindex": number;
  readonly onFocus: () => void;
}

/** Props of {@link VirtualList}. */
export interface VirtualListProps<T> {
  readonly items: readonly T[];
  /** A key that stays with the item when the list is filtered, so its measured height is reused. */
  readonly itemKey: (item: T) => string;
  /** The row's content. Focusable rows spread `row` on their one focusable element. */
  readonly renderItem: (item: T, row: RowProps) => React.ReactNode;
  /** A guess at the row's height (px) until it has been measured. */
  readonly estimateHeight: (item: T) => number;
  /** Rows the arrow keys stop on (headings are read, not stopped on). */
  readonly isFocusable: (item: T) => boolean;
  /** The list's accessible name. */
  readonly label: string;
  /** Rows rendered when neither the viewport nor the window has a height (jsdom). */
  readonly initialCount?: number;
}
