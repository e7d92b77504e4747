// Listeners that live as long as one webview (or panel). When VS Code hands over a new webview,
// the old one's listeners are disposed before the new ones are held, so re-opening a panel or
// re-resolving a view never piles up handlers. No vscode import: anything with dispose() fits.

export interface DisposableLike {
  dispose(): unknown;
}

export class Scope {
  private items: DisposableLike[] = [];

  /** How many listeners are held. */
  get size(): number {
    return this.items.length;
  }

  /** Disposes what is held and holds `items` instead. */
  replace(...items: DisposableLike[]): void {
    this.clear();
    this.items = items;
  }

  /** Disposes what is held; the scope can be filled again. */
  clear(): void {
    const held = this.items;
    this.items = [];
    for (const d of held) d.dispose();
  }

  dispose(): void {
    this.clear();
  }
}
