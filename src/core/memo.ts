/**
 * `fn` remembered by its text argument. Plans repeat the same few owners, statuses, dates and formats on
 * every row, so each distinct text is worked out once; the map is cleared when it reaches `max` entries,
 * as a task pane checks plan after plan for hours. `fn` must be pure and never return undefined.
 */
export function memoByText<T>(fn: (text: string) => T, max: number): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) {
      if (seen.size >= max) seen.clear();
      value = fn(text);
      seen.set(text, value);
    }
    return value;
  };
}
