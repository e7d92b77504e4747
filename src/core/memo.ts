// A small bounded memo for pure functions on the hover path: the same label is hovered again and
// again, and recomputing its estimates each time is waste. Oldest entries go first.

export class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      // Refresh recency.
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const value = compute();
    this.map.set(key, value);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as string);
    return value;
  }
}
