import * as assert from 'assert';
import { estimateMemory, estimateWeightsBytes } from '../../../../src/core/estimate/estimateMemory';
import { catalogModels } from '../../../../src/core/catalog/lookupModel';
import type { EstimateInput } from '../../../../src/core/types';

const GiB = 2 ** 30;

suite('estimator: input validation', () => {
  const typeErrors: unknown[] = [
    undefined,
    null,
    42,
    'Llama',
    [],
    {},
    { params: '7e9' },
    { model: 7 },
    { params: 7e9, quant: 4 },
  ];
  for (const input of typeErrors) {
    test(`TypeError for ${JSON.stringify(input)}`, () => {
      assert.throws(
        () => estimateMemory(input as EstimateInput),
        (e: Error) => e instanceof TypeError && e.message.length > 20,
      );
    });
  }
  const rangeErrors: Array<[EstimateInput, RegExp]> = [
    [{ params: -7e9 }, /params must be between/],
    [{ params: 0 }, /params must be between/],
    [{ params: NaN }, /finite/],
    [{ params: 1e30 }, /params must be between/],
    [{ params: 7e9, contextTokens: 0 }, /contextTokens/],
    [{ params: 7e9, contextTokens: 1e12 }, /contextTokens/],
    [{ params: 7e9, contextTokens: 100.5 }, /whole number/],
    [{ params: 7e9, batch: -1 }, /batch/],
    [{ params: 7e9, quant: 'Q9_Z' }, /unknown weights format .*Q4_K_M/],
    [{ params: 7e9, kvCacheQuant: 'q3' }, /kvCacheQuant must be one of/],
    [
      { params: 7e9, engine: 'exllama' as never },
      /engine must be one of llama\.cpp, ollama, vllm, sglang, tgi, transformers, mlx/,
    ],
    [{ params: 7e9, mode: 'pretrain' as never }, /mode must be one of/],
    [{ params: 7e9, activeParams: 8e9 }, /cannot exceed/],
    [{ model: 'totally-unknown-model' }, /unknown model .*params/],
  ];
  for (const [input, message] of rangeErrors) {
    test(`RangeError for ${JSON.stringify(input)}`, () => {
      assert.throws(
        () => estimateMemory(input),
        (e: Error) => e instanceof RangeError && message.test(e.message),
      );
    });
  }
});

suite('estimator: figures', () => {
  test('KV cache of Llama 3.1 8B is 128 KiB per token at F16: exactly 1 GiB at 8,192 tokens', () => {
    const e = estimateMemory({ model: 'meta-llama/Llama-3.1-8B-Instruct', contextTokens: 8192 });
    assert.strictEqual(e.kvCacheBytes, 1 * GiB);
    assert.strictEqual(e.basis, 'config');
  });

  test('KV cache uses KV heads × head_dim, not hidden/heads (Qwen3-8B: head_dim 128, 8 KV heads, 36 layers)', () => {
    const e = estimateMemory({ model: 'Qwen/Qwen3-8B', contextTokens: 4096 });
    assert.strictEqual(e.kvCacheBytes, 36 * 2 * 8 * 128 * 2 * 4096);
  });

  test('q8_0 and q4_0 KV caches cost their ggml block sizes (8.5 and 4.5 bits)', () => {
    const f16 = estimateMemory({ model: 'Llama-3.1-8B', contextTokens: 8192 }).kvCacheBytes;
    assert.strictEqual(
      estimateMemory({ model: 'Llama-3.1-8B', contextTokens: 8192, kvCacheQuant: 'q8_0' }).kvCacheBytes,
      (f16 * 8.5) / 16,
    );
    assert.strictEqual(
      estimateMemory({ model: 'Llama-3.1-8B', contextTokens: 8192, kvCacheQuant: 'Q4_0' }).kvCacheBytes,
      (f16 * 4.5) / 16,
    );
  });

  test("Llama 3.1 8B Q4_K_M weights match llama.cpp's measured 4.58 GiB within 2%", () => {
    const w = estimateMemory({ model: 'meta-llama/Llama-3.1-8B', quant: 'Q4_K_M' }).weightsBytes;
    assert.ok(Math.abs(w / (4.58 * GiB) - 1) < 0.02, String(w / GiB));
  });

  test('totals add up and every figure is finite and non-negative', () => {
    const engines = ['llama.cpp', 'ollama', 'vllm', 'sglang', 'tgi', 'transformers', 'mlx'] as const;
    for (const engine of engines) {
      for (const model of [
        'Llama-3.1-70B',
        'google/gemma-3-27b-it',
        'deepseek-ai/DeepSeek-V3',
        'mistralai/Mixtral-8x7B-v0.1',
      ]) {
        const e = estimateMemory({ model, engine, contextTokens: 32768 });
        for (const v of [e.weightsBytes, e.kvCacheBytes, e.overheadBytes, e.totalBytes])
          assert.ok(Number.isFinite(v) && v >= 0, `${model} ${engine}`);
        assert.strictEqual(e.totalBytes, e.weightsBytes + e.kvCacheBytes + e.overheadBytes);
        assert.ok(e.assumptions.length >= 3);
      }
    }
  });

  test('sliding-window layers cap the llama.cpp cache (Gemma 3 27B at 32k is far below all-layers-full)', () => {
    const e = estimateMemory({ model: 'google/gemma-3-27b-it', contextTokens: 32768 });
    const vllm = estimateMemory({ model: 'google/gemma-3-27b-it', contextTokens: 32768, engine: 'vllm' });
    assert.ok(e.kvCacheBytes < vllm.kvCacheBytes / 3, `${e.kvCacheBytes} vs ${vllm.kvCacheBytes}`);
  });

  test('MLA caches one latent per layer: DeepSeek-V3 at 32k is a few GiB, not hundreds', () => {
    const e = estimateMemory({ model: 'deepseek-ai/DeepSeek-V3', contextTokens: 32768 });
    assert.strictEqual(e.kvCacheBytes, 61 * (512 + 64) * 2 * 32768);
  });

  test('grows with context, batch and bits; MoE memory follows total parameters', () => {
    const base = estimateMemory({ params: 8e9 });
    assert.ok(estimateMemory({ params: 8e9, contextTokens: 32768 }).totalBytes > base.totalBytes);
    assert.ok(estimateMemory({ params: 8e9, batch: 4 }).totalBytes > base.totalBytes);
    assert.ok(
      estimateMemory({ params: 8e9, quant: 'Q8_0' }).weightsBytes >
        estimateMemory({ params: 8e9, quant: 'Q4_K_M' }).weightsBytes,
    );
    assert.strictEqual(base.basis, 'label');
    const moe = estimateMemory({ model: '8x7B', quant: 'Q4_K_M' });
    assert.ok(moe.weightsBytes > 25e9, 'all experts are in memory');
  });

  test("size labels take today's grouped-query layout, and neighbouring sizes do not jump", () => {
    // "7B" must not borrow Llama 2 7B's full multi-head cache (4 GiB at 8k instead of about 1).
    assert.ok(estimateMemory({ params: 7e9, contextTokens: 8192 }).kvCacheBytes < 1.5 * 2 ** 30);
    const total = (p: number) => estimateMemory({ params: p, quant: 'Q4_K_M', contextTokens: 32768 }).totalBytes;
    for (const [a, b] of [
      [4.6e9, 4.7e9],
      [6.99e9, 7.13e9],
      [10.2e9, 10.4e9],
      [13e9, 14e9],
    ]) {
      const ratio = total(b) / total(a);
      assert.ok(ratio >= 1 && ratio < 1.1, `${a} → ${b}: ×${ratio}`);
    }
  });

  test('fine-tuning: full > LoRA > QLoRA, and full is at least 16 bytes per parameter', () => {
    const full = estimateMemory({ model: 'Llama-3.1-8B', mode: 'full', contextTokens: 2048 });
    const lora = estimateMemory({ model: 'Llama-3.1-8B', mode: 'lora', contextTokens: 2048 });
    const qlora = estimateMemory({ model: 'Llama-3.1-8B', mode: 'qlora', contextTokens: 2048 });
    assert.ok(full.totalBytes >= 16 * 8.03e9);
    assert.ok(full.totalBytes > lora.totalBytes && lora.totalBytes > qlora.totalBytes);
    assert.strictEqual(full.kvCacheBytes, 0);
    assert.ok((full.trainingBytes ?? 0) > 0);
  });

  test('the quant named in a GGUF file name is used when none is given', () => {
    const e = estimateMemory({ model: 'Meta-Llama-3.1-8B-Instruct-Q8_0.gguf' });
    assert.ok(Math.abs(e.weightsBytes / (7.95 * GiB) - 1) < 0.02);
  });
});

suite('estimator: weights alone', () => {
  test('estimateWeightsBytes is estimateMemory(...).weightsBytes: catalog models, labels, tags, engines', function () {
    // Six estimates per catalog model: the time grows with the catalog (1.4 s alone for 431 models).
    this.timeout(10_000);
    const inputs: EstimateInput[] = [];
    for (const m of catalogModels())
      for (const quant of ['F16', 'Q8_0', 'Q4_K_M', 'IQ2_XXS', 'AWQ', undefined]) inputs.push({ model: m.id, quant });
    for (const params of [1.3e9, 7e9, 33e9, 70e9, 405e9])
      for (const quant of ['F16', 'Q4_K_M', 'NF4']) inputs.push({ params, quant });
    inputs.push(
      { params: 46.7e9, activeParams: 12.9e9, quant: 'Q4_K_M' },
      { model: 'llama3.1:8b' },
      { model: 'gemma3n:e4b' },
      { model: 'mistral-7b-instruct-v0.2.Q5_K_S.gguf' },
      { model: 'bartowski/Qwen2.5-32B-Instruct-GGUF' },
      { model: 'google/gemma-3-27b-it', quant: 'Q4_K_M', engine: 'ollama' },
      { model: 'some-13b-chat', quant: 'Q6_K', engine: 'vllm' },
    );
    for (const input of inputs)
      assert.strictEqual(estimateWeightsBytes(input), estimateMemory(input).weightsBytes, JSON.stringify(input));
  });

  test('throws as estimateMemory does', () => {
    for (const input of [
      { params: -1 },
      { model: 'no-such-model' },
      { params: 7e9, quant: 'Q9_Z' },
    ] as EstimateInput[]) {
      assert.throws(() => estimateMemory(input), RangeError);
      assert.throws(() => estimateWeightsBytes(input), RangeError);
    }
  });
});

suite('estimator: engine policies', () => {
  test('llama.cpp pads the cache to 256 cells; vLLM to 16-token blocks', () => {
    const perToken = 32 * 2 * 8 * 128 * 2;
    assert.strictEqual(estimateMemory({ model: 'Llama-3.1-8B', contextTokens: 1000 }).kvCacheBytes, 1024 * perToken);
    assert.strictEqual(
      estimateMemory({ model: 'Llama-3.1-8B', contextTokens: 1000, engine: 'vllm' }).kvCacheBytes,
      1008 * perToken,
    );
    assert.strictEqual(
      estimateMemory({ model: 'Llama-3.1-8B', contextTokens: 1000, engine: 'transformers' }).kvCacheBytes,
      1000 * perToken,
    );
  });

  test('llama.cpp n_ctx is shared by parallel sequences; batch multiplies it', () => {
    const one = estimateMemory({ model: 'Llama-3.1-8B', contextTokens: 4096 }).kvCacheBytes;
    assert.strictEqual(estimateMemory({ model: 'Llama-3.1-8B', contextTokens: 4096, batch: 4 }).kvCacheBytes, 4 * one);
  });

  test('gpt-oss: llama.cpp keeps 768 cells on its 128-token window layers, Ollama 4,096 × parallel + batch', () => {
    const perLayerToken = 2 * 8 * 64 * 2;
    const ctx = 32768;
    const llama = estimateMemory({ model: 'openai/gpt-oss-20b', contextTokens: ctx }).kvCacheBytes;
    assert.strictEqual(llama, (12 * ctx + 12 * 768) * perLayerToken);
    const ollama = estimateMemory({ model: 'openai/gpt-oss-20b', contextTokens: ctx, engine: 'ollama' }).kvCacheBytes;
    assert.strictEqual(ollama, (12 * ctx + 12 * (4096 + 512)) * perLayerToken);
  });

  test('MLA on transformers caches decompressed per-head K and V, far more than the latent', () => {
    // DeepSeek-V3: 128 heads × (128 + 64 + 128) = 40,960 values per layer and token against a 576-wide latent.
    const latent = estimateMemory({
      model: 'deepseek-ai/DeepSeek-V3',
      contextTokens: 8192,
      engine: 'transformers',
    }).kvCacheBytes;
    const mla = estimateMemory({ model: 'deepseek-ai/DeepSeek-V3', contextTokens: 8192, engine: 'vllm' }).kvCacheBytes;
    assert.strictEqual(Math.round(latent / mla), 71);
  });

  test('Qwen3-Next: only its full-attention layers grow with context; the rest hold a fixed state', () => {
    const a = estimateMemory({
      model: 'Qwen/Qwen3-Next-80B-A3B-Instruct',
      contextTokens: 4096,
      engine: 'transformers',
    }).kvCacheBytes;
    const b = estimateMemory({
      model: 'Qwen/Qwen3-Next-80B-A3B-Instruct',
      contextTokens: 8192,
      engine: 'transformers',
    }).kvCacheBytes;
    assert.strictEqual(b - a, 12 * 2 * 2 * 256 * 2 * 4096);
  });

  test('vLLM states what it will occupy when the GPU size is given', () => {
    const e = estimateMemory({ model: 'Llama-3.1-8B', engine: 'vllm', gpuMemoryBytes: 80e9 });
    assert.strictEqual(e.reservedBytes, 72e9);
    assert.ok(e.assumptions.some(a => /gpu_memory_utilization/.test(a)));
  });

  test("flash attention off adds the score matrix to llama.cpp's compute buffer", () => {
    const on = estimateMemory({ model: 'Llama-3.1-8B', contextTokens: 32768 });
    const off = estimateMemory({ model: 'Llama-3.1-8B', contextTokens: 32768, flashAttention: false });
    assert.ok(off.overheadBytes > on.overheadBytes + 1e9);
  });

  test('MXFP4 gpt-oss: experts in MXFP4, the rest BF16 — well above 4.25 bits per weight overall', () => {
    const e = estimateMemory({ model: 'openai/gpt-oss-120b', quant: 'MXFP4' });
    assert.ok(e.bitsPerWeight! > 4.3 && e.bitsPerWeight! < 5.5, String(e.bitsPerWeight));
  });
});

suite('estimator: Gemma 3n', () => {
  test("Ollama's gemma3n downloads (5.6 GB and 7.5 GB, ollama.com library) are matched within 3%", () => {
    for (const [tag, gb] of [
      ['gemma3n:e2b', 5.6e9],
      ['gemma3n:e4b', 7.5e9],
    ] as const) {
      const w = estimateMemory({ model: tag }).weightsBytes;
      assert.ok(Math.abs(w / gb - 1) < 0.03, `${tag}: ${w}`);
    }
  });

  test('only 20 layers keep a KV cache', () => {
    const e = estimateMemory({ model: 'google/gemma-3n-E4B-it', contextTokens: 32768, engine: 'transformers' });
    // 16 sliding layers at 512 tokens, 4 global layers at 32,768, 2 KV heads × 256 × 2 (K, V) × 2 bytes.
    assert.strictEqual(e.kvCacheBytes, (16 * 512 + 4 * 32768) * 2 * 2 * 256 * 2);
  });
});
