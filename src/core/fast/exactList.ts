// Memory: a report keeps every action's issue list for as long as the pane shows it. An array grown by
// push keeps room for 16 more elements, empty slots kept on every action; a copy made with slice is exactly
// as long as its contents. Lists that are empty share one frozen list.

/** `list` as a new array of exactly its length, or `empty` (shared, frozen) when it has nothing. */
export function exactCopy<T>(list: readonly T[], empty: readonly T[]): readonly T[] {
  return list.length === 0 ? empty : list.slice();
}
