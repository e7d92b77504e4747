import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gguf } from '@huggingface/gguf';
import { modelFromGguf } from '../../../../src/core/model/modelFromGguf';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import { TYPE, writeGguf, type TensorSpec } from './ggufWriter';
import { llama31Q4KM, LLAMA31_METADATA } from './ggufTables';

const FIXTURES = '/work/shared/fixtures/gguf';
const fixturesHere = fs.existsSync(FIXTURES);
const read = (file: string) => gguf(file, { allowLocalFile: true });

suite('modelFromGguf: files written to the GGUF specification, read back with @huggingface/gguf', () => {
  let dir: string;
  suiteSetup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'param-lens-gguf-'));
  });
  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("Llama 3.1 8B Q4_K_M: parameters are the tensors' elements, weights their exact bytes", async () => {
    const file = path.join(dir, 'Llama-3.1-8B-Instruct-Q4_K_M.gguf');
    const bytes = writeGguf(file, LLAMA31_METADATA, llama31Q4KM());
    const header = await read(file);
    const m = modelFromGguf(header);
    assert.strictEqual(m.resolvedAs, 'gguf');
    assert.strictEqual(m.params, 8030261248 + 64);
    assert.strictEqual(m.ggufTensorBytes, bytes);
    assert.deepStrictEqual(
      [m.layers, m.kvHeads, m.headDim, m.vocabSize, m.tiedEmbeddings],
      [32, 8, 128, 128256, false],
    );
    const e = estimateMemory({ model: m, contextTokens: 8192 });
    assert.strictEqual(e.weightsBytes, bytes);
    assert.strictEqual(e.basis, 'exact');
    // The KV cache comes from the header and agrees with the catalog model's; the catalog's
    // Q4_K_M pricing (llama.cpp's per-tensor rules) lands within 0.5 % of the file written here.
    const catalog = estimateMemory({ model: 'meta-llama/Llama-3.1-8B', quant: 'Q4_K_M', contextTokens: 8192 });
    assert.strictEqual(e.kvCacheBytes, catalog.kvCacheBytes);
    assert.ok(Math.abs(catalog.weightsBytes - bytes) < 0.005 * bytes, `${catalog.weightsBytes} vs ${bytes}`);
    // A format named explicitly prices the architecture in that format instead.
    const q8 = estimateMemory({ model: m, quant: 'Q8_0' });
    assert.notStrictEqual(q8.weightsBytes, bytes);
    assert.strictEqual(q8.basis, 'config');
  });

  test('MLA and experts (DeepSeek V2 layout): latent KV cache, shared experts, dense first layer', async () => {
    const h = 256,
      heads = 4,
      kvLora = 64,
      qLora = 96,
      rope = 16,
      nope = 32,
      v = 32,
      experts = 8,
      ew = 64,
      vocab = 1000;
    const t: TensorSpec[] = [
      { name: 'token_embd.weight', shape: [h, vocab], type: TYPE.F16 },
      { name: 'output.weight', shape: [h, vocab], type: TYPE.F16 },
      { name: 'output_norm.weight', shape: [h], type: TYPE.F32 },
    ];
    for (let i = 0; i < 4; i++) {
      t.push(
        { name: `blk.${i}.attn_norm.weight`, shape: [h], type: TYPE.F32 },
        { name: `blk.${i}.attn_q_a.weight`, shape: [h, qLora], type: TYPE.F16 },
        { name: `blk.${i}.attn_q_a_norm.weight`, shape: [qLora], type: TYPE.F32 },
        { name: `blk.${i}.attn_q_b.weight`, shape: [qLora, heads * (nope + rope)], type: TYPE.F16 },
        { name: `blk.${i}.attn_kv_a_mqa.weight`, shape: [h, kvLora + rope], type: TYPE.F16 },
        { name: `blk.${i}.attn_kv_a_norm.weight`, shape: [kvLora], type: TYPE.F32 },
        { name: `blk.${i}.attn_kv_b.weight`, shape: [kvLora, heads * (nope + v)], type: TYPE.F16 },
        { name: `blk.${i}.attn_output.weight`, shape: [heads * v, h], type: TYPE.F16 },
        { name: `blk.${i}.ffn_norm.weight`, shape: [h], type: TYPE.F32 },
      );
      if (i === 0) {
        for (const p of ['gate', 'up']) t.push({ name: `blk.0.ffn_${p}.weight`, shape: [h, 512], type: TYPE.F16 });
        t.push({ name: 'blk.0.ffn_down.weight', shape: [512, h], type: TYPE.F16 });
      } else {
        t.push({ name: `blk.${i}.ffn_gate_inp.weight`, shape: [h, experts], type: TYPE.F32 });
        for (const p of ['gate', 'up']) {
          t.push({ name: `blk.${i}.ffn_${p}_exps.weight`, shape: [h, ew, experts], type: TYPE.Q8_0 });
        }
        t.push({ name: `blk.${i}.ffn_down_exps.weight`, shape: [ew, h, experts], type: TYPE.Q8_0 });
        for (const p of ['gate', 'up']) {
          t.push({ name: `blk.${i}.ffn_${p}_shexp.weight`, shape: [h, ew], type: TYPE.F16 });
        }
        t.push({ name: `blk.${i}.ffn_down_shexp.weight`, shape: [ew, h], type: TYPE.F16 });
      }
    }
    const file = path.join(dir, 'tiny-deepseek2.gguf');
    const bytes = writeGguf(
      file,
      {
        'general.architecture': 'deepseek2',
        'deepseek2.block_count': 4,
        'deepseek2.context_length': 4096,
        'deepseek2.embedding_length': h,
        'deepseek2.feed_forward_length': 512,
        'deepseek2.attention.head_count': heads,
        'deepseek2.attention.head_count_kv': heads,
        'deepseek2.attention.key_length': nope + rope,
        'deepseek2.attention.value_length': v,
        'deepseek2.attention.kv_lora_rank': kvLora,
        'deepseek2.attention.q_lora_rank': qLora,
        'deepseek2.rope.dimension_count': rope,
        'deepseek2.leading_dense_block_count': 1,
        'deepseek2.expert_count': experts,
        'deepseek2.expert_used_count': 2,
        'deepseek2.expert_shared_count': 1,
        'deepseek2.expert_feed_forward_length': ew,
        'deepseek2.vocab_size': vocab,
      },
      t,
    );
    const m = modelFromGguf(await read(file), { id: 'tiny-deepseek2' });
    assert.strictEqual(m.id, 'tiny-deepseek2');
    assert.deepStrictEqual(
      [m.kvLoraRank, m.qkRopeHeadDim, m.experts, m.expertsPerToken, m.denseLayers, m.sharedExperts],
      [kvLora, rope, experts, 2, 1, 1],
    );
    // The metadata alone (no tensor table) gives the same count from the architecture.
    const header = await read(file);
    const fromMetadata = modelFromGguf({ metadata: header.metadata, tensorInfos: [] });
    assert.strictEqual(fromMetadata.params, m.params);
    const e = estimateMemory({ model: m, contextTokens: 4096, engine: 'llama.cpp' });
    assert.strictEqual(e.weightsBytes, bytes);
    // One latent of kv_lora_rank + rope values per layer and token, 16-bit.
    assert.strictEqual(e.kvCacheBytes, 4 * 4096 * (kvLora + rope) * 2);
  });

  test('per-layer sliding pattern (Gemma 3 style) and an unknown tensor type', async () => {
    const h = 128,
      n = 6;
    const t: TensorSpec[] = [{ name: 'token_embd.weight', shape: [h, 512], type: TYPE.BF16 }];
    const file = path.join(dir, 'tiny-gemma3.gguf');
    writeGguf(
      file,
      {
        'general.architecture': 'gemma3',
        'gemma3.block_count': n,
        'gemma3.context_length': 32768,
        'gemma3.embedding_length': h,
        'gemma3.feed_forward_length': 512,
        'gemma3.attention.head_count': 4,
        'gemma3.attention.head_count_kv': 1,
        'gemma3.attention.key_length': 32,
        'gemma3.attention.value_length': 32,
        'gemma3.attention.sliding_window': 512,
        'gemma3.attention.sliding_window_pattern': [true, true, false, true, true, false],
      },
      t,
    );
    const header = await read(file);
    const m = modelFromGguf(header);
    assert.deepStrictEqual([m.slidingWindow, m.slidingLayers, m.tiedEmbeddings, m.vocabSize], [512, 4, true, 512]);
    const bad = { ...header, tensorInfos: [{ ...header.tensorInfos[0], dtype: 250 as never }] };
    assert.throws(() => modelFromGguf(bad), /type/);
    assert.throws(() => modelFromGguf({} as never), TypeError);
    assert.throws(() => modelFromGguf({ metadata: {}, tensorInfos: [] }), /general\.architecture/);
  });
});

suite('modelFromGguf: real llama.cpp-written files (vocabulary only, no tensors)', () => {
  const cases: Array<[string, string, number, number, number]> = [
    // file, architecture, blocks, embedding, the model whose shape it carries (parameters computed from the metadata)
    ['ggml-vocab-llama-spm.gguf', 'llama', 32, 4096, 6738415616], // Llama 2 7B (catalog)
    ['ggml-vocab-phi-3.gguf', 'phi3', 32, 3072, 3821079552], // Phi-3-mini (catalog)
    ['ggml-vocab-gpt-2.gguf', 'gpt2', 12, 768, 124439808], // GPT-2 small, 124M
    ['ggml-vocab-bert-bge.gguf', 'bert', 12, 384, 33360000], // bge-small-en, 33.4M
  ];
  for (const [file, arch, blocks, embedding, expected] of cases) {
    test(`${file}: ${arch}, ${blocks} blocks of ${embedding}`, async function () {
      if (!fixturesHere) this.skip();
      const m = modelFromGguf(await read(path.join(FIXTURES, file)));
      assert.deepStrictEqual(
        [m.ggufArchitecture, m.layers, m.hiddenSize, m.ggufTensorBytes],
        [arch, blocks, embedding, 0],
      );
      assert.match(m.source, /no tensors/);
      assert.ok(Math.abs(m.params - expected) < 0.005 * expected, `${m.params} vs ${expected}`);
      const e = estimateMemory({ model: m });
      assert.strictEqual(e.basis, 'config');
      assert.ok(e.weightsBytes > 0 && Number.isFinite(e.totalBytes));
      // A BERT header is an encoder's: no KV cache (docs/encoders.md); the decoders keep one.
      assert.strictEqual(e.kvCacheBytes === 0, arch === 'bert', `${file}: KV ${e.kvCacheBytes}`);
    });
  }
});

suite('modelFromGguf: metadata only', () => {
  test('gpt-oss: the 128-token window alternates from the first layer, as llama.cpp applies it', () => {
    const m = modelFromGguf({
      metadata: {
        'general.architecture': 'gpt-oss',
        'gpt-oss.block_count': 24,
        'gpt-oss.context_length': 131072,
        'gpt-oss.embedding_length': 2880,
        'gpt-oss.feed_forward_length': 2880,
        'gpt-oss.attention.head_count': 64,
        'gpt-oss.attention.head_count_kv': 8,
        'gpt-oss.attention.key_length': 64,
        'gpt-oss.attention.value_length': 64,
        'gpt-oss.attention.sliding_window': 128,
        'gpt-oss.expert_count': 32,
        'gpt-oss.expert_used_count': 4,
        'gpt-oss.vocab_size': 201088,
      },
      tensorInfos: [],
    });
    assert.deepStrictEqual([m.slidingWindow, m.slidingLayers, m.experts, m.modelType], [128, 12, 32, 'gpt_oss']);
  });
});
