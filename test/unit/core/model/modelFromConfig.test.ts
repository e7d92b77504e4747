import * as assert from 'assert';
import { modelFromConfig } from '../../../../src/core/model/modelFromConfig';
import { findCatalogModel } from '../../../../src/core/catalog/lookupModel';
import { kvCacheBytes } from '../../../../src/core/estimate/kvCache';
import { configSources, configText, tolerance } from './realConfigs';

const SOURCES = configSources();
const read = (file: string) => modelFromConfig(configText(file), { id: SOURCES[file].model });
/** Configs of model types this reader does not size (future or remote-code layouts it refuses). */
const REFUSED: Record<string, RegExp> = {
  'moonshotai--Kimi-K3.json': /head_dim/,
};
/** Model types the reader refuses by design, with the message it gives. */
const REFUSED_TYPES: Array<[RegExp, RegExp]> = [
  // Recurrent networks without attention (RWKV, Mamba-1): no heads to size an attention layer by.
  [/^(RWKV--|state-spaces--mamba|tiiuae--falcon-mamba)/, /num_attention_heads/],
  // XGLM names its heads attention_heads.
  [/^facebook--xglm/, /num_attention_heads/],
  // Encoder-decoders of types the reader has no rules for (Switch Transformers' sparse T5 stacks)
  // are refused rather than read as a decoder (unreadableConfigs.ts).
  [/^google--switch-/, /an encoder-decoder \(is_encoder_decoder\) whose two stacks/],
  // ERNIE-VL splits its experts between text and vision in a way this reader does not follow.
  [/^baidu--ERNIE-4\.5-VL/, /moe_intermediate_size/],
  // CSM: a backbone, a depth decoder and a codec in one checkpoint (unreadableConfigs.ts).
  [/--csm-/, /model_type "csm" cannot be sized/],
];
for (const file of Object.keys(SOURCES)) {
  const rule = REFUSED_TYPES.find(([name]) => name.test(file));
  if (rule) REFUSED[file] = rule[1];
}

suite('modelFromConfig: real config.json files (test/data/configs)', () => {
  test('holds at least 100 real configs, each with a repository, path and commit', () => {
    const files = Object.keys(SOURCES);
    assert.ok(files.length >= 100, String(files.length));
    for (const [file, s] of Object.entries(SOURCES)) {
      assert.match(file, /^[^/]+--[^/]+\.json$/, file);
      assert.match(s.commit, /^[0-9a-f]{40}$/, file);
      assert.ok(s.repo.includes('/') && s.path, file);
    }
  });

  test('reads every config into finite, whole-number facts, or refuses with a TypeError', function () {
    this.timeout(30000);
    for (const file of Object.keys(SOURCES)) {
      if (REFUSED[file]) {
        assert.throws(
          () => read(file),
          (e: Error) => e instanceof TypeError && REFUSED[file].test(e.message),
          file,
        );
        continue;
      }
      const m = read(file);
      const counts = ['params', 'layers', 'hiddenSize', 'attentionHeads', 'kvHeads', 'headDim', 'vocabSize'] as const;
      for (const k of counts) {
        assert.ok(Number.isFinite(m[k]) && m[k] > 0, `${file}: ${k} = ${m[k]}`);
      }
      assert.ok(Number.isInteger(m.params), `${file}: params ${m.params}`);
      assert.ok(m.activeParams === undefined || m.activeParams < m.params, file);
      assert.strictEqual(m.resolvedAs, 'config');
      assert.match(m.source, /config\.json \(model_type/, file);
    }
  });

  test('parameter counts are within 0.5 % of the published count (or its rounding), or explained', function () {
    this.timeout(30000);
    const rows: string[] = [];
    let compared = 0;
    for (const [file, s] of Object.entries(SOURCES)) {
      if (REFUSED[file] || !s.publishedParams) continue;
      const m = read(file);
      const x = s.explained;
      if (x) {
        const got = m.params + (x.withMtp ? (m.mtpParams ?? 0) : 0) + (x.plusParams ?? 0);
        const tol = tolerance(x.expectedParams, x.tolerance);
        if (Math.abs(got - x.expectedParams) > tol) rows.push(`${file}: ${got} vs explained ${x.expectedParams}`);
        assert.ok(x.reason.length > 20 && x.expectedSource.length > 10, file);
      } else if (Math.abs(m.params - s.publishedParams) > tolerance(s.publishedParams)) {
        rows.push(`${file}: ${m.params} vs published ${s.publishedParams} (${s.publishedSource})`);
      }
      compared++;
    }
    assert.deepStrictEqual(rows, []);
    assert.ok(compared >= 60, String(compared));
  });

  test('agrees with the hand-checked catalog on parameters and KV cache per engine', function () {
    this.timeout(30000);
    // Where the two differ, the catalog is the one at fault or the files are different models:
    const KNOWN: Record<string, string> = {
      // the catalog counts the .bin file's copy of the tied output matrix
      'tiiuae--falcon-7b.json': 'params',
      // this copy of the config has no vision_config
      'meta-llama--Llama-4-Scout-17B-16E-Instruct.json': 'params',
      'meta-llama--Llama-4-Maverick-17B-128E-Instruct.json': 'params',
      // vision tower from vision_config: 27 M less than the catalog's figure (llama4 projector layout)
      'meta-llama--Llama-4-Maverick-17B-128E-Instruct-FP8.json': 'params',
      // the 128k config is matched to the catalog's 4k entry (2,047-token window)
      'microsoft--Phi-3-mini-128k-instruct.json': 'kv',
      // the Instruct model has the v3 tokenizer's 32,768-token vocabulary; the catalog maps it to the base (32,000)
      'mistralai--Mixtral-8x22B-Instruct-v0.1.json': 'params',
      'microsoft--Phi-3-medium-128k-instruct.json': 'kv',
      // the catalog counts the safetensors' copy of the tied output matrix
      'tiiuae--falcon-40b.json': 'params',
    };
    let checked = 0;
    for (const [file, s] of Object.entries(SOURCES)) {
      const c = findCatalogModel(s.model, false);
      // Only the curated entries: the ones added from these configs would agree by construction.
      if (!c || REFUSED[file] || c.template === false) continue;
      const m = read(file);
      if (KNOWN[file] !== 'params') {
        assert.ok(Math.abs(m.params - c.params) <= 1e-5 * c.params, `${file}: ${m.params} vs catalog ${c.params}`);
      }
      if (KNOWN[file] !== 'kv') {
        for (const engine of ['llama.cpp', 'vllm', 'transformers'] as const) {
          const ours: number = kvCacheBytes(m, engine, 32768, 1, 'F16').bytes;
          const theirs: number = kvCacheBytes(c, engine, 32768, 1, 'F16').bytes;
          assert.strictEqual(ours, theirs, `${file} on ${engine}`);
        }
      }
      checked++;
    }
    assert.ok(checked >= 30, String(checked));
  });
});

suite('modelFromConfig: families', () => {
  test('DeepSeek V3: MLA latent, 3 dense layers, 256 routed + 1 shared expert, MTP apart, FP8', () => {
    const m = read('deepseek-ai--DeepSeek-V3.json');
    assert.strictEqual(m.params, 671026419200);
    assert.deepStrictEqual(
      [m.kvLoraRank, m.qLoraRank, m.qkRopeHeadDim, m.denseLayers, m.experts, m.sharedExperts],
      [512, 1536, 64, 3, 256, 1],
    );
    assert.ok(m.mtpParams! > 11e9 && m.mtpParams! < 12e9, String(m.mtpParams));
    assert.strictEqual(m.releasedQuant, 'FP8');
    assert.ok(Math.abs(m.activeParams! - 37e9) < 0.02 * 37e9, String(m.activeParams));
  });

  test('gpt-oss: alternating 128-token window on half the layers, MXFP4 experts, sinks and biases', () => {
    const m = read('openai--gpt-oss-120b.json');
    assert.strictEqual(m.params, 116829156672);
    assert.deepStrictEqual([m.slidingWindow, m.slidingLayers, m.layers, m.releasedQuant], [128, 18, 36, 'MXFP4']);
    // OpenAI's 5.1B active leaves out the input embedding table.
    const activeWithoutEmbedding = m.activeParams! - m.vocabSize * m.hiddenSize;
    assert.ok(Math.abs(activeWithoutEmbedding - 5.1e9) < 0.01 * 5.1e9, String(activeWithoutEmbedding));
  });

  test('Gemma 3 (text_config nesting): every 6th layer global, vision tower counted', () => {
    const m = read('google--gemma-3-27b-it.json');
    assert.deepStrictEqual([m.modelType, m.layers, m.slidingLayers, m.slidingWindow], ['gemma3_text', 62, 52, 1024]);
    assert.ok(m.visionParams! > 0.4e9 && m.visionParams! < 0.45e9, String(m.visionParams));
    assert.match(m.source, /vision tower/);
  });

  test('Gemma 2: alternating window from the first layer', () => {
    const m = read('google--gemma-2-9b.json');
    assert.deepStrictEqual([m.layers, m.slidingLayers, m.slidingWindow], [42, 21, 4096]);
  });

  test('EXAONE 4: layer_types give 48 sliding layers of 64', () => {
    const m = read('LGAI-EXAONE--EXAONE-4.0-32B.json');
    assert.deepStrictEqual([m.layers, m.slidingLayers], [64, 48]);
  });

  test('Nemotron-H: Mamba-2 layers hold a fixed state, attention layers a KV cache', () => {
    const m = read('nvidia--Nemotron-H-56B-Base-8K.json');
    assert.strictEqual(m.layers, 118);
    assert.strictEqual(m.linearAttentionLayers, 108);
    assert.ok(m.recurrentStateBytes! > 0);
    assert.ok(Math.abs(m.params - 56e9) < 0.01 * 56e9, String(m.params));
  });

  test('Nemotron NAS: block_configs with no-op attention and per-layer FFN widths', () => {
    const m = read('nvidia--Llama-3_3-Nemotron-Super-49B-v1.json');
    assert.strictEqual(m.kvHeads, 8);
    assert.ok(m.linearAttentionLayers! > 0);
    assert.match(m.source, /without attention/);
  });

  test('ChatGLM: multi_query_group_num KV heads of kv_channels width', () => {
    const m = read('THUDM--chatglm3-6b.json');
    assert.deepStrictEqual([m.kvHeads, m.headDim, m.vocabSize], [2, 128, 65024]);
  });

  test('Hunyuan: attention_head_dim and MoE from per-layer lists', () => {
    const file = Object.keys(SOURCES).find(f => /Hunyuan-A13B/.test(f));
    if (!file) return;
    const m = read(file);
    assert.strictEqual(m.headDim, 128);
    assert.ok(m.experts! > 1 && m.activeParams! < m.params);
    assert.ok(Math.abs(m.params - 80e9) < 0.01 * 80e9, String(m.params));
  });

  test('Falcon (RefinedWebModel, n_head, multi_query): one KV head, plain GELU FFN', () => {
    const m = read('tiiuae--falcon-7b.json');
    assert.deepStrictEqual([m.modelType, m.kvHeads, m.gatedFfn, m.tiedEmbeddings], ['falcon', 1, false, true]);
  });

  test('Llama 3.2 Vision: the mllama vision tower is counted from vision_config', () => {
    const m = read('meta-llama--Llama-3.2-11B-Vision-Instruct.json');
    assert.ok(Math.abs(m.visionParams! - 895028755) < 1e-3 * 895028755, String(m.visionParams));
  });

  test('BERT: embeddings, post-norm blocks and pooler', () => {
    const m = read('BAAI--bge-large-en-v1.5.json');
    assert.ok(Math.abs(m.params - 335141888) < 1e-3 * 335141888, String(m.params));
  });
});

suite('modelFromConfig: Qwen3-Next', () => {
  test("Gated DeltaNet and gated full attention: the catalog entry's independent count and state", () => {
    const m = read('Qwen--Qwen3-Next-80B-A3B-Instruct.json');
    const c = findCatalogModel('Qwen/Qwen3-Next-80B-A3B-Instruct')!;
    assert.deepStrictEqual(
      [m.params, m.layers, m.linearAttentionLayers, m.recurrentStateBytes],
      [79674391296, 48, 36, 79036416],
    );
    // The hand computation of the catalog entry's note (before it was read from this config) agrees.
    assert.match(c.note ?? '', /36 x \(32 value heads x 128 x 128 state \+ 8192 x 3 conv state\) x 4 bytes/);
  });
});

suite('modelFromConfig: input handling', () => {
  const llama = {
    model_type: 'llama',
    hidden_size: 64,
    intermediate_size: 128,
    num_hidden_layers: 2,
    num_attention_heads: 4,
    vocab_size: 100,
  };

  test('text with Python literals: Infinity, -Infinity and NaN outside strings, kept inside strings', () => {
    const text =
      '{"model_type": "llama", "hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2,' +
      ' "num_attention_heads": 4, "vocab_size": 100, "time_step_limit": [0.0, Infinity], "x": -Infinity, "y": NaN,' +
      ' "note": "NaN and Infinity stay words here"}';
    const m = modelFromConfig(text);
    assert.ok(m.params > 0);
    assert.throws(() => modelFromConfig('{"model_type": "llama", "hidden_size": NaN}'), TypeError);
  });

  test('a real config with Infinity in it reads (Nemotron-H time_step_limit)', () => {
    assert.match(configText('nvidia--Nemotron-H-56B-Base-8K.json'), /Infinity/);
    assert.ok(read('nvidia--Nemotron-H-56B-Base-8K.json').params > 5e10);
  });

  test('options.parameters (the Hub safetensors count) sets the total; the architecture the active part', () => {
    const m = modelFromConfig(configText('Qwen--Qwen3-30B-A3B.json'), { parameters: { BF16: 30532122624, F32: 1000 } });
    assert.strictEqual(m.params, 30532123624);
    assert.ok(m.activeParams! > 3e9 && m.activeParams! < 3.5e9);
    assert.throws(() => modelFromConfig(llama, { parameters: { BF16: Number.NaN } }), TypeError);
  });

  test('an unknown model_type reads the standard fields and says so', () => {
    const m = modelFromConfig({ ...llama, model_type: 'brand_new_lm', tie_word_embeddings: true });
    assert.match(m.source, /not one this reader knows/);
    assert.strictEqual(m.family, 'other');
  });

  test('a config that cannot describe a model is a TypeError, never NaN', () => {
    for (const bad of ['[]', 'null', '{', '{}', '{"model_type": "llama", "hidden_size": "big"}']) {
      assert.throws(() => modelFromConfig(bad), TypeError, bad);
    }
    assert.throws(() => modelFromConfig({ ...llama, num_attention_heads: 0 }), TypeError);
    assert.throws(() => modelFromConfig({ ...llama, hidden_size: 65 }), TypeError);
    assert.throws(() => modelFromConfig({ ...llama, num_hidden_layers: -1 }), TypeError);
    assert.throws(() => modelFromConfig(42 as unknown as object), TypeError);
  });

  test('an explicit null keeps a field unset (Mistral v0.2 has no sliding window)', () => {
    assert.strictEqual(read('mistralai--Mistral-7B-Instruct-v0.2.json').slidingWindow, undefined);
    assert.strictEqual(read('mistralai--Mistral-7B-v0.1.json').slidingWindow, 4096);
  });
});

suite('modelFromConfig and modelFromGguf through dist/core.js', () => {
  test('are exported by the public bundle and feed estimateMemory', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle, as an outside caller loads it
    const core = require(require('path').resolve(__dirname, '../../../../../dist/core.js')) as Record<string, unknown>;
    assert.strictEqual(typeof core.modelFromConfig, 'function');
    assert.strictEqual(typeof core.modelFromGguf, 'function');
    const fromConfig = core.modelFromConfig as (c: string, o?: object) => { params: number; resolvedAs: string };
    const estimate = core.estimateMemory as (i: object) => { totalBytes: number; basis: string };
    const info = fromConfig(configText('Qwen--Qwen3-8B.json'), { id: 'Qwen/Qwen3-8B' });
    assert.strictEqual(info.resolvedAs, 'config');
    assert.ok(estimate({ model: info, quant: 'Q4_K_M' }).totalBytes > 4e9);
    const lookup = core.lookupModel as (n: string) => { resolvedAs?: string };
    assert.strictEqual(lookup('Qwen3-8B')?.resolvedAs, 'catalog');
  });
});

suite('modelFromConfig: omni and speech checkpoints', () => {
  test("Qwen2.5-Omni is read through its thinker: Qwen2's decoder and the vision tower, speech not counted", () => {
    const m = modelFromConfig(configText('Qwen--Qwen2.5-Omni-7B.json'));
    assert.strictEqual(m.modelType, 'qwen2');
    assert.strictEqual(m.layers, 28);
    assert.ok(m.attentionBias, 'Qwen2 biases on q, k, v');
    assert.match(m.source, /thinker_config: speech and talker parts not counted/);
    // Qwen2.5-7B's 7.62B and a vision tower of about 0.5B
    assert.ok(m.params > 8.0e9 && m.params < 8.3e9, String(m.params));
  });
});
