// The Hub look-ups of this window: what the hover may show now, and the one request per target
// that every asker shares. Nothing here waits on the network for a hover: peek() answers from
// memory, known() also from the disk cache, and lookUp() starts (or joins) the request and
// resolves when it is done. Each look-up has an overall time limit and can be cancelled. No
// vscode import: the consent check, the token and the store are given.
import { HubError, type HubErrorKind } from './hubError';
import type { HubCache } from './hubCache';
import type { HubRead } from './hubRead';
import { hubTargetKey, hubTargetLabel, type HubTarget } from './hubTarget';
import { lookupHubModel, type HubLookupOptions } from './lookupHubModel';

export type HubState =
  | { state: 'unknown' }
  | { state: 'looking' }
  | { state: 'done'; read: HubRead }
  | { state: 'failed'; kind: HubErrorKind; reason: string; retryAfterMs?: number };

export interface HubModelsDeps {
  cache: HubCache;
  /** Endpoint, token and time limit, read when a look-up starts (settings and sign-in may change). */
  options: () => Promise<Omit<HubLookupOptions, 'signal'>>;
  log?: (message: string) => void;
  /** Fired when a target's state changed (the panel and tests listen). */
  changed?: (target: HubTarget, state: HubState) => void;
  /** Overall limit of one look-up, all its requests together. */
  totalTimeoutMs?: number;
}

interface Entry {
  state: HubState;
  running?: Promise<HubState>;
  controller?: AbortController;
  diskChecked?: Promise<void>;
}

const MAX_ENTRIES = 500;
const TOTAL_TIMEOUT_MS = 30_000;

export class HubModels {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly deps: HubModelsDeps) {}

  private entry(target: HubTarget): Entry {
    const key = hubTargetKey(target);
    let e = this.entries.get(key);
    if (!e) {
      e = { state: { state: 'unknown' } };
      this.entries.set(key, e);
      while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    }
    return e;
  }

  /** What is known in memory now. Never waits, never throws. */
  peek(target: HubTarget): HubState {
    return this.entry(target).state;
  }

  /** What is known in memory or in the disk cache (no network). */
  async known(target: HubTarget): Promise<HubState> {
    const e = this.entry(target);
    if (e.state.state === 'unknown' && !e.diskChecked) {
      e.diskChecked = this.deps.cache.get(hubTargetKey(target)).then(
        answer => {
          if (!answer || e.state.state !== 'unknown') return;
          e.state =
            'ok' in answer
              ? { state: 'done', read: answer.ok }
              : { state: 'failed', kind: answer.error.kind, reason: answer.error.message };
          this.deps.log?.(`${hubTargetLabel(target)}: from the disk cache`);
        },
        (err: unknown) => {
          const why = err instanceof Error ? err.message : String(err);
          this.deps.log?.(`${hubTargetLabel(target)}: disk cache unreadable (${why})`);
        },
      );
    }
    await e.diskChecked;
    return e.state;
  }

  /**
   * Looks `target` up (from the disk cache when fresh, else on the Hub), sharing a look-up already
   * running. `retry` forgets a failure or a cached answer first. Resolves with the final state.
   */
  lookUp(target: HubTarget, retry = false): Promise<HubState> {
    const e = this.entry(target);
    if (e.running) return e.running;
    if (retry) {
      e.state = { state: 'unknown' };
      e.diskChecked = Promise.resolve();
    } else if (e.state.state === 'done' || (e.state.state === 'failed' && e.state.kind === 'notFound')) {
      return Promise.resolve(e.state);
    }
    e.running = this.run(target, e, retry).finally(() => {
      e.running = undefined;
      e.controller = undefined;
    });
    return e.running;
  }

  /** Cancels the running look-up of `target`, if any. */
  cancel(target: HubTarget): void {
    this.entry(target).controller?.abort();
  }

  /** Cancels every running look-up (the window closes, the setting turned off). */
  dispose(): void {
    for (const e of this.entries.values()) e.controller?.abort();
  }

  private readonly cacheFailed = (e: unknown) => this.deps.log?.(`cache write failed: ${String(e)}`);

  private set(target: HubTarget, e: Entry, state: HubState): HubState {
    e.state = state;
    this.deps.changed?.(target, state);
    return state;
  }

  private async run(target: HubTarget, e: Entry, retry: boolean): Promise<HubState> {
    const key = hubTargetKey(target);
    const label = hubTargetLabel(target);
    if (!retry) {
      const cached = await this.known(target);
      if (cached.state === 'done') return cached;
    }
    const controller = new AbortController();
    e.controller = controller;
    this.set(target, e, { state: 'looking' });
    const limit = this.deps.totalTimeoutMs ?? TOTAL_TIMEOUT_MS;
    const late = new HubError('timeout', `the Hub did not answer within ${limit / 1000} s`);
    const timer = setTimeout(() => controller.abort(late), limit);
    const started = Date.now();
    try {
      const options = await this.deps.options();
      const read = await lookupHubModel(target, { ...options, signal: controller.signal });
      this.deps.log?.(
        `${label}: read from the Hub (${read.from}) in ${Date.now() - started} ms, ` + `${read.requests} requests`,
      );
      await this.deps.cache.put(key, { ok: read }).catch(this.cacheFailed);
      return this.set(target, e, { state: 'done', read });
    } catch (err) {
      const aborted = controller.signal.aborted && controller.signal.reason instanceof HubError;
      const reason: unknown = aborted ? controller.signal.reason : err;
      const error =
        reason instanceof HubError
          ? reason
          : new HubError(
              'server',
              `${label}: ${reason instanceof Error ? reason.message : String(reason)}`.slice(0, 240),
            );
      this.deps.log?.(`${label}: ${error.kind}: ${error.message}`);
      await this.deps.cache.put(key, { error }).catch(this.cacheFailed);
      return this.set(target, e, {
        state: 'failed',
        kind: error.kind,
        reason: error.message,
        ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
      });
    } finally {
      clearTimeout(timer);
    }
  }
}
