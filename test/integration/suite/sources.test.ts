// The user's own model files, read in a real VS Code: a GGUF path in the workspace (a real file
// written by llama.cpp), GGUF files written to the specification (sparse, up to 8B parameters),
// a Hugging Face cache and an Ollama store in a fake home folder (fakeStores.ts), and files that
// are missing, truncated, corrupt or broken links. The first hover starts the read; a later one
// shows the file's figures.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, fixture, hoverText, positionOf } from './helpers';
import { writeGguf } from '../../unit/core/model/ggufWriter';
import { llama31Q4KM, LLAMA31_METADATA } from '../../unit/core/model/ggufTables';
import { CLIP_PROJECTOR, writeHfCache, writeOllamaStore } from './fakeStores';
import { LocalModels } from '../../../src/sources/localModels';
import { referenceAt } from '../../../src/sources/referenceAt';

const ENV_KEYS = [
  'HOME',
  'USERPROFILE',
  'HF_HOME',
  'HF_HUB_CACHE',
  'HUGGINGFACE_HUB_CACHE',
  'XDG_CACHE_HOME',
  'OLLAMA_MODELS',
];
const GIB = 2 ** 30;

/** Hovers until the text matches `until` (the read runs in the background); returns every text seen. */
async function hoverUntil(doc: vscode.TextDocument, needle: string, until: RegExp, into = 2): Promise<string[]> {
  const seen: string[] = [];
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = await hoverText(doc.uri, positionOf(doc, needle, into));
    seen.push(text);
    if (until.test(text)) return seen;
    if (Date.now() > deadline) assert.fail(`no hover matching ${until} at ${needle}; last: ${text}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

const untitled = (content: string, language = 'python') => vscode.workspace.openTextDocument({ content, language });

suite('sources: model files on disk, in a real VS Code', () => {
  let root: string;
  let home: string;
  const saved: Record<string, string | undefined> = {};
  let llamaBytes = 0;
  let hf: { commit: string; params: number };

  suiteSetup(async () => {
    await activateExtension();
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'param-lens-home-')));
    home = path.join(root, 'home');
    for (const k of ENV_KEYS) {
      saved[k] = process.env[k];
      delete process.env[k];
    }
    process.env.HOME = home;
    const models = path.join(home, 'models');
    fs.mkdirSync(models, { recursive: true });
    // An 8B Q4_K_M file (4.9 GB apparent, a few kB on disk) and its Ollama blob twin.
    llamaBytes = writeGguf(path.join(models, 'Llama-3.1-8B-Instruct-Q4_K_M.gguf'), LLAMA31_METADATA, llama31Q4KM());
    writeOllamaStore(path.join(home, '.ollama', 'models'), 'llama3.1:8b', f =>
      writeGguf(f, LLAMA31_METADATA, llama31Q4KM()),
    );
    writeOllamaStore(
      path.join(home, '.ollama', 'models'),
      'llava:7b',
      f => writeGguf(f, LLAMA31_METADATA, llama31Q4KM()),
      CLIP_PROJECTOR,
    );
    // A split file: the tensors in three shards, the metadata in the first.
    const tensors = llama31Q4KM();
    const third = Math.ceil(tensors.length / 3);
    for (let i = 0; i < 3; i++) {
      const split = { 'split.no': i, 'split.count': 3 };
      const md = i === 0 ? { ...LLAMA31_METADATA, ...split } : split;
      const shard = tensors.slice(i * third, (i + 1) * third);
      writeGguf(path.join(models, `split-8b-0000${i + 1}-of-00003.gguf`), md, shard);
    }
    writeGguf(path.join(models, 'lonely-00001-of-00002.gguf'), LLAMA31_METADATA, tensors.slice(0, 10));
    // Truncated in the tensor data, and in the header.
    writeGguf(path.join(models, 'truncated.gguf'), LLAMA31_METADATA, tensors);
    fs.truncateSync(path.join(models, 'truncated.gguf'), 2_000_000_000);
    fs.writeFileSync(
      path.join(models, 'cut-header.gguf'),
      fs.readFileSync(fixture('models/ggml-vocab-llama-spm.gguf').fsPath).subarray(0, 300_000),
    );
    // Corrupt: not a GGUF; a GGUF whose version is nonsense.
    fs.writeFileSync(
      path.join(root, 'corrupt.gguf'),
      Buffer.from('<!DOCTYPE html><html>404 Not Found</html>'.repeat(4)),
    );
    const badVersion = Buffer.concat([Buffer.from('GGUF'), Buffer.from([77, 0, 0, 0]), Buffer.alloc(64)]);
    fs.writeFileSync(path.join(models, 'bad-version.gguf'), badVersion);
    // A broken link (the drive it pointed to is gone).
    fs.symlinkSync(path.join(root, 'unmounted', 'big.gguf'), path.join(models, 'gone.gguf'));
    // A file that changes between hovers.
    writeGguf(
      path.join(models, 'changing.gguf'),
      { ...LLAMA31_METADATA, 'llama.context_length': 4096 },
      tensors.slice(0, 12),
    );
    // The Hugging Face cache (default place: ~/.cache/huggingface/hub) and a local checkpoint folder.
    const config = fs.readFileSync(
      path.resolve(fixture('.').fsPath, '../../data/configs/Qwen--Qwen3-0.6B.json'),
      'utf8',
    );
    hf = writeHfCache(path.join(home, '.cache', 'huggingface', 'hub'), config);
    const run3 = path.join(root, 'checkpoints', 'run-3');
    fs.mkdirSync(run3, { recursive: true });
    fs.writeFileSync(path.join(run3, 'config.json'), config);
    fs.writeFileSync(path.join(root, 'checkpoints', 'broken-config.json'), '');
    fs.mkdirSync(path.join(root, 'checkpoints', 'broken'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'checkpoints', 'broken', 'config.json'),
      '{"model_type": "llama", "hidden_size": ',
    );
  });

  suiteTeardown(() => {
    for (const k of ENV_KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    fs.rmSync(root, { recursive: true, force: true });
  });

  test(
    'a real GGUF in the workspace, by a path relative to the document: its header (the hover waits ' + 'briefly)',
    async () => {
      const doc = await vscode.workspace.openTextDocument(fixture('run_local.py'));
      const seen = await hoverUntil(doc, 'models/ggml-vocab-llama-spm.gguf', /Read from/);
      // The first hover waits up to 150 ms for the header; on a slow machine it may still say it is reading.
      assert.match(
        seen[0],
        /Read from|Reading `models\/ggml-vocab-llama-spm\.gguf` from disk \(header only\): hover again/,
      );
      const text = seen[seen.length - 1];
      assert.match(text, /\*\*Read from `models\/ggml-vocab-llama-spm\.gguf`\*\* — its GGUF header/);
      assert.match(
        text,
        /architecture \*\*llama\*\* · [\d,]+ parameters · 32 layers · trained context \*\*4,096\*\* tokens/,
      );
      assert.match(text, /no tensors in the file \(vocabulary only\)/);
    },
  );

  test('a GGUF path that is not on this machine: a quiet one-line note', async () => {
    const doc = await vscode.workspace.openTextDocument(fixture('run_local.py'));
    const seen = await hoverUntil(doc, 'models/not-downloaded-yet.gguf', /not on this machine/);
    assert.match(seen[seen.length - 1], /models\/not-downloaded-yet\.gguf is not on this machine \(looked in models/);
  });

  test('an 8B Q4_K_M file under ~: exact tensor bytes, the mix, the trained context', async () => {
    const doc = await untitled('llm = Llama(model_path="~/models/Llama-3.1-8B-Instruct-Q4_K_M.gguf", n_ctx=8192)');
    // The pointer on the size label inside the path: the file's section, then the label's own hover.
    const text = (await hoverUntil(doc, 'Llama-3.1-8B', /Read from/, 8)).pop()!;
    assert.match(text, /Read from `~\/models\/Llama-3\.1-8B-Instruct-Q4_K_M\.gguf`/);
    assert.match(text, /8,030,261,312 parameters · 32 layers · trained context \*\*131,072\*\* tokens/);
    assert.ok(text.includes(`Weights in the file: **${(llamaBytes / GIB).toFixed(2)} GiB**`), text);
    assert.match(text, /Q4\\_K 80\.9% · Q6\\_K 19\.1%/);
    assert.match(text, /To run it on llama\.cpp at 8,192 tokens: [\d.]+ GiB weights \+ 1\.00 GiB KV cache/);
    // The label's own catalog hover follows the file's section.
    assert.ok(text.indexOf('Read from') < text.indexOf('Llama 3.1 8B'), text);
  });

  test("the run settings written beside the path set the context and engine of the file's figures", async () => {
    const doc = await untitled('llm = Llama(model_path="~/models/Llama-3.1-8B-Instruct-Q4_K_M.gguf", n_ctx=32768)');
    const text = (await hoverUntil(doc, '~/models', /Read from/)).pop()!;
    assert.match(text, /To run it on llama\.cpp at 32,768 tokens: [\d.]+ GiB weights \+ 4\.00 GiB KV cache/);
  });

  test("a split GGUF: every shard's tensors summed, from an absolute path", async () => {
    const doc = await untitled(
      `./llama-server -m ${path.join(home, 'models', 'split-8b-00001-of-00003.gguf')} -c 4096`,
      'shellscript',
    );
    const text = (await hoverUntil(doc, 'split-8b', /Read from|Could not/)).pop()!;
    assert.match(text, /8,030,261,312 parameters/);
    assert.match(text, /3 shards summed/);
    const lonely = await untitled('-m ~/models/lonely-00001-of-00002.gguf', 'shellscript');
    assert.match(
      (await hoverUntil(lonely, 'lonely', /Could not/)).pop()!,
      /lonely-00002-of-00002\.gguf: shard 2 of 2 is missing/,
    );
  });

  test('truncated, corrupt and broken-link files: one-line reasons', async () => {
    const cases: Array<[string, RegExp]> = [
      ['~/models/truncated.gguf', /the file is truncated: its tensors end at byte [\d,]+, the file has 2,000,000,000/],
      ['~/models/cut-header.gguf', /cut-header\.gguf: (the file is truncated|its header is corrupt)/],
      [path.join(root, 'corrupt.gguf'), /corrupt\.gguf: not a GGUF file/],
      [
        '~/models/bad-version.gguf',
        /bad-version\.gguf: its header is corrupt \(not a valid gguf file: unsupported version/,
      ],
      ['~/models/gone.gguf', /gone\.gguf is a symbolic link to something that is not there/],
    ];
    for (const [p, reason] of cases) {
      const doc = await untitled(`m = load("${p}")`);
      const text = (await hoverUntil(doc, p, /Could not read/)).pop()!;
      assert.match(text, reason, p);
      const line = text.split('\n').find(l => l.includes('Could not read'))!;
      assert.ok(line.length < 400, line);
    }
  });

  test('the Hugging Face cache: a model id in code read from config.json and its safetensors headers', async () => {
    const doc = await vscode.workspace.openTextDocument(fixture('run_local.py'));
    const text = (await hoverUntil(doc, 'Qwen/Qwen3-0.6B', /Read from/)).pop()!;
    assert.ok(
      text.includes(`Read from \`~/.cache/huggingface/hub/models--Qwen--Qwen3-0.6B/snapshots/${hf.commit}\``),
      text,
    );
    assert.match(text, /the Hugging Face cache: config\.json and safetensors headers/);
    assert.ok(
      text.includes(
        `architecture **qwen3** · ${hf.params.toLocaleString('en-US')} parameters · 28 layers · ` +
          `trained context **40,960** tokens`,
      ),
      text,
    );
    assert.match(text, /Tensors on disk: BF16 100\.0% of the elements/);
    assert.match(text, /2 safetensors headers: exact parameter count/);
    assert.match(text, new RegExp(`revision ${hf.commit.slice(0, 12)}`));
  });

  test('HF_HUB_CACHE moves the cache: the same id is then not found, silently', async () => {
    process.env.HF_HUB_CACHE = path.join(root, 'elsewhere');
    try {
      const doc = await untitled('AutoModel.from_pretrained("Qwen/Qwen3-0.6B")');
      await hoverText(doc.uri, positionOf(doc, 'Qwen/', 2));
      await new Promise(r => setTimeout(r, 300));
      const text = await hoverText(doc.uri, positionOf(doc, 'Qwen/', 2));
      assert.ok(!text.includes('Read from'), text);
    } finally {
      delete process.env.HF_HUB_CACHE;
    }
  });

  test('the Ollama store: a tag read from its manifest and model blob; a projector layer counted', async () => {
    const doc = await untitled('ollama run llama3.1:8b', 'shellscript');
    const text = (await hoverUntil(doc, 'llama3.1:8b', /Read from/)).pop()!;
    assert.match(text, /Read from `~\/\.ollama\/models\/blobs\/sha256-[0-9a-f]{12}…`\*\* — the Ollama store/);
    assert.match(text, /_llama3\.1:8b in the store_/);
    assert.match(text, /8,030,261,312 parameters · 32 layers · trained context \*\*131,072\*\*/);
    assert.match(text, /To run it on ollama at/);
    const llava = await untitled('ollama pull llava:7b', 'shellscript');
    const t2 = (await hoverUntil(llava, 'llava:7b', /Read from/)).pop()!;
    const projectorParams = CLIP_PROJECTOR.reduce((a, t) => a + t.shape.reduce((x, y) => x * y, 1), 0);
    assert.ok(t2.includes(`vision projector: ${projectorParams.toLocaleString('en-US')} parameters`), t2);
    assert.match(t2, /\+ 17 MiB vision projector ≈ \*\*[\d.]+ GiB\*\*/);
  });

  test('a checkpoint folder in code (from_pretrained of a path) holding a config.json', async () => {
    const run3 = path.join(root, 'checkpoints', 'run-3');
    const doc = await untitled(`model = AutoModelForCausalLM.from_pretrained("${run3}")`);
    const text = (await hoverUntil(doc, 'checkpoints', /Read from/)).pop()!;
    assert.match(text, /its config\.json and safetensors headers/);
    assert.match(text, /architecture \*\*qwen3\*\*/);
    assert.match(text, /no safetensors files: parameters computed from config\.json/);
    const broken = await untitled(`from_pretrained("${path.join(root, 'checkpoints', 'broken')}")`);
    assert.match((await hoverUntil(broken, 'checkpoints', /Could not/)).pop()!, /broken\/config\.json: /);
  });

  test('a file that changes is read again (cached by path and modification time)', async function () {
    this.timeout(30_000);
    const file = path.join(home, 'models', 'changing.gguf');
    const doc = await untitled('m = "~/models/changing.gguf"');
    assert.match((await hoverUntil(doc, '~/models', /Read from/)).pop()!, /trained context \*\*4,096\*\*/);
    writeGguf(file, { ...LLAMA31_METADATA, 'llama.context_length': 32768 }, llama31Q4KM().slice(0, 12));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.match((await hoverUntil(doc, '~/models', /trained context \*\*32,768\*\*/)).pop()!, /Read from/);
  });

  test('a read past its time limit is a one-line reason, and a later hover reads again', async () => {
    const log = vscode.window.createOutputChannel('Param Lens sources test', { log: true });
    try {
      const line = 'm = "~/models/Llama-3.1-8B-Instruct-Q4_K_M.gguf"';
      const ref = referenceAt(line, line.indexOf('~') + 2)!;
      const doc = await untitled(line);
      const slow = new LocalModels(log, 0);
      const state = await slow.settled(ref, slow.context(doc.uri));
      assert.deepStrictEqual(state, {
        state: 'failed',
        reason: `${ref.text}: reading took longer than 0 s (hover again to retry)`,
      });
      const quick = new LocalModels(log);
      const done = await quick.settled(ref, quick.context(doc.uri));
      assert.strictEqual(done.state, 'done');
    } finally {
      log.dispose();
    }
  });

  test('paths that are not models stay silent: a folder without config.json, a source file', async () => {
    const doc = await untitled(`cd ${root} && ls ~/models/ && cat /etc/hostname`, 'shellscript');
    for (const needle of [root, '~/models/', '/etc/hostname']) {
      await hoverText(doc.uri, positionOf(doc, needle, 2));
      await new Promise(r => setTimeout(r, 200));
      const text = await hoverText(doc.uri, positionOf(doc, needle, 2));
      assert.ok(!/Read from|Reading|Could not/.test(text), `${needle}: ${text}`);
    }
  });
});
