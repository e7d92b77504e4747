// A small bounded memo for pure functions on the hover path: the same label is hovered again and
// again, and recomputing its estimates each time is waste.
//
// Two generations rather than a strict LRU list: new results go into `recent`; when it is full it
// becomes `older` and a fresh `recent` starts, and a hit in `older` is carried back into `recent`.
// What was not used during a whole generation is dropped with it. Every step is O(1): deleting
// single entries from a Map to keep an LRU order leaves holes that V8 walks on every eviction.
//
// Keys are stored as copies of their own. A key cut from a document line with slice() is, in V8, a
// view that keeps the whole line alive (a 10 MB minified line for every remembered label); the
// copy holds only its own characters.

/** What a memo may hold: anything but undefined, which means "not remembered" (use null). */
export type Memoizable = NonNullable<unknown> | null;

export class Memo<V extends Memoizable> {
  private recent = new Map<string, V>();
  private older = new Map<string, V>();
  private readonly generation: number;
  /** At most `limit` results are held, in two generations of limit / 2. */
  constructor(limit: number) {
    this.generation = Math.max(1, Math.ceil(limit / 2));
  }

  get(key: string, compute: () => V): V {
    const hit = this.recent.get(key);
    if (hit !== undefined) return hit;
    const old = this.older.get(key);
    const value = old !== undefined ? old : compute();
    this.remember(ownCopy(key), value);
    return value;
  }

  private remember(key: string, value: V): void {
    if (this.recent.size >= this.generation) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
  }
}

/**
 * A copy of `s` that shares no storage with the string it was cut from. Concatenation makes V8
 * flatten the characters into a new string of their own before the slice is taken.
 */
export function ownCopy(s: string): string {
  return ` ${s}`.slice(1);
}
