import * as assert from 'assert';
import { catalogModels, lookupModel } from '../../../../src/core/catalog/lookupModel';
import type { CatalogModel } from '../../../../src/core/catalog/catalogModel';

/** Parameters of a dense llama-style decoder from its config (embeddings, attention, gated MLP, norms). */
function denseParams(m: CatalogModel): number {
  const h = m.hiddenSize;
  const q = m.attentionHeads * m.headDim;
  const kv = m.kvHeads * m.headDim;
  const attention = h * q + 2 * h * kv + q * h + (m.attentionBias ? q + 2 * kv : 0);
  const mlp = 3 * h * m.intermediateSize;
  const norms = 2 * h;
  return m.layers * (attention + mlp + norms) + m.vocabSize * h * (m.tiedEmbeddings ? 1 : 2) + h;
}

suite('model catalog: data', () => {
  const models = catalogModels();

  test('holds at least 60 models with unique ids', () => {
    assert.ok(models.length >= 60, String(models.length));
    assert.strictEqual(new Set(models.map(m => m.id)).size, models.length);
  });

  test('every entry has positive whole-number architecture fields and a source', () => {
    for (const m of models) {
      for (const k of [
        'params',
        'layers',
        'hiddenSize',
        'intermediateSize',
        'attentionHeads',
        'kvHeads',
        'headDim',
        'vocabSize',
        'contextLength',
      ] as const) {
        assert.ok(Number.isInteger(m[k]) && m[k] > 0, `${m.id}.${k} = ${m[k]}`);
      }
      assert.ok(m.kvHeads <= m.attentionHeads, `${m.id}: more KV heads than heads`);
      assert.match(m.source, /huggingface\.co|config/i, m.id);
      if (m.activeParams !== undefined) assert.ok(m.activeParams < m.params, m.id);
      if (m.slidingLayers !== undefined) assert.ok(m.slidingWindow && m.slidingLayers <= m.layers, m.id);
    }
  });

  test('dense llama-style entries: parameter count agrees with the config within 1%', () => {
    const dense = models.filter(
      m =>
        ['llama', 'mistral', 'qwen2', 'qwen3'].includes(m.family) &&
        m.experts === undefined &&
        m.visionParams === undefined,
    );
    assert.ok(dense.length >= 25, String(dense.length));
    for (const m of dense) {
      const computed = denseParams(m) + (m.family === 'qwen3' ? 2 * m.layers * m.headDim : 0); // Qwen3 q/k norms
      assert.ok(
        Math.abs(computed / m.params - 1) < 0.01,
        `${m.id}: config gives ${computed}, catalog says ${m.params}`,
      );
    }
  });
});

suite('model catalog: lookup', () => {
  const expect: Array<[string, string]> = [
    ['meta-llama/Llama-3.1-70B-Instruct', 'meta-llama/Llama-3.1-70B'],
    ['Llama-3.1-70B-Instruct', 'meta-llama/Llama-3.1-70B'],
    ['meta-llama/Meta-Llama-3.1-70B-Instruct', 'meta-llama/Llama-3.1-70B'],
    ['Llama 3.1 70B', 'meta-llama/Llama-3.1-70B'],
    ['llama3.1:70b', 'meta-llama/Llama-3.1-70B'],
    ['Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', 'meta-llama/Llama-3.1-8B'],
    ['Qwen/Qwen2.5-7B-Instruct-AWQ', 'Qwen/Qwen2.5-7B'],
    ['Qwen2.5-Coder-32B-Instruct-GPTQ-Int4', 'Qwen/Qwen2.5-Coder-32B'],
    ['qwen3:30b', 'Qwen/Qwen3-30B-A3B'],
    ['mistralai/Mixtral-8x7B-Instruct-v0.1', 'mistralai/Mixtral-8x7B-v0.1'],
    ['openai/gpt-oss-20b', 'openai/gpt-oss-20b'],
    ['gpt-oss:120b', 'openai/gpt-oss-120b'],
    ['google/gemma-2-9b-it', 'google/gemma-2-9b'],
    ['Llama-2-7b-chat-hf', 'meta-llama/Llama-2-7b-hf'],
    ['meta-llama/Llama-3.2-3B-Instruct', 'meta-llama/Llama-3.2-3B'],
    ['Llama-3.3-70B-Instruct', 'meta-llama/Llama-3.3-70B-Instruct'],
    ['meta-llama/Llama-4-Scout-17B-16E-Instruct', 'meta-llama/Llama-4-Scout-17B-16E'],
    ['mistralai/Mistral-Nemo-Instruct-2407', 'mistralai/Mistral-Nemo-Base-2407'],
    ['Mixtral-8x22B-Instruct-v0.1', 'mistralai/Mixtral-8x22B-v0.1'],
    ['Qwen2.5-72B-Instruct-AWQ', 'Qwen/Qwen2.5-72B'],
    ['Qwen/QwQ-32B', 'Qwen/QwQ-32B'],
    ['Qwen3-235B-A22B-FP8', 'Qwen/Qwen3-235B-A22B'],
    ['gemma-3-27b-it', 'google/gemma-3-27b-pt'],
    ['microsoft/Phi-3.5-mini-instruct', 'microsoft/Phi-3.5-mini-instruct'],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B'],
    ['DeepSeek-V2-Lite-Chat', 'deepseek-ai/DeepSeek-V2-Lite'],
    ['bartowski/Qwen2.5-7B-Instruct-GGUF', 'Qwen/Qwen2.5-7B'],
    ['qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf', 'Qwen/Qwen2.5-7B'],
    ['gemma3', 'google/gemma-3-4b-pt'],
    ['TinyLlama-1.1B-Chat-v1.0', 'TinyLlama/TinyLlama-1.1B-Chat-v1.0'],
    ['SmolLM2-1.7B-Instruct', 'HuggingFaceTB/SmolLM2-1.7B'],
  ];
  for (const [name, id] of expect) {
    // A re-upload under another organisation is a derivative: its own id, the catalog model as base.
    test(`${name} → ${id}`, () => {
      const m = lookupModel(name);
      assert.strictEqual(m?.resolvedAs === 'derivative' ? m.baseModel : m?.id, id);
    });
  }

  test('bare Ollama default tags resolve through lookupModel', () => {
    assert.strictEqual(lookupModel('llama3.1')?.id, 'meta-llama/Llama-3.1-8B');
  });

  test('what lookupModel returns is a copy: changing it leaves the catalog alone', () => {
    const m = lookupModel('Llama-3.1-8B')!;
    (m.ollamaTags as string[]).push('evil:1b');
    m.layers = 1;
    assert.ok(!(lookupModel('Llama-3.1-8B')!.ollamaTags as string[]).includes('evil:1b'));
    assert.strictEqual(lookupModel('Llama-3.1-8B')!.layers, 32);
  });

  test('unknown names and bad input give undefined, not an exception', () => {
    for (const name of ['not-a-model-13B', '', 'x'.repeat(1000), 42 as unknown as string]) {
      assert.strictEqual(lookupModel(name), undefined);
    }
  });

  test('ModelInfo carries the design fields', () => {
    const m = lookupModel('Llama-3.1-8B')!;
    assert.deepStrictEqual(
      [m.params, m.layers, m.hiddenSize, m.attentionHeads, m.kvHeads, m.headDim, m.vocabSize],
      [8030261248, 32, 4096, 32, 8, 128, 128256],
    );
    assert.ok(m.contextLength >= 131072 && typeof m.source === 'string');
  });
});
