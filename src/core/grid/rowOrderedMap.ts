/**
 * A map from cell keys (small integers, never equal for cells of different rows) to values, for keys that
 * nearly always arrive in row order: a check's issues come table by table down the sheet. While rows only
 * grow, a key is looked for among the few keys of its own row and kept in a list, not hashed into a map of
 * 100,000 entries; the first key out of row order moves everything into a map, used from then on.
 */
export class RowOrderedMap<V> {
  private keys: number[] = [];
  private values: V[] = [];
  private map: Map<number, V> | null = null;
  private lastRow = -Infinity;
  /** Where the keys of `lastRow` start in `keys`. */
  private rowStart = 0;

  /** The value of `key`, a key of a cell on `row`. */
  get(row: number, key: number): V | undefined {
    if (this.map === null) {
      if (row > this.lastRow) return undefined;
      if (row === this.lastRow) {
        for (let i = this.rowStart; i < this.keys.length; i++) {
          if (this.keys[i] === key) return this.values[i];
        }
        return undefined;
      }
    }
    return this.toMap().get(key);
  }

  /** Sets a key that `get` did not find. */
  set(row: number, key: number, value: V): void {
    if (this.map === null) {
      if (row > this.lastRow) {
        this.lastRow = row;
        this.rowStart = this.keys.length;
      }
      if (row === this.lastRow) {
        this.keys.push(key);
        this.values.push(value);
        return;
      }
    }
    this.toMap().set(key, value);
  }

  private toMap(): Map<number, V> {
    if (this.map === null) {
      this.map = new Map();
      for (let i = 0; i < this.keys.length; i++)
        this.map.set(this.keys[i] as number, this.values[i] as V);
      this.keys = [];
      this.values = [];
    }
    return this.map;
  }
}
