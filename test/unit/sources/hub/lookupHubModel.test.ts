// The Hub look-up against a real HTTP server on 127.0.0.1 (hubServer.ts) answering the Hub's
// documented endpoints from fixtures (hubFixtures.ts): what is read, how many requests it takes,
// where the token goes, and every failure as a one-line reason of the right kind.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lookupHubModel, pickGgufFile } from '../../../../src/sources/hub/lookupHubModel';
import { HubError } from '../../../../src/sources/hub/hubError';
import { modelFromConfig } from '../../../../src/core/model/modelFromConfig';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import { buildEstimateView } from '../../../../src/core/render/estimateView';
import { HubServer } from './hubServer';
import {
  addHubFixtures,
  ADAPTER,
  BERT,
  BROKEN_GGUF,
  GATED,
  GGUF_REPO,
  ORION,
  OTHER_TOKEN,
  PRIVATE,
  TOKEN,
  type HubFixtureBytes,
} from './hubFixtures';
import { CONFIG_DIR } from '../../core/model/realConfigs';

async function rejects(p: Promise<unknown>, kind: string, message: RegExp): Promise<HubError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof HubError, `not a HubError: ${String(e)}`);
    assert.strictEqual(e.kind, kind, e.message);
    assert.match(e.message, message);
    return e;
  }
  return assert.fail('resolved');
}

suite('sources/hub: lookupHubModel against a local Hub server', () => {
  const server = new HubServer();
  let dir: string;
  let bytes: HubFixtureBytes;
  const opts = (extra: Record<string, unknown> = {}) => ({ endpoint: server.url, timeoutMs: 5000, ...extra });

  suiteSetup(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'param-lens-hub-'));
    bytes = addHubFixtures(server, dir);
    await server.start();
  });
  suiteTeardown(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  setup(() => {
    server.requests.length = 0;
  });

  test('a real model-info body: config.json read at its sha, parameters from safetensors, 2 requests', async () => {
    const read = await lookupHubModel({ repo: BERT }, opts());
    assert.strictEqual(read.place, 'hub');
    assert.strictEqual(read.info.params, 110106428);
    assert.strictEqual(read.info.layers, 12);
    assert.strictEqual(read.info.contextLength, 512);
    assert.deepStrictEqual(read.dtypes, { F32: 110106428 });
    assert.strictEqual(read.revision, '86b5e0934494bd15c9632b12f734a8a67f723594');
    assert.strictEqual(read.requests, 2);
    assert.deepStrictEqual(
      server.requests.map(r => new URL(r.url, server.url).pathname),
      [`/api/models/${BERT}/revision/HEAD`, `/${BERT}/resolve/86b5e0934494bd15c9632b12f734a8a67f723594/config.json`],
    );
    const expand = new URL(server.requests[0].url, server.url).searchParams.getAll('expand');
    for (const k of ['sha', 'safetensors', 'cardData', 'siblings']) assert.ok(expand.includes(k), `expand ${k}`);
    assert.ok(
      server.requests.every(r => r.authorization === undefined),
      'no token configured, none sent',
    );
  });

  test('a decoder with no safetensors metadata: the same ModelInfo as modelFromConfig on its file', async () => {
    const read = await lookupHubModel({ repo: ORION }, opts());
    const direct = modelFromConfig(fs.readFileSync(path.join(CONFIG_DIR, 'OrionStarAI--Orion-14B-Chat.json'), 'utf8'), {
      id: ORION,
    });
    assert.strictEqual(read.info.params, direct.params);
    assert.strictEqual(read.info.kvHeads, direct.kvHeads);
    assert.strictEqual(read.dtypes, undefined);
    assert.match(read.notes.join(' '), /parameters counted from config\.json/);
  });

  test("an adapter with no config.json resolves to its card's base_model (4 requests)", async () => {
    const read = await lookupHubModel({ repo: ADAPTER }, opts());
    assert.strictEqual(read.info.id, ADAPTER);
    assert.strictEqual(read.info.baseModel, ORION);
    assert.strictEqual(read.requests, 3);
    assert.match(read.notes[0], /base model OrionStarAI\/Orion-14B-Chat/);
  });

  test('a named uploader mix is priced from its own header: exact bytes, header ranges only', async () => {
    const read = await lookupHubModel({ repo: GGUF_REPO, quant: 'UD-Q4_K_XL' }, opts());
    assert.strictEqual(read.place, 'hub-gguf');
    assert.strictEqual(read.info.ggufTensorBytes, bytes.mix);
    assert.notStrictEqual(bytes.mix, bytes.q4km);
    const e = estimateMemory({ model: read.info, contextTokens: 8192, engine: 'llama.cpp' });
    assert.strictEqual(e.basis, 'exact');
    assert.strictEqual(e.weightsBytes, bytes.mix);
    // The estimate panel prices it the same way: no weights format is assumed for a GGUF header.
    const view = buildEstimateView({ model: read.info, engine: 'llama.cpp' }, 'GiB');
    assert.strictEqual(view.parts.find(p => p.key === 'weights')?.bytes, bytes.mix);
    assert.match(view.subtitle, /the file's own tensor types/);
    assert.strictEqual(read.ggufFiles?.length, 3);
    // model info, tree, resolve (302 to storage), one 2 MB range on storage.
    assert.strictEqual(read.requests, 4);
    const cdn = server.requests.filter(r => r.server === 'cdn');
    assert.strictEqual(cdn.length, 1);
    assert.strictEqual(cdn[0].range, 'bytes=0-2097151');
  });

  test('no quant named: Q4_K_M is read when the repository has it; a quant it lacks is a clear notFound', async () => {
    const read = await lookupHubModel({ repo: GGUF_REPO }, opts());
    assert.strictEqual(read.info.ggufTensorBytes, bytes.q4km);
    assert.match(read.notes.join(' '), /no quant named: Q4_K_M read/);
    await rejects(lookupHubModel({ repo: GGUF_REPO, quant: 'IQ1_S' }, opts()), 'notFound', /no GGUF file for IQ1_S/);
    await rejects(lookupHubModel({ repo: BERT, quant: 'Q4_K_M' }, opts()), 'notFound', /no GGUF file for Q4_K_M/);
  });

  test('a file truncated inside its header is "unreadable: truncated", not a crash', async () => {
    await rejects(lookupHubModel({ repo: BROKEN_GGUF }, opts()), 'unreadable', /truncated/);
  });

  test('gated without a token: a clear message naming the sign-in command; no Authorization sent', async () => {
    await rejects(lookupHubModel({ repo: GATED }, opts()), 'gated', /gated.*Sign in to Hugging Face/);
    assert.ok(server.requests.every(r => r.authorization === undefined));
  });

  test('gated with a token that has no access: says so', async () => {
    await rejects(lookupHubModel({ repo: GATED }, opts({ token: OTHER_TOKEN })), 'gated', /token has no access/);
  });

  test('with a token: read, and the token went to the endpoint only, never to the storage redirect', async () => {
    const read = await lookupHubModel({ repo: GATED }, opts({ token: TOKEN }));
    assert.ok(read.info.params > 7e9);
    const priv = await lookupHubModel({ repo: PRIVATE }, opts({ token: TOKEN }));
    assert.strictEqual(priv.info.id, PRIVATE);
    await lookupHubModel({ repo: GGUF_REPO, quant: 'Q8_0' }, opts({ token: TOKEN }));
    const hub = server.requests.filter(r => r.server === 'hub');
    const cdn = server.requests.filter(r => r.server === 'cdn');
    assert.ok(hub.length >= 6 && hub.every(r => r.authorization === `Bearer ${TOKEN}`));
    assert.ok(cdn.length >= 1 && cdn.every(r => r.authorization === undefined), JSON.stringify(cdn));
  });

  test(
    '404: an unknown id is "not found (a private model needs sign-in)" without a token, notFound with ' + 'one',
    async () => {
      await rejects(
        lookupHubModel({ repo: 'nobody/nothing-here' }, opts()),
        'unauthorized',
        /not found on the Hub.*Sign in/,
      );
      await rejects(lookupHubModel({ repo: PRIVATE }, opts()), 'unauthorized', /not found/);
      await rejects(lookupHubModel({ repo: 'nobody/nothing-here' }, opts({ token: TOKEN })), 'notFound', /not found/);
    },
  );

  test('429 with a short Retry-After: waits once and succeeds; a long one: rateLimited at once', async () => {
    server.rateLimited.set(ORION, { remaining: 1, retryAfter: '1' });
    const started = Date.now();
    const read = await lookupHubModel({ repo: ORION }, opts());
    assert.ok(read.info.params > 7e9);
    assert.ok(Date.now() - started >= 900, 'waited for Retry-After');
    assert.strictEqual(server.requests.length, 3);
    server.requests.length = 0;
    server.rateLimited.set(ORION, { remaining: 5, retryAfter: '120' });
    const e = await rejects(lookupHubModel({ repo: ORION }, opts()), 'rateLimited', /try again in 120 s/);
    assert.strictEqual(e.retryAfterMs, 120_000);
    assert.strictEqual(server.requests.length, 1);
    server.rateLimited.delete(ORION);
  });

  test('a Hub that does not answer: timeout after the limit, not a hang', async () => {
    server.silent.add('slow/model');
    const started = Date.now();
    await rejects(
      lookupHubModel({ repo: 'slow/model' }, opts({ timeoutMs: 300 })),
      'timeout',
      /did not answer within 0.3 s/,
    );
    assert.ok(Date.now() - started < 2000);
  });

  test('cancelled: rejects at once with kind "cancelled"', async () => {
    server.silent.add('slow/model');
    const controller = new AbortController();
    const p = lookupHubModel({ repo: 'slow/model' }, opts({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    await rejects(p, 'cancelled', /cancelled/);
  });

  test('offline (nothing listens at the endpoint): kind "offline" with the host named', async () => {
    const closed = new HubServer();
    await closed.start();
    const url = closed.url;
    await closed.stop();
    await rejects(
      lookupHubModel({ repo: ORION }, { endpoint: url, timeoutMs: 2000 }),
      'offline',
      /could not be reached/,
    );
  });

  test('pickGgufFile: a tag is a whole part of the name; shards after the first and projectors are skipped', () => {
    const files = [
      { path: 'm-Q4_K_M.gguf', size: 1 },
      { path: 'm-Q4_K_S.gguf', size: 1 },
      { path: 'mmproj-F16.gguf', size: 1 },
      { path: 'UD-Q4_K_XL/m-UD-Q4_K_XL-00001-of-00002.gguf', size: 1 },
      { path: 'UD-Q4_K_XL/m-UD-Q4_K_XL-00002-of-00002.gguf', size: 1 },
      { path: 'm-F16.gguf', size: 1 },
    ];
    assert.strictEqual(pickGgufFile(files, 'q4_k_m')?.path, 'm-Q4_K_M.gguf');
    assert.strictEqual(pickGgufFile(files, 'UD-Q4_K_XL')?.path, 'UD-Q4_K_XL/m-UD-Q4_K_XL-00001-of-00002.gguf');
    assert.strictEqual(pickGgufFile(files, 'F16')?.path, 'm-F16.gguf');
    assert.strictEqual(pickGgufFile(files, 'Q4_K'), undefined);
    assert.strictEqual(pickGgufFile([{ path: 'only-Q5_K_M.gguf', size: 1 }], undefined)?.path, 'only-Q5_K_M.gguf');
  });
});
