// Hub answers kept on disk (the extension's global storage) so that hover, panel and a restarted
// window share them: one small JSON file per looked-up target, a time to live per kind of answer,
// and a bound on the files and bytes kept (the oldest go first). Failures that will not change on
// the next try (not found, unreadable) are kept for a shorter time; offline, timeouts, rate limits
// and sign-in problems are never written. No vscode import: the store is an interface.
import { HubError, isLasting, type HubErrorKind } from './hubError';
import type { HubRead } from './hubRead';

export interface CacheStore {
  read(name: string): Promise<string | undefined>;
  write(name: string, text: string): Promise<void>;
  remove(name: string): Promise<void>;
  /** Every file with its size and modification time (ms). */
  list(): Promise<Array<{ name: string; size: number; mtime: number }>>;
}

export type CachedAnswer = { ok: HubRead } | { error: { kind: HubErrorKind; message: string } };

interface CacheFile {
  version: 1;
  key: string;
  savedAt: number;
  answer: CachedAnswer;
}

export interface HubCacheLimits {
  /** How long a model read stays fresh. */
  ttlMs: number;
  /** How long "not found" / "unreadable" stays. */
  failureTtlMs: number;
  maxFiles: number;
  maxBytes: number;
}

export const HUB_CACHE_LIMITS: HubCacheLimits = {
  ttlMs: 7 * 24 * 3600 * 1000,
  failureTtlMs: 24 * 3600 * 1000,
  maxFiles: 500,
  maxBytes: 20 * 1024 * 1024,
};

/** FNV-1a, 2 × 32 bits: a file name from a key, the same in Node and browsers (no crypto module). */
export function cacheFileName(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}.json`;
}

export class HubCache {
  constructor(
    private readonly store: CacheStore,
    private readonly limits: HubCacheLimits = HUB_CACHE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The fresh answer for `key`, or undefined (missing, stale, corrupt or another key's file). */
  async get(key: string): Promise<CachedAnswer | undefined> {
    const text = await this.store.read(cacheFileName(key));
    if (text === undefined) return undefined;
    let file: CacheFile;
    try {
      file = JSON.parse(text) as CacheFile;
    } catch (e) {
      if (e instanceof SyntaxError) return undefined;
      throw e;
    }
    if (!file || file.version !== 1 || file.key !== key || typeof file.savedAt !== 'number' || !file.answer) {
      return undefined;
    }
    const ttl = 'ok' in file.answer ? this.limits.ttlMs : this.limits.failureTtlMs;
    return this.now() - file.savedAt <= ttl ? file.answer : undefined;
  }

  /** Keeps a model read or a lasting failure; other failures are not kept. */
  async put(key: string, answer: { ok: HubRead } | { error: HubError }): Promise<void> {
    if ('error' in answer && !isLasting(answer.error.kind)) return;
    const stored: CachedAnswer =
      'ok' in answer ? answer : { error: { kind: answer.error.kind, message: answer.error.message } };
    const file: CacheFile = { version: 1, key, savedAt: this.now(), answer: stored };
    const text = JSON.stringify(file);
    if (text.length > this.limits.maxBytes) return;
    await this.store.write(cacheFileName(key), text);
    await this.trim();
  }

  async remove(key: string): Promise<void> {
    await this.store.remove(cacheFileName(key));
  }

  /** Removes the oldest files until both bounds hold. */
  private async trim(): Promise<void> {
    const files = (await this.store.list()).filter(f => f.name.endsWith('.json')).sort((x, y) => y.mtime - x.mtime);
    let bytes = 0;
    for (const [i, f] of files.entries()) {
      bytes += f.size;
      if (i >= this.limits.maxFiles || bytes > this.limits.maxBytes) await this.store.remove(f.name);
    }
  }
}
