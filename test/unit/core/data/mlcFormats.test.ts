// MLC LLM / WebLLM formats (data/mlcFormats.ts): bits per weight from MLC's group layout, every
// registry name in the quant table, and weights priced as WebLLM measures a whole build.
import * as assert from 'assert';
import { MLC_SCHEMES, mlcFtBits, mlcGroupBits, mlcScheme } from '../../../../src/core/data/mlcFormats';
import { quantFormat } from '../../../../src/core/data/quantFormats';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';

const MiB = 2 ** 20;

suite('data: MLC LLM formats', () => {
  test('a group costs its packed words and one scale of the float type', () => {
    // q4f16_1: 8 int4 per uint32, 32 weights per fp16 scale → 4 + 16/32
    assert.strictEqual(mlcGroupBits(mlcScheme('q4f16_1')!, 4096), 4.5);
    // q4f32_1: the scale is float32 → 4 + 32/32
    assert.strictEqual(mlcGroupBits(mlcScheme('q4f32_1')!, 4096), 5);
    // q3f16_1: 10 int3 per uint32 (2 bits unused), 40 weights per scale; 4096 is not a multiple of
    // either, so the last word and the last group are part-filled: (410·32 + 103·16) / 4096
    assert.strictEqual(mlcGroupBits(mlcScheme('q3f16_1')!, 4096), (410 * 32 + 103 * 16) / 4096);
    // q8f16_1 (older registry): 4 int8 per uint32
    assert.strictEqual(mlcGroupBits(mlcScheme('q8f16_1')!, 4096), 8.5);
    // FasterTransformer: one fp16 scale per output channel over the whole input row
    assert.strictEqual(mlcFtBits(mlcScheme('q4f16_ft')!, 4096), 4 + 16 / 4096);
  });

  test('every MLC name is a format of the table, priced on MLC LLM', () => {
    for (const s of MLC_SCHEMES) {
      const f = quantFormat(s.name);
      assert.ok(f, s.name);
      assert.strictEqual(f.family, 'mlc');
      assert.strictEqual(f.mlc, s);
      assert.match(f.source, /mlc-ai\/mlc-llm .*@ [0-9a-f]{8}/);
    }
    assert.strictEqual(quantFormat('q0f16')!.typeBpw, 16);
    assert.strictEqual(quantFormat('q0f32')!.typeBpw, 32);
    assert.strictEqual(quantFormat('q3f16_1')!.typeBpw, 3.6);
    assert.strictEqual(quantFormat('q4f16_1')!.typeBpw, 4.5);
    assert.strictEqual(quantFormat('q4f32_1')!.typeBpw, 5);
    // names MLC never defined have no row
    assert.strictEqual(quantFormat('q4f16'), undefined);
    assert.strictEqual(quantFormat('q2f16_1'), undefined);
  });

  // mlc-ai/web-llm src/config.ts @ c51c9c0b1b4a2e01432362606f79fda42380dc7b (prebuiltAppConfig): the
  // memory WebLLM says each build needs at its context_window_size, in MiB (Llama-3.1-8B q4f16_1 grows by
  // 402.66 from 1,024 to 4,096 tokens: exactly 3,072 tokens of its 128 KiB-per-token F16 KV cache).
  const WEBLLM: Array<[string, number, number]> = [
    ['Llama-3.1-8B-Instruct-q4f16_1-MLC', 1024, 4598.34],
    ['Llama-3.1-8B-Instruct-q4f16_1-MLC', 4096, 5001.0],
    ['Llama-3.1-8B-Instruct-q4f32_1-MLC', 4096, 6101.01],
    ['Llama-3.2-1B-Instruct-q4f16_1-MLC', 4096, 879.04],
    ['Llama-3.2-1B-Instruct-q0f16-MLC', 4096, 2573.13],
    ['Llama-3.2-3B-Instruct-q4f16_1-MLC', 4096, 2263.69],
    ['Mistral-7B-Instruct-v0.3-q4f16_1-MLC', 4096, 4573.39],
    ['Qwen2.5-7B-Instruct-q4f16_1-MLC', 4096, 5106.67],
    ['gemma-2-2b-it-q4f16_1-MLC', 4096, 1895.3],
    ['Phi-3.5-mini-instruct-q4f16_1-MLC', 4096, 3672.07],
    ['SmolLM2-360M-Instruct-q0f16-MLC', 4096, 871.99],
    ['Llama-3.1-70B-Instruct-q3f16_1-MLC', 4096, 31153.13],
  ];

  test("weights and KV cache: within 2% over WebLLM's whole figure, and under 900 MiB below it", () => {
    // What WebLLM adds to weights and KV is its runtime (prefill buffers, logits): 22 to 181 MiB on
    // these builds, about 800 MiB for Qwen2.5-7B (152k vocabulary) and for q4f32_1, whose KV cache
    // MLC keeps in float32 while the estimate prices it in F16 (the weights note says so).
    for (const [model, contextTokens, published] of WEBLLM) {
      const e = estimateMemory({ model, contextTokens, engine: 'llama.cpp' });
      const label = `${model} @ ${contextTokens}`;
      assert.ok(
        e.assumptions.some(a => a.includes('(MLC LLM / WebLLM)') || a.includes('every tensor')),
        label,
      );
      const priced = (e.weightsBytes + e.kvCacheBytes) / MiB;
      assert.ok(priced < published * 1.02, `${label}: ${priced.toFixed(0)} MiB`);
      assert.ok(priced > published - 900, `${label}: ${priced.toFixed(0)} MiB`);
    }
  });

  test('q4f16_1 prices every matrix, embeddings included, at 4.5 bits', () => {
    const e = estimateMemory({ model: 'Llama-3.1-8B-Instruct-q4f16_1-MLC', contextTokens: 1024 });
    assert.ok(Math.abs(e.bitsPerWeight! - 4.5) < 0.01, String(e.bitsPerWeight));
    const q2 = estimateMemory({ model: 'meta-llama/Llama-3.1-8B', quant: 'q4f16_2', contextTokens: 1024 });
    // q4f16_2 keeps the two 128256 × 4096 matrices (embeddings, output) in float16
    const extra = (2 * 128256 * 4096 * (16 - 4.5)) / 8;
    assert.ok(Math.abs(q2.weightsBytes - e.weightsBytes - extra) < 1e6, String(q2.weightsBytes - e.weightsBytes));
  });
});
