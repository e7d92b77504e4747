// A local stand-in for the Hugging Face Hub on 127.0.0.1, for tests: it answers the documented
// endpoints the look-up uses, from fixture files and GGUF files written to the spec:
//   GET /api/models/<org>/<name>[/revision/<rev>]?expand=…   model info (@huggingface/hub modelInfo)
//   GET /api/models/<org>/<name>/tree/<rev>?recursive=…     tree listing (@huggingface/hub listFiles)
//   GET /<org>/<name>/resolve/<rev>/<path>                   a file; .gguf files redirect (302) to a
//                                                            second server standing for the storage CDN,
//                                                            which answers Range requests with 206.
// Errors as the Hub sends them (status and X-Error-Code, as huggingface_hub's hf_raise_for_status
// reads them, huggingface/huggingface_hub src/huggingface_hub/utils/_http.py at
// ee0a4510f4bc15e26cb722be2efc2bdb01383ca0): an unknown repository is 401 RepoNotFound without a
// token and 404 with one; a gated repository's files are 401 GatedRepo without a token and 403
// GatedRepo with a token that has no access; 429 carries Retry-After. Every request is recorded
// with the Authorization header it carried.
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface HubFile {
  path: string;
  size: number;
  bytes?: Buffer;
  diskPath?: string;
}
export interface HubRepo {
  /** The model info body (all fields); the answer keeps the expanded ones, as the Hub does. */
  info: Record<string, unknown>;
  files: HubFile[];
  /** A tree listing body to answer verbatim (a real one), instead of one built from `files`. */
  tree?: unknown[];
  gated?: boolean;
  /** Tokens that may read a gated or private repository. */
  access?: string[];
  private?: boolean;
}
export interface SeenRequest {
  server: 'hub' | 'cdn';
  method: string;
  url: string;
  authorization?: string;
  range?: string;
}

export class HubServer {
  readonly repos = new Map<string, HubRepo>();
  readonly requests: SeenRequest[] = [];
  /** Repositories answered 429 for the next N requests, with this Retry-After (seconds). */
  readonly rateLimited = new Map<string, { remaining: number; retryAfter: string }>();
  /** Repositories whose requests are never answered (for time limits). */
  readonly silent = new Set<string>();
  private hub?: http.Server;
  private cdn?: http.Server;
  private held: http.ServerResponse[] = [];
  url = '';
  cdnUrl = '';

  async start(): Promise<void> {
    this.hub = http.createServer((q, r) => this.answerHub(q, r));
    this.cdn = http.createServer((q, r) => this.answerCdn(q, r));
    await Promise.all([this.hub, this.cdn].map(s => new Promise<void>(ok => s.listen(0, '127.0.0.1', ok))));
    this.url = `http://127.0.0.1:${(this.hub.address() as AddressInfo).port}`;
    this.cdnUrl = `http://127.0.0.1:${(this.cdn.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const r of this.held) r.destroy();
    this.held = [];
    for (const s of [this.hub, this.cdn]) {
      s?.closeAllConnections();
      await new Promise<void>(ok => (s ? s.close(() => ok()) : ok()));
    }
  }

  /** Requests whose URL contains `part` (e.g. a repository id). */
  seen(part: string): SeenRequest[] {
    return this.requests.filter(r => decodeURIComponent(r.url).includes(part));
  }

  private record(server: 'hub' | 'cdn', q: http.IncomingMessage): void {
    this.requests.push({
      server,
      method: q.method ?? 'GET',
      url: q.url ?? '',
      ...(q.headers.authorization ? { authorization: q.headers.authorization } : {}),
      ...(q.headers.range ? { range: String(q.headers.range) } : {}),
    });
  }

  private json(r: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(body);
    r.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      ...headers,
    });
    r.end(text);
  }

  private token(q: http.IncomingMessage): string | undefined {
    const m = /^Bearer (.+)$/.exec(q.headers.authorization ?? '');
    return m?.[1];
  }

  private answerHub(q: http.IncomingMessage, r: http.ServerResponse): void {
    this.record('hub', q);
    const url = new URL(q.url ?? '/', this.url);
    const path = decodeURIComponent(url.pathname);
    const api = /^\/api\/models\/([^/]+\/[^/]+)(?:\/revision\/([^/]+))?$/.exec(path);
    const tree = /^\/api\/models\/([^/]+\/[^/]+)\/tree\/([^/]+)(?:\/(.*))?$/.exec(path);
    const resolve = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(path);
    const repoId = (api ?? tree ?? resolve)?.[1];
    if (!repoId) return this.json(r, 404, { error: 'Not found' });
    if (this.silent.has(repoId)) {
      this.held.push(r);
      return;
    }
    const limit = this.rateLimited.get(repoId);
    if (limit && limit.remaining > 0) {
      limit.remaining--;
      return this.json(r, 429, { error: 'Too many requests' }, { 'retry-after': limit.retryAfter });
    }
    const repo = this.repos.get(repoId);
    const token = this.token(q);
    const allowed = !!repo && (!repo.private || (!!token && !!repo.access?.includes(token)));
    if (!repo || !allowed) {
      return this.json(r, token ? 404 : 401, { error: 'Repository not found' }, { 'x-error-code': 'RepoNotFound' });
    }
    if (api) return this.json(r, 200, this.expanded(repo, url.searchParams.getAll('expand')));
    const revisionOk = (rev: string) => ['main', 'HEAD', String(repo.info.sha)].includes(rev);
    if (tree) {
      if (!revisionOk(tree[2]))
        return this.json(r, 404, { error: 'Invalid rev id' }, { 'x-error-code': 'RevisionNotFound' });
      if (repo.tree) return this.json(r, 200, repo.tree);
      const recursive = url.searchParams.get('recursive') === 'true';
      const under = tree[3] ? `${tree[3]}/` : '';
      const entries = repo.files
        .filter(f => f.path.startsWith(under) && (recursive || !f.path.slice(under.length).includes('/')))
        .map(f => ({
          type: 'file',
          oid: 'f'.repeat(40),
          size: f.size,
          path: f.path,
          ...(f.path.endsWith('.gguf') ? { lfs: { oid: 'a'.repeat(64), size: f.size, pointerSize: 134 } } : {}),
        }));
      return this.json(r, 200, entries);
    }
    const [, , rev, filePath] = resolve!;
    if (!revisionOk(rev)) return this.json(r, 404, { error: 'Invalid rev id' }, { 'x-error-code': 'RevisionNotFound' });
    if (repo.gated && !(token && repo.access?.includes(token))) {
      const message =
        `Access to model ${repoId} is restricted. You must have access to it and be authenticated ` + `to access it.`;
      return this.json(
        r,
        token ? 403 : 401,
        { error: message },
        { 'x-error-code': 'GatedRepo', 'x-error-message': message },
      );
    }
    const file = repo.files.find(f => f.path === filePath);
    if (!file) return this.json(r, 404, { error: 'Entry not found' }, { 'x-error-code': 'EntryNotFound' });
    if (filePath.endsWith('.gguf')) {
      r.writeHead(302, { location: `${this.cdnUrl}/${repoId}/${encodeURIComponent(filePath)}`, 'content-length': 0 });
      return void r.end();
    }
    const bytes = this.bytes(file);
    r.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length });
    r.end(bytes);
  }

  private answerCdn(q: http.IncomingMessage, r: http.ServerResponse): void {
    this.record('cdn', q);
    const m = /^\/([^/]+\/[^/]+)\/(.+)$/.exec(decodeURIComponent(new URL(q.url ?? '/', this.cdnUrl).pathname));
    const file = m && this.repos.get(m[1])?.files.find(f => f.path === m[2]);
    if (!file) return this.json(r, 404, { error: 'Not found' });
    const size = this.fileSize(file);
    const range = /^bytes=(\d+)-(\d*)$/.exec(String(q.headers.range ?? ''));
    if (!range) {
      r.writeHead(200, { 'content-length': size });
      return void r.end(this.slice(file, 0, size));
    }
    const start = Number(range[1]);
    const end = Math.min(size - 1, range[2] ? Number(range[2]) : size - 1);
    if (start >= size) {
      r.writeHead(416, { 'content-range': `bytes */${size}` });
      return void r.end();
    }
    const body = this.slice(file, start, end + 1);
    r.writeHead(206, {
      'content-range': `bytes ${start}-${end}/${size}`,
      'content-length': body.length,
      'accept-ranges': 'bytes',
    });
    r.end(body);
  }

  private expanded(repo: HubRepo, expand: string[]): Record<string, unknown> {
    const keep = new Set(['_id', 'id', ...expand]);
    return Object.fromEntries(Object.entries(repo.info).filter(([k]) => keep.has(k)));
  }

  private fileSize(file: HubFile): number {
    return file.diskPath ? fs.statSync(file.diskPath).size : (file.bytes?.length ?? 0);
  }

  private bytes(file: HubFile): Buffer {
    return file.diskPath ? fs.readFileSync(file.diskPath) : (file.bytes ?? Buffer.alloc(0));
  }

  private slice(file: HubFile, start: number, end: number): Buffer {
    if (!file.diskPath) return (file.bytes ?? Buffer.alloc(0)).subarray(start, end);
    const b = Buffer.alloc(Math.max(0, end - start));
    const fd = fs.openSync(file.diskPath, 'r');
    try {
      fs.readSync(fd, b, 0, b.length, start);
    } finally {
      fs.closeSync(fd);
    }
    return b;
  }
}
