// A small bounded memo for pure functions on the hover path: the same label is hovered again and
// again, and recomputing its estimates each time is waste.
//
// Two generations rather than a strict LRU list: new results go into `recent`; when it is full it
// becomes `older` and a fresh `recent` starts, and a hit in `older` is carried back into `recent`.
// What was not used during a whole generation is dropped with it. Every step is O(1): deleting
// single entries from a Map to keep an LRU order leaves holes that V8 walks on every eviction.

export class Memo<V> {
  private recent = new Map<string, V>();
  private older = new Map<string, V>();
  /** At most `limit` entries are kept in each generation. */
  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    const hit = this.recent.get(key);
    if (hit !== undefined) return hit;
    const old = this.older.get(key);
    const value = old !== undefined ? old : compute();
    this.remember(key, value);
    return value;
  }

  /** How many results are held (both generations). */
  get size(): number {
    return this.recent.size + this.older.size;
  }

  private remember(key: string, value: V): void {
    if (this.recent.size >= this.limit) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
  }
}
