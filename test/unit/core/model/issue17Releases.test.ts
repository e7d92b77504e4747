// Releases added for issue 17 (names people write that the catalog lacked): what the reader makes
// of their real configs.
import * as assert from 'assert';
import { modelFromConfig } from '../../../../src/core/model/modelFromConfig';
import { configSources, configText } from './realConfigs';
import { lookupModel } from '../../../../src/core/catalog/lookupModel';

const SOURCES = configSources();
const read = (file: string) => modelFromConfig(configText(file), { id: SOURCES[file].model });

suite('modelFromConfig: Qwen2.5-VL vision_config with omitted fields', () => {
  test('32B writes only the tower widths: depth 32, 16 heads and 14-pixel patches are the defaults', () => {
    const written = JSON.parse(configText('Qwen--Qwen2.5-VL-32B-Instruct.json')) as Record<string, unknown>;
    const vision = written.vision_config as Record<string, unknown>;
    assert.strictEqual(vision.depth, undefined);
    const m = read('Qwen--Qwen2.5-VL-32B-Instruct.json');
    // The 72B writes the same tower in full (depth 32, 16 heads, patch 14, width 1280, MLP 3456): the
    // towers differ only in the merger's output width (5120 here, 8192 there).
    const full = read('Qwen--Qwen2.5-VL-72B-Instruct.json');
    const merger = (out: number) => 5120 * out + out;
    assert.strictEqual(m.visionParams! - merger(5120), full.visionParams! - merger(8192));
    assert.deepStrictEqual([m.layers, m.hiddenSize, m.vocabSize], [64, 5120, 152064]);
  });

  test('explicit fields still win over the defaults', () => {
    const cfg = JSON.parse(configText('Qwen--Qwen2.5-VL-32B-Instruct.json')) as Record<string, Record<string, unknown>>;
    const deeper = { ...cfg, vision_config: { ...cfg.vision_config, depth: 16 } };
    const a = modelFromConfig(cfg).visionParams!;
    const b = modelFromConfig(deeper).visionParams!;
    assert.ok(b < a, `${b} < ${a}`);
  });

  test('other Qwen vision towers still need their fields', () => {
    const cfg = JSON.parse(configText('Qwen--Qwen2.5-VL-32B-Instruct.json')) as Record<string, Record<string, unknown>>;
    assert.throws(() => modelFromConfig({ ...cfg, model_type: 'qwen3_vl' }), /depth|num_hidden_layers/);
  });
});

suite('catalog: hand-typed issue-17 entries agree with their sourced shapes', () => {
  // No copy of these configs was reachable; the shapes come from the makers' papers and code. The
  // reader, given those shapes as a config, must count what the catalog says.
  const llama = (h: number, l: number, heads: number, kv: number, ffn: number, vocab: number) =>
    modelFromConfig({
      model_type: 'llama',
      hidden_size: h,
      num_hidden_layers: l,
      num_attention_heads: heads,
      num_key_value_heads: kv,
      intermediate_size: ffn,
      vocab_size: vocab,
      max_position_embeddings: 2048,
      tie_word_embeddings: false,
    }).params;
  // LLaMA's FFN (meta-llama/llama llama/model.py): 2/3 of 4 × dim, rounded up to a multiple of 256.
  const ffn = (d: number) => 256 * Math.ceil(Math.floor((8 * d) / 3) / 256);

  test("LLaMA 7B/13B/30B/65B: the catalog's counts, the paper's rounded 6.7B, 13.0B, 32.5B, 65.2B", () => {
    const rows: [string, number, number, number, number][] = [
      ['7b', 4096, 32, 32, 6.7e9],
      ['13b', 5120, 40, 40, 13.0e9],
      ['30b', 6656, 60, 52, 32.5e9],
      ['65b', 8192, 80, 64, 65.2e9],
    ];
    for (const [size, d, layers, heads, published] of rows) {
      const n = llama(d, layers, heads, heads, ffn(d), 32000);
      assert.strictEqual(lookupModel(`huggyllama/llama-${size}`)?.params, n, size);
      // The paper gives one decimal: within half a unit of it (0.05B) plus rounding of 6.74 → 6.7.
      assert.ok(Math.abs(n - published) <= 0.1e9, `${size}: ${n}`);
    }
    assert.deepStrictEqual([4096, 5120, 6656, 8192].map(ffn), [11008, 13824, 17920, 22016]);
  });

  test('SOLAR 10.7B (48 Mistral-7B-wide layers) and DeepSeek LLM 67B (95 layers, GQA 8) match their names', () => {
    const solar = llama(4096, 48, 32, 8, 14336, 32000);
    assert.strictEqual(lookupModel('upstage/SOLAR-10.7B-v1.0')?.params, solar);
    assert.ok(Math.abs(solar / 10.7e9 - 1) < 0.005, String(solar));
    const ds67 = llama(8192, 95, 64, 8, ffn(8192), 102400);
    assert.strictEqual(lookupModel('deepseek-ai/deepseek-llm-67b-base')?.params, ds67);
    assert.ok(Math.abs(ds67 / 67e9 - 1) < 0.01, String(ds67));
    assert.strictEqual(lookupModel('deepseek-ai/deepseek-llm-7b-base')?.params, llama(4096, 30, 32, 32, 11008, 102400));
  });
});

suite('catalog: issue-17 entries typed from sourced shapes agree with the published counts', () => {
  // [id, published count, its source's precision]
  const rows: [string, number, number][] = [
    ['google/gemma-3-270m', 268098176, 0], // the Hub's exact safetensors count
    ['ibm-granite/granite-4.0-350m-base', 350e6, 0.05e9],
    ['ibm-granite/granite-4.0-micro-base', 3.4e9, 0.05e9],
    ['internlm/internlm2_5-20b-chat', 20e9, 0.5e9],
    ['nvidia/Nemotron-4-340B-Base', 340e9, 5e9],
    ['llava-hf/llava-v1.6-mistral-7b-hf', 7.57e9, 0.005e9],
    ['allenai/Olmo-3-1025-7B', 7.3e9, 0.05e9],
    ['bigscience/bloomz-7b1-mt', 7069016064, 0], // BLOOM 7B1's published count
    ['togethercomputer/RedPajama-INCITE-7B-Base', 6.9e9, 0.05e9],
    ['openbmb/MiniCPM-V-2_6', 8099175152, 0], // the Hub's count: Qwen2-7B + SigLIP + resampler
  ];
  for (const [id, published, precision] of rows) {
    test(`${id}: ${published}`, () => {
      const m = lookupModel(id);
      assert.ok(m, id);
      assert.ok(Math.abs(m.params - published) <= precision, `${m.params}`);
    });
  }
});
