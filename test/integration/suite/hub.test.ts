// The Hub look-up in a real VS Code, against a local Hub server on 127.0.0.1 (the unit tests'
// hubServer.ts and fixtures) that HF_ENDPOINT points the extension at. Consent: "off" sends
// nothing, "onDemand" sends nothing until the hover's command runs, "always" looks up on hover.
// Then: a public id becomes exact, a gated id asks for sign-in, a GGUF repository's named uploader
// mix is priced from its header, HF_TOKEN goes to the endpoint only, offline fails quietly.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, hoverText, positionOf, setSetting } from './helpers';
import { HubServer } from '../../unit/sources/hub/hubServer';
import {
  decoderConfig,
  addHubFixtures,
  LFM,
  GATED,
  GGUF_REPO,
  ORION,
  TOKEN,
  type HubFixtureBytes,
} from '../../unit/sources/hub/hubFixtures';
import { formatBytes } from '../../../src/core/units';
import { modelFromConfig } from '../../../src/core/model/modelFromConfig';

const LOOKUP = 'paramLens.lookUpOnHub';
interface State {
  state: string;
  kind?: string;
  reason?: string;
  read?: { info: { params: number; ggufTensorBytes?: number } };
}

const untitled = (content: string) => vscode.workspace.openTextDocument({ content, language: 'python' });
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

async function hoverUntil(doc: vscode.TextDocument, needle: string, until: RegExp): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = await hoverText(doc.uri, positionOf(doc, needle, 3));
    if (until.test(text)) return text;
    if (Date.now() > deadline) assert.fail(`no hover matching ${until} at ${needle}; last: ${text}`);
    await sleep(100);
  }
}

async function mode(value: 'off' | 'onDemand' | 'always'): Promise<void> {
  await setSetting('hub.lookup', value);
  await sleep(200); // the settings reader follows onDidChangeConfiguration
}

suite('hub: model look-up on a local Hub server, in a real VS Code', () => {
  const server = new HubServer();
  let dir: string;
  let bytes: HubFixtureBytes;
  const saved: Record<string, string | undefined> = {};

  suiteSetup(async () => {
    await activateExtension();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'param-lens-hub-it-'));
    bytes = addHubFixtures(server, dir);
    await server.start();
    for (const k of ['HF_ENDPOINT', 'HF_TOKEN']) {
      saved[k] = process.env[k];
      delete process.env[k];
    }
    process.env.HF_ENDPOINT = server.url;
    await vscode.commands.executeCommand('paramLens.signOutOfHuggingFace');
  });
  suiteTeardown(async () => {
    await setSetting('hub.lookup', undefined);
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  setup(() => {
    server.requests.length = 0;
  });

  test('"off": no offer in the hover, the command refuses, and the server sees no request', async () => {
    await mode('off');
    const doc = await untitled(`model = "${ORION}"\n`);
    const text = await hoverText(doc.uri, positionOf(doc, ORION, 3));
    assert.doesNotMatch(text, /Look up on the Hub/);
    assert.strictEqual(await vscode.commands.executeCommand(LOOKUP, { repo: ORION }), undefined);
    await sleep(300);
    assert.strictEqual(server.requests.length, 0);
  });

  test('"onDemand": the hover offers the look-up and sends nothing; after it, the next hover is exact', async () => {
    await mode('onDemand');
    const doc = await untitled(`model = AutoModelForCausalLM.from_pretrained("${ORION}")\n`);
    const offer = await hoverUntil(doc, ORION, /Look up on the Hub/);
    assert.match(offer, new RegExp(`command:${LOOKUP.replace(/\./g, '\\.')}`));
    assert.match(offer, /sends the id `OrionStarAI\/Orion-14B-Chat` to 127\.0\.0\.1/);
    assert.strictEqual(server.requests.length, 0, 'nothing sent before the click');
    const state = await vscode.commands.executeCommand<State>(LOOKUP, { repo: ORION });
    assert.strictEqual(state?.state, 'done', JSON.stringify(state));
    assert.strictEqual(server.requests.length, 2);
    const exact = await hoverUntil(doc, ORION, /Read from `hf\.co\/OrionStarAI\/Orion-14B-Chat@/);
    assert.match(exact, /config\.json and safetensors parameter counts/);
    assert.match(exact, /To run it on/);
    const api = (await activateExtension()).exports as { estimateView(): { title: string } | undefined };
    assert.match(api.estimateView()?.title ?? '', /Orion-14B-Chat/, 'the answer opened in the estimate panel');
  });

  test('a gated id without a token: the next hover says so and offers sign-in and a retry', async () => {
    await mode('onDemand');
    const state = await vscode.commands.executeCommand<State>(LOOKUP, { repo: GATED });
    assert.strictEqual(state?.kind, 'gated');
    const doc = await untitled(`rm = "${GATED}"\n`);
    const text = await hoverUntil(doc, GATED, /gated/);
    assert.match(text, /Sign in to Hugging Face/);
    assert.match(text, /\[Retry\]/);
    assert.ok(server.requests.every(r => r.authorization === undefined));
  });

  test('HF_TOKEN: the gated id is read on retry; the token reached the endpoint only', async () => {
    process.env.HF_TOKEN = TOKEN;
    try {
      const state = await vscode.commands.executeCommand<State>(LOOKUP, { repo: GATED }, { retry: true });
      assert.strictEqual(state?.state, 'done', JSON.stringify(state));
      const gguf = await vscode.commands.executeCommand<State>(LOOKUP, { repo: GGUF_REPO, quant: 'Q8_0' });
      assert.strictEqual(gguf?.state, 'done');
      assert.strictEqual(gguf?.read?.info.ggufTensorBytes, bytes.q8);
      const hub = server.requests.filter(r => r.server === 'hub');
      const cdn = server.requests.filter(r => r.server === 'cdn');
      assert.ok(hub.length > 0 && hub.every(r => r.authorization === `Bearer ${TOKEN}`));
      assert.ok(cdn.length > 0 && cdn.every(r => r.authorization === undefined));
    } finally {
      delete process.env.HF_TOKEN;
    }
  });

  test('a GGUF repository: the named uploader mix is priced from its own header', async () => {
    await mode('onDemand');
    const line = `ollama run hf.co/${GGUF_REPO}:UD-Q4_K_XL\n`;
    const doc = await untitled(line);
    await hoverUntil(doc, 'hf.co/', /Look up on the Hub/);
    const state = await vscode.commands.executeCommand<State>(LOOKUP, { repo: GGUF_REPO, quant: 'UD-Q4_K_XL' });
    assert.strictEqual(state?.read?.info.ggufTensorBytes, bytes.mix);
    assert.strictEqual(server.requests.length, 4);
    const api = (await activateExtension()).exports as {
      estimateView(): { parts: Array<{ key: string; bytes: number }> };
    };
    assert.strictEqual(
      api.estimateView().parts.find(p => p.key === 'weights')?.bytes,
      bytes.mix,
      'the panel is exact too',
    );
    const text = await hoverUntil(doc, 'hf.co/', /Weights in the file/);
    const weights = formatBytes(bytes.mix, 'GiB');
    assert.ok(text.includes(`Weights in the file: **${weights}**`), text);
    assert.match(text, /UD-Q4_K_XL\.gguf/);
    assert.match(text, /Files in the repository/);
  });

  test('"always": hovering an unknown id looks it up; the next hover shows the figures', async () => {
    await mode('always');
    const doc = await untitled(`m = AutoModelForCausalLM.from_pretrained("${LFM}")\n`);
    const text = await hoverUntil(doc, LFM, new RegExp(`Read from \`hf\\.co/${LFM}@`));
    // no safetensors metadata on this fixture: the count is the config's, as the reader makes it
    const counted = modelFromConfig(decoderConfig(LFM).toString('utf8')).params;
    assert.ok(text.includes(`${counted.toLocaleString('en-US')} parameters`), text);
    assert.strictEqual(server.seen(LFM).length, 2);
  });

  test('offline: the look-up ends "offline" without throwing (no error popup), the hover offers a retry', async () => {
    await mode('onDemand');
    const closed = new HubServer();
    await closed.start();
    const url = closed.url;
    await closed.stop();
    process.env.HF_ENDPOINT = url;
    try {
      const state = await vscode.commands.executeCommand<State>(LOOKUP, { repo: 'someone/new-model-7b' });
      assert.strictEqual(state?.kind, 'offline', JSON.stringify(state));
      const doc = await untitled('m = "someone/new-model-7b"\n');
      const text = await hoverUntil(doc, 'someone/', /could not be reached/);
      assert.match(text, /\[Retry\]/);
    } finally {
      process.env.HF_ENDPOINT = server.url;
    }
  });
});
