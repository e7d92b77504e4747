import * as assert from 'assert';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import { lookupModel } from '../../../../src/core/catalog/lookupModel';
import { modelFromConfig } from '../../../../src/core/model/modelFromConfig';
import { modelFingerprint } from '../../../../src/core/model/fingerprint';
import { configText } from './realConfigs';

suite('estimateMemory({ model: ModelInfo })', () => {
  const llama8 = () =>
    modelFromConfig(configText('meta-llama--Meta-Llama-3.1-8B.json'), { id: 'meta-llama/Meta-Llama-3.1-8B' });

  test('a ModelInfo read from a config estimates as the catalog model with the same config does', () => {
    for (const engine of ['llama.cpp', 'vllm', 'ollama', 'transformers'] as const) {
      const fromInfo = estimateMemory({ model: llama8(), quant: 'Q4_K_M', engine, contextTokens: 16384 });
      const fromName = estimateMemory({
        model: 'meta-llama/Llama-3.1-8B',
        quant: 'Q4_K_M',
        engine,
        contextTokens: 16384,
      });
      assert.strictEqual(fromInfo.weightsBytes, fromName.weightsBytes, engine);
      assert.strictEqual(fromInfo.kvCacheBytes, fromName.kvCacheBytes, engine);
      assert.strictEqual(fromInfo.basis, 'config');
    }
    assert.ok(estimateMemory({ model: llama8() }).assumptions.some(a => /its config\.json/.test(a)));
  });

  test('a ModelInfo from lookupModel works too', () => {
    const info = lookupModel('Qwen2.5-7B-Instruct')!;
    const a = estimateMemory({ model: info, quant: 'Q8_0' });
    const b = estimateMemory({ model: 'Qwen2.5-7B-Instruct', quant: 'Q8_0' });
    assert.strictEqual(a.kvCacheBytes, b.kvCacheBytes);
    assert.ok(Math.abs(a.weightsBytes - b.weightsBytes) < 1e-9 * b.weightsBytes);
  });

  test('results are remembered per model facts, not per object string ("[object Object]")', () => {
    const small = llama8();
    const big = modelFromConfig(configText('meta-llama--Meta-Llama-3.1-70B.json'));
    const a = estimateMemory({ model: small, quant: 'Q4_K_M' });
    const b = estimateMemory({ model: big, quant: 'Q4_K_M' });
    assert.ok(b.weightsBytes > 5 * a.weightsBytes);
    // The same object with a field changed is a different model.
    const changed = { ...small, kvHeads: 32 };
    assert.strictEqual(estimateMemory({ model: changed, quant: 'Q4_K_M' }).kvCacheBytes, 4 * a.kvCacheBytes);
    // An equal copy hits the same result.
    assert.deepStrictEqual(estimateMemory({ model: llama8(), quant: 'Q4_K_M' }), a);
  });

  test('a malformed ModelInfo is a TypeError naming the field', () => {
    const m = llama8();
    assert.throws(() => estimateMemory({ model: { ...m, params: Number.NaN } }), /model\.params/);
    assert.throws(() => estimateMemory({ model: { ...m, layers: 0 } }), /model\.layers/);
    assert.throws(() => estimateMemory({ model: { ...m, kvHeads: -1 } }), /model\.kvHeads/);
    assert.throws(() => estimateMemory({ model: [] as never }), TypeError);
  });
});

suite('modelFingerprint', () => {
  test('equal for equal fields in any order, different when one differs', () => {
    assert.strictEqual(
      modelFingerprint({ id: 'a', layers: 2, n: [1, 2] }),
      modelFingerprint({ n: [1, 2], layers: 2, id: 'a' }),
    );
    assert.notStrictEqual(modelFingerprint({ id: 'a', layers: 2 }), modelFingerprint({ id: 'a', layers: 3 }));
    assert.notStrictEqual(modelFingerprint({ id: 'a', t: { x: 1 } }), modelFingerprint({ id: 'a', t: { x: 2 } }));
  });
});

suite('estimateMemory({ model: ModelInfo }) for models with unlike layers', () => {
  test("a Mamba hybrid (Nemotron-H) is priced at its parameter count, not the per-layer layout's", () => {
    const m = modelFromConfig(configText('nvidia--Nemotron-H-56B-Base-8K.json'));
    const e = estimateMemory({ model: m, quant: 'BF16' });
    assert.ok(Math.abs(e.weightsBytes - 2 * m.params) < 0.001 * 2 * m.params, `${e.weightsBytes} vs ${2 * m.params}`);
    assert.ok(e.kvCacheBytes > 0 && e.kvCacheBytes < 2e9, String(e.kvCacheBytes));
  });
});
