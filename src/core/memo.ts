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

/**
 * Tables of remembered answers that share one bound: when their entries together reach `max`, every table
 * is emptied (a pane checks plan after plan for hours). A table may hold further tables (answers by one key,
 * then another); only entries put with `remember` count.
 */
export class SharedMemo {
  private size = 0;
  private readonly tables: Map<unknown, unknown>[] = [];

  constructor(private readonly max: number) {}

  /** A top-level table, emptied with the others when the bound is reached. */
  table<K, V>(): Map<K, V> {
    const t = new Map<K, V>();
    this.tables.push(t as Map<unknown, unknown>);
    return t;
  }

  /** Whether the next entry would first empty every table. */
  get full(): boolean {
    return this.size >= this.max;
  }

  /** Empties every table. */
  forget(): void {
    for (const t of this.tables) t.clear();
    this.size = 0;
  }

  /** Puts `value` under `key` in `table` (emptying every table first when full) and returns it. */
  remember<K, V>(table: Map<K, V>, key: K, value: V): V {
    if (this.full) this.forget();
    table.set(key, value);
    this.size++;
    return value;
  }
}
