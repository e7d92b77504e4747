// The models of the workspace, per file: the one cache the Models view, the fit diagnostics and the
// inlay hints share. A file's text is read once per change and its mentions kept until it changes
// again (keyed by a hash of the text, so an open document and the file on disk share the entry).
// The scan lists files with the workspace's files.exclude and search.exclude, drops what
// .gitignore files ignore (when search.useIgnoreFiles is on, as VS Code's search does), reads at
// most MAX_FILES files of at most MAX_FILE_CHARS each, yields to the extension host between files,
// shows progress in the Models view and can be stopped. A file system watcher and saves keep it
// current. The recognizing and grouping are the core's (core/workspace/).
import * as vscode from 'vscode';
import { fileMentions, fileMentionSteps, MAX_FILE_CHARS, type Mention } from './core/workspace/fileMentions';
import { languageForPath, SCANNED_GLOBS } from './core/workspace/languageForPath';
import { isIgnored, parseGitignore, type IgnoreRule } from './core/workspace/gitignore';

/** Most files one scan reads; a repository with more is scanned up to this many (the view says so). */
export const MAX_FILES = 10_000;
/** The extension host is given back at least this often (ms) while a scan runs. */
const SLICE_MS = 15;

interface Entry {
  hash: number;
  length: number;
  mentions: Mention[];
  rel: string;
  /** Listed in the view (a scanned file); an open document outside the scan is only cached. */
  listed: boolean;
}

/** FNV-1a over the UTF-16 code units: cheap, and a changed file almost never keeps its hash and length. */
function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface ScanState {
  scanning: boolean;
  files: number;
  /** The file limit stopped the scan short. */
  truncated: boolean;
  cancelled: boolean;
}

export class WorkspaceModels implements vscode.Disposable {
  private readonly files = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) when the mentions of any file changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private scanSource: vscode.CancellationTokenSource | undefined;
  private running: Promise<void> | undefined;
  private ignore: Map<string, IgnoreRule[]> | undefined;
  private fireTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pending = new Set<string>();
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  state: ScanState = { scanning: false, files: 0, truncated: false, cancelled: false };
  /** Files read from disk since activation (for the benchmark: once per change). */
  reads = 0;
  private watching = false;

  constructor(private readonly log: vscode.LogOutputChannel) {
    // an open document outside the scan is cached while it is open only
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument(d => {
        if (this.files.get(d.uri.toString())?.listed === false) this.files.delete(d.uri.toString());
      }),
    );
  }

  /** Starts watching (the first scan is started by whoever shows the models). */
  watch(): void {
    if (this.watching) return;
    this.watching = true;
    for (const glob of [...SCANNED_GLOBS, '**/.gitignore']) {
      const w = vscode.workspace.createFileSystemWatcher(glob);
      this.disposables.push(
        w,
        w.onDidCreate(u => this.queue(u)),
        w.onDidChange(u => this.queue(u)),
        w.onDidDelete(u => this.queue(u)),
      );
    }
    this.disposables.push(
      vscode.workspace.onDidSaveTextDocument(d => this.queue(d.uri)),
      vscode.workspace.onDidRenameFiles(e =>
        e.files.forEach(f => {
          this.queue(f.oldUri);
          this.queue(f.newUri);
        }),
      ),
      vscode.workspace.onDidDeleteFiles(e => e.files.forEach(u => this.queue(u))),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan()),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (['files.exclude', 'search.exclude', 'search.useIgnoreFiles'].some(k => e.affectsConfiguration(k)))
          void this.scan();
      }),
    );
  }

  /** Every scanned file's mentions, by workspace-relative path (the view's input). */
  byFile(): Map<string, Mention[]> {
    const out = new Map<string, Mention[]>();
    for (const e of this.files.values()) if (e.listed && e.mentions.length) out.set(e.rel, e.mentions);
    return out;
  }

  /** The file a path of byFile() names. */
  uriOf(rel: string): vscode.Uri | undefined {
    for (const [uri, e] of this.files) if (e.rel === rel) return vscode.Uri.parse(uri);
    return undefined;
  }

  /** The mentions in a text (an open document's, or a file's): from the cache when the text is the same. */
  mentionsOf(uri: vscode.Uri, text: string, languageId: string): Mention[] {
    const key = uri.toString();
    const hash = textHash(text);
    const hit = this.files.get(key);
    if (hit && hit.hash === hash && hit.length === text.length) return hit.mentions;
    const mentions = fileMentions(text, languageId);
    // open documents outside the scan (untitled, other folders, ignored files) are cached, not listed
    const listed = hit?.listed ?? false;
    this.files.set(key, { hash, length: text.length, mentions, rel: vscode.workspace.asRelativePath(uri), listed });
    if (listed) this.fireSoon();
    return mentions;
  }

  /** Scans the workspace (again); a scan already running is stopped first. */
  scan(): Promise<void> {
    this.scanSource?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.scanSource = source;
    const run = Promise.resolve(
      vscode.window.withProgress(
        { location: { viewId: 'paramLens.models' }, title: vscode.l10n.t('Scanning for models') },
        () => this.scanAll(source.token),
      ),
    ).then(
      () => undefined,
      e => this.log.error('model scan failed', e instanceof Error ? e : String(e)),
    );
    this.running = run;
    return run;
  }

  /** The scan's result: the running or last scan, or a first one (with the watcher) when none ran yet. */
  ready(): Promise<void> {
    if (this.running) return this.running;
    this.watch();
    return this.scan();
  }

  /** Stops a running scan (the files read so far stay listed). */
  cancel(): void {
    this.scanSource?.cancel();
  }

  private async scanAll(token: vscode.CancellationToken): Promise<void> {
    const started = Date.now();
    this.state = { scanning: true, files: 0, truncated: false, cancelled: false };
    void vscode.commands.executeCommand('setContext', 'paramLens.models.scanning', true);
    this.fireSoon();
    try {
      this.ignore = await this.readIgnoreRules(token);
      const uris = await this.list(token);
      const seen = new Set(uris.map(u => u.toString()));
      for (const [key, e] of this.files) if (!seen.has(key)) e.listed = false;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        await this.readFile(uri);
        this.state.files++;
        await this.breathe();
      }
      this.state.truncated = uris.length >= MAX_FILES;
      this.state.cancelled = token.isCancellationRequested;
      this.log.info(
        `model scan: ${this.state.files} files in ${Date.now() - started} ` +
          `ms${this.state.cancelled ? ' (stopped)' : ''}`,
      );
    } finally {
      this.state.scanning = false;
      void vscode.commands.executeCommand('setContext', 'paramLens.models.scanning', false);
      this.fireSoon(0);
    }
  }

  private async list(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const out: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const exclude = excludeGlob(folder);
      for (const glob of SCANNED_GLOBS) {
        if (out.length >= MAX_FILES) break;
        const found = await vscode.workspace.findFiles(
          new vscode.RelativePattern(folder, glob),
          exclude,
          MAX_FILES - out.length,
          token,
        );
        out.push(...found.filter(u => this.wanted(u)));
      }
    }
    const unique = new Map(out.map(u => [u.toString(), u]));
    return [...unique.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  private wanted(uri: vscode.Uri): boolean {
    const rel = vscode.workspace.asRelativePath(uri, false);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const rules = folder ? this.ignore?.get(folder.uri.toString()) : undefined;
    return languageForPath(rel) !== undefined && !(rules && isIgnored(rules, rel));
  }

  /** Per workspace folder, the rules of each of its .gitignore files, shallower files first. */
  private async readIgnoreRules(token: vscode.CancellationToken): Promise<Map<string, IgnoreRule[]>> {
    const out = new Map<string, IgnoreRule[]>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (vscode.workspace.getConfiguration('search', folder.uri).get<boolean>('useIgnoreFiles') === false) continue;
      const found = await vscode.workspace.findFiles(
        new vscode.RelativePattern(folder, '**/.gitignore'),
        excludeGlob(folder),
        1000,
        token,
      );
      const files = found
        .map(u => ({ u, rel: vscode.workspace.asRelativePath(u, false) }))
        .sort((a, b) => a.rel.split('/').length - b.rel.split('/').length || a.rel.localeCompare(b.rel));
      const rules: IgnoreRule[] = [];
      for (const { u, rel } of files) {
        try {
          const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(u));
          rules.push(...parseGitignore(text, rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : ''));
        } catch (e) {
          this.log.warn(`could not read ${rel}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      out.set(folder.uri.toString(), rules);
    }
    return out;
  }

  /** Reads one file (from its open document when there is one) and keeps its mentions. */
  private async readFile(uri: vscode.Uri): Promise<void> {
    const rel = vscode.workspace.asRelativePath(uri, false);
    const languageId = languageForPath(rel);
    if (!languageId) return;
    try {
      const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString() && !d.isDirty);
      let text: string;
      if (open) text = open.getText();
      else {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_FILE_CHARS * 2) {
          this.files.delete(uri.toString());
          return;
        }
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        this.reads++;
      }
      const key = uri.toString();
      const hash = textHash(text);
      const hit = this.files.get(key);
      if (hit && hit.hash === hash && hit.length === text.length) {
        hit.listed = true;
        return;
      }
      const mentions = await this.recognize(text, languageId);
      this.files.set(key, {
        hash,
        length: text.length,
        mentions,
        rel: vscode.workspace.asRelativePath(uri),
        listed: true,
      });
    } catch (e) {
      // a file deleted or unreadable between listing and reading is simply not listed
      this.files.delete(uri.toString());
      if (!(e instanceof vscode.FileSystemError))
        this.log.warn(`could not read ${rel}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Recognizes a text piece by piece, giving the extension host back between pieces when the slice is used up. */
  private async recognize(text: string, languageId: string): Promise<Mention[]> {
    const steps = fileMentionSteps(text, languageId);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      await this.breathe();
    }
  }

  private sliceStart = Date.now();

  /** Yields to the event loop once the current slice of work is over SLICE_MS. */
  private async breathe(): Promise<void> {
    if (Date.now() - this.sliceStart <= SLICE_MS) return;
    await new Promise(r => setTimeout(r, 0));
    this.sliceStart = Date.now();
    if (this.state.scanning) this.fireSoon(500);
  }

  /** Created, changed, deleted or renamed: read again shortly (a burst of events is read once). */
  private queue(uri: vscode.Uri): void {
    if (!this.running) return;
    this.pending.add(uri.toString());
    clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => void this.flush(), 200);
  }

  private async flush(): Promise<void> {
    const uris = [...this.pending].map(s => vscode.Uri.parse(s));
    this.pending.clear();
    if (uris.some(u => u.path.endsWith('/.gitignore'))) {
      await this.scan();
      return;
    }
    for (const uri of uris) {
      let exists = true;
      try {
        await vscode.workspace.fs.stat(uri);
      } catch (e) {
        if (!(e instanceof vscode.FileSystemError)) throw e;
        exists = false;
      }
      if (!exists || !vscode.workspace.getWorkspaceFolder(uri) || !this.wanted(uri)) this.files.delete(uri.toString());
      else await this.readFile(uri);
    }
    this.fireSoon(0);
  }

  /** Tells the view soon: at most once per `ms` (0: at once, replacing a pending notice). */
  private fireSoon(ms = 100): void {
    if (this.fireTimer !== undefined && ms > 0) return;
    clearTimeout(this.fireTimer);
    this.fireTimer = setTimeout(() => {
      this.fireTimer = undefined;
      this.changed.fire();
    }, ms);
  }

  dispose(): void {
    this.scanSource?.cancel();
    clearTimeout(this.fireTimer);
    clearTimeout(this.pendingTimer);
    this.disposables.forEach(d => d.dispose());
    this.changed.dispose();
  }
}

/** files.exclude and search.exclude, as one glob (patterns set to true; `when` clauses are not followed). */
function excludeGlob(folder: vscode.WorkspaceFolder): string | undefined {
  const patterns = new Set<string>();
  for (const section of ['files', 'search']) {
    const map = vscode.workspace.getConfiguration(section, folder.uri).get<Record<string, unknown>>('exclude') ?? {};
    for (const [glob, on] of Object.entries(map)) if (on === true) patterns.add(glob);
  }
  return patterns.size ? `{${[...patterns].join(',')}}` : undefined;
}
