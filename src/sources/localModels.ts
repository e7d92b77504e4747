// The user's model files as the hover sees them: asks never wait. The first hover over a reference
// starts reading it in the background and is told "reading"; a later hover gets the result from
// the cache. Results are kept per reference and re-checked, at most every RECHECK_MS, against
// the modification time and size of every file they came from: a changed file is read again.
// Each read has a time limit; a reason (missing, truncated, corrupt, too large, broken link) is
// a result too.
import * as vscode from 'vscode';
import type { ModelReference } from './referenceAt';
import type { LocalModelRead } from './localModelRead';
import { FileAccess, SourceError, type FileStamp } from './fileAccess';
import { displayPath, type ReferenceContext } from './referencePaths';
import { readReference } from './readReference';
import { hubCacheDir } from './hfCacheLayout';
import { ollamaModelsDir } from './ollamaStoreLayout';

export type LocalModelState =
  | { state: 'reading' }
  | { state: 'none' }
  | { state: 'done'; read: LocalModelRead }
  | { state: 'failed'; reason: string; missing?: boolean };

const TIMEOUT_MS = 10_000;
const RECHECK_MS = 2_000;
const MAX_ENTRIES = 200;

interface Entry {
  state: LocalModelState;
  stamps: FileStamp[];
  checkedAt: number;
  running?: Promise<void>;
  /** The read under way, even past its time limit (a hung network drive): no second one is started. */
  pending?: Promise<unknown>;
}

/** The environment and home folder of the extension host (the remote side in a remote window). */
export function hostEnvironment(): Pick<ReferenceContext, 'env' | 'home'> {
  const env = typeof process === 'object' && process.env ? process.env : {};
  const home = env.HOME || env.USERPROFILE || undefined;
  return { env, home };
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new SourceError(`${what}: reading took longer than ${ms / 1000} s (hover again to ` + `retry)`)),
      ms,
    );
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export class LocalModels {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly timeoutMs = TIMEOUT_MS,
  ) {}

  /** The context a reference in `document` is resolved in. */
  context(document: vscode.Uri): ReferenceContext {
    return { document, folders: (vscode.workspace.workspaceFolders ?? []).map(f => f.uri), ...hostEnvironment() };
  }

  private key(ref: ModelReference, ctx: ReferenceContext): string {
    const where = /^(?:~|\/|[A-Za-z]:[\\/])/.test(ref.text) ? '' : vscode.Uri.joinPath(ctx.document, '..').toString();
    const stores = ref.kinds.some(k => k === 'hf' || k === 'ollama')
      ? [hubCacheDir(ctx.env, ctx.home), ollamaModelsDir(ctx.env, ctx.home)]
      : [];
    return JSON.stringify([ref.kinds, ref.text, where, ctx.folders.map(String), stores, ctx.home]);
  }

  /** What is known of `ref` now; starts a read or a re-check in the background when due. Never throws. */
  peek(ref: ModelReference, ctx: ReferenceContext): LocalModelState {
    const key = this.key(ref, ctx);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { state: { state: 'reading' }, stamps: [], checkedAt: 0 };
      this.remember(key, entry);
      this.start(entry, ref, ctx);
    } else if (!entry.running && Date.now() - entry.checkedAt > RECHECK_MS) {
      this.recheck(entry, ref, ctx);
    }
    return entry.state;
  }

  /** The state once the current read (if any) has finished: for commands and tests. */
  async settled(ref: ModelReference, ctx: ReferenceContext): Promise<LocalModelState> {
    this.peek(ref, ctx);
    const entry = this.entries.get(this.key(ref, ctx))!;
    while (entry.running) await entry.running;
    return entry.state;
  }

  private remember(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  private start(entry: Entry, ref: ModelReference, ctx: ReferenceContext): void {
    if (entry.pending) return;
    const files = new FileAccess(uri => displayPath(uri, ctx));
    const started = Date.now();
    const read = readReference(ref, ctx, files);
    entry.pending = read;
    const ended = () => {
      if (entry.pending === read) entry.pending = undefined;
    };
    read.then(ended, ended);
    entry.running = withTimeout(read, this.timeoutMs, ref.text)
      .then(
        found => {
          entry.state = found ? { state: 'done', read: found } : { state: 'none' };
          if (found) this.log.info(`read ${ref.text} from ${found.from} in ${Date.now() - started} ms`);
          else this.log.debug(`${ref.text}: not a model on this machine (${Date.now() - started} ms)`);
        },
        e => {
          const reason = e instanceof SourceError ? e.message : 'an unexpected error (see the Param Lens log)';
          if (!(e instanceof SourceError)) {
            this.log.error(`reading ${ref.text} failed`, e instanceof Error ? e : String(e));
          }
          entry.state =
            e instanceof SourceError && e.kind === 'missing'
              ? { state: 'failed', reason, missing: true }
              : { state: 'failed', reason };
        },
      )
      .finally(() => {
        entry.stamps = files.stamps;
        entry.checkedAt = Date.now();
        entry.running = undefined;
      });
  }

  /** Reads again when any file the result came from changed, or when nothing was found or it failed. */
  private recheck(entry: Entry, ref: ModelReference, ctx: ReferenceContext): void {
    entry.checkedAt = Date.now();
    if (entry.state.state !== 'done') {
      this.start(entry, ref, ctx);
      return;
    }
    entry.running = (async () => {
      for (const s of entry.stamps) {
        let changed: boolean;
        try {
          const now = await vscode.workspace.fs.stat(vscode.Uri.parse(s.uri));
          changed = now.mtime !== s.mtime || now.size !== s.size;
        } catch (e) {
          // Gone or unreadable now: read again, and the read says why. Anything else is logged.
          if (!(e instanceof vscode.FileSystemError)) this.log.warn(`re-checking ${s.uri}: ${String(e)}`);
          changed = true;
        }
        if (changed) {
          entry.running = undefined;
          this.start(entry, ref, ctx);
          return;
        }
      }
      entry.running = undefined;
    })();
  }
}
