// HubModels and HubCache against the local Hub server, with the disk cache in a temporary folder:
// one request per target however many ask at once, answers kept across a restart (a new
// HubModels over the same folder makes no request), failures that may change never kept,
// cancellation, and the cache's time to live and size bound.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HubModels, type HubState } from '../../../../src/sources/hub/hubModels';
import { HubCache, cacheFileName, type CacheStore } from '../../../../src/sources/hub/hubCache';
import { HubError } from '../../../../src/sources/hub/hubError';
import type { HubRead } from '../../../../src/sources/hub/hubRead';
import { HubServer } from './hubServer';
import { addHubFixtures, BERT, GATED, GGUF_REPO, ORION } from './hubFixtures';

/** A CacheStore on a folder of the local disk (the extension's uses vscode.workspace.fs). */
export function folderStore(dir: string): CacheStore {
  return {
    read: async name =>
      fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name), 'utf8') : undefined,
    write: async (name, text) => {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    },
    remove: async name => fs.rmSync(path.join(dir, name), { force: true }),
    list: async () =>
      (fs.existsSync(dir) ? fs.readdirSync(dir) : []).map(name => {
        const s = fs.statSync(path.join(dir, name));
        return { name, size: s.size, mtime: s.mtimeMs };
      }),
  };
}

suite('sources/hub: HubModels (sharing, disk cache across a restart, cancellation)', () => {
  const server = new HubServer();
  let dir: string;
  let cacheDir: string;
  const models = (timeoutMs = 5000) =>
    new HubModels({
      cache: new HubCache(folderStore(cacheDir)),
      options: async () => ({ endpoint: server.url, timeoutMs }),
      totalTimeoutMs: 10_000,
    });

  suiteSetup(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'param-lens-hub-models-'));
    cacheDir = path.join(dir, 'cache');
    addHubFixtures(server, path.join(dir, 'files'));
    await server.start();
  });
  suiteTeardown(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  setup(() => {
    server.requests.length = 0;
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  test('five concurrent asks of one id share one look-up (2 requests)', async () => {
    const hub = models();
    const states = await Promise.all(Array.from({ length: 5 }, () => hub.lookUp({ repo: BERT })));
    assert.ok(states.every(s => s.state === 'done'));
    assert.strictEqual(server.requests.length, 2);
    assert.strictEqual(hub.peek({ repo: BERT }).state, 'done');
  });

  test('peek never waits: unknown, then looking while the request runs, then done', async () => {
    const hub = models();
    assert.strictEqual(hub.peek({ repo: ORION }).state, 'unknown');
    const p = hub.lookUp({ repo: ORION });
    await new Promise(r => setTimeout(r, 0));
    const mid = hub.peek({ repo: ORION }).state;
    assert.ok(mid === 'looking' || mid === 'unknown', mid);
    assert.strictEqual((await p).state, 'done');
  });

  test('a restart (new HubModels over the same folder) answers from disk: no request at all', async () => {
    const first = models();
    const read = await first.lookUp({ repo: GGUF_REPO, quant: 'UD-Q4_K_XL' });
    assert.strictEqual(read.state, 'done');
    const before = server.requests.length;
    assert.strictEqual(before, 4);
    const second = models();
    assert.strictEqual(second.peek({ repo: GGUF_REPO, quant: 'ud-q4_k_xl' }).state, 'unknown');
    const known = await second.known({ repo: GGUF_REPO, quant: 'ud-q4_k_xl' });
    assert.strictEqual(known.state, 'done');
    const again = await second.lookUp({ repo: GGUF_REPO, quant: 'UD-Q4_K_XL' });
    assert.strictEqual(server.requests.length, before, 'no request after the restart');
    const a = (read as { read: HubRead }).read.info;
    const b = (again as { read: HubRead }).read.info;
    assert.deepStrictEqual(b, a, 'the ModelInfo survives the JSON round trip');
  });

  test('a gated failure is not kept on disk (a sign-in changes it); retry asks again', async () => {
    const hub = models();
    const failed = await hub.lookUp({ repo: GATED });
    assert.strictEqual(failed.state, 'failed');
    assert.strictEqual((failed as { kind: string }).kind, 'gated');
    assert.strictEqual(fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).length : 0, 0);
    const n = server.requests.length;
    await hub.lookUp({ repo: GATED }, true);
    assert.ok(server.requests.length > n);
  });

  test('cancel: the running look-up ends as "cancelled" at once', async () => {
    server.silent.add('slow/one');
    const hub = models();
    const p = hub.lookUp({ repo: 'slow/one' });
    setTimeout(() => hub.cancel({ repo: 'slow/one' }), 50);
    const started = Date.now();
    const state: HubState = await p;
    assert.strictEqual(state.state, 'failed');
    assert.strictEqual((state as { kind: string }).kind, 'cancelled');
    assert.ok(Date.now() - started < 2000);
  });

  test('offline: a failed state with a reason, nothing thrown, nothing kept', async () => {
    const closed = new HubServer();
    await closed.start();
    const url = closed.url;
    await closed.stop();
    const hub = new HubModels({
      cache: new HubCache(folderStore(cacheDir)),
      options: async () => ({ endpoint: url, timeoutMs: 2000 }),
    });
    const state = await hub.lookUp({ repo: ORION });
    assert.strictEqual(state.state, 'failed');
    assert.strictEqual((state as { kind: string }).kind, 'offline');
    assert.strictEqual(fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).length : 0, 0);
  });
});

suite('sources/hub: HubCache (time to live, size bound, foreign files)', () => {
  const memory = () => {
    const files = new Map<string, { text: string; mtime: number }>();
    let clock = 0;
    const store: CacheStore = {
      read: async n => files.get(n)?.text,
      write: async (n, text) => {
        files.set(n, { text, mtime: ++clock });
      },
      remove: async n => {
        files.delete(n);
      },
      list: async () => [...files].map(([name, f]) => ({ name, size: f.text.length, mtime: f.mtime })),
    };
    return { files, store };
  };
  const read = { info: { id: 'a/b' }, from: 'x', place: 'hub', notes: [], requests: 2 } as unknown as HubRead;

  test('fresh within the TTL, gone after; lasting failures kept for their shorter TTL; others not kept', async () => {
    let now = 1_000_000;
    const { store, files } = memory();
    const cache = new HubCache(store, { ttlMs: 1000, failureTtlMs: 100, maxFiles: 10, maxBytes: 1e6 }, () => now);
    await cache.put('a', { ok: read });
    await cache.put('nf', { error: new HubError('notFound', 'x: not found') });
    await cache.put('off', { error: new HubError('offline', 'offline') });
    assert.strictEqual(files.size, 2);
    now += 500;
    assert.ok(await cache.get('a'));
    assert.strictEqual(await cache.get('nf'), undefined);
    now += 600;
    assert.strictEqual(await cache.get('a'), undefined);
  });

  test('the bound: at most maxFiles, the oldest removed first; a corrupt or foreign file is a miss', async () => {
    const { store, files } = memory();
    const cache = new HubCache(store, { ttlMs: 1e9, failureTtlMs: 1e9, maxFiles: 3, maxBytes: 1e6 });
    for (const k of ['k1', 'k2', 'k3', 'k4', 'k5']) await cache.put(k, { ok: read });
    assert.strictEqual(files.size, 3);
    assert.strictEqual(await cache.get('k1'), undefined);
    assert.ok(await cache.get('k5'));
    files.set(cacheFileName('k5'), { text: '{not json', mtime: 99 });
    assert.strictEqual(await cache.get('k5'), undefined);
    files.set(cacheFileName('k4'), {
      text: JSON.stringify({ version: 1, key: 'other', savedAt: Date.now(), answer: { ok: read } }),
      mtime: 99,
    });
    assert.strictEqual(await cache.get('k4'), undefined);
  });

  test('the byte bound keeps the newest files under maxBytes', async () => {
    const { store, files } = memory();
    const cache = new HubCache(store, { ttlMs: 1e9, failureTtlMs: 1e9, maxFiles: 100, maxBytes: 700 });
    for (const k of ['a', 'b', 'c', 'd', 'e']) await cache.put(k, { ok: read });
    const total = [...files.values()].reduce((s, f) => s + f.text.length, 0);
    assert.ok(total <= 700 && files.size >= 1, `${files.size} files, ${total} bytes`);
    assert.ok(await cache.get('e'));
  });

  test('cacheFileName: stable, 16 hex digits, different for different keys', () => {
    assert.strictEqual(cacheFileName('a/b||'), cacheFileName('a/b||'));
    assert.match(cacheFileName('x'), /^[0-9a-f]{16}\.json$/);
    assert.notStrictEqual(cacheFileName('a/b||Q4_K_M'), cacheFileName('a/b||Q8_0'));
  });
});
