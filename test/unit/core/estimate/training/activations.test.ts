import * as assert from 'assert';
import {
  activationBytes,
  eagerScoresBytes,
  layerActivationBytes,
  loraInputBytes,
  type ActivationSettings,
  type LayerTraining,
} from '../../../../../src/core/estimate/training/activations';
import { LORA_TARGETS } from '../../../../../src/core/estimate/training/loraAdapters';
import { findCatalogModel } from '../../../../../src/core/catalog/lookupModel';

const llama = findCatalogModel('meta-llama/Llama-3.1-8B')!;
const frozen: LayerTraining = { fullTraining: false, kernelKeepsInputs: false, adapters: [], fp32Adapters: false };
const base: ActivationSettings = { ...frozen, seq: 4096, batch: 1, checkpointing: true, attention: 'sdpa' };
const h = 4096,
  q = 4096,
  kv = 1024,
  ffn = 14336;

suite('training: activations', () => {
  test('a frozen bf16 Llama-3.1-8B layer keeps norms 8h, attention 4q + 4kv and MLP 6·ffn bytes per token', () => {
    assert.strictEqual(layerActivationBytes(llama, frozen), 8 * h + 4 * q + 4 * kv + 6 * ffn);
  });

  test('full training and 4-bit kernels keep every linear input; full training also the norm products', () => {
    const inputs = 2 * h + 2 * q + 2 * h + 2 * ffn;
    const plain = layerActivationBytes(llama, frozen);
    assert.strictEqual(layerActivationBytes(llama, { ...frozen, kernelKeepsInputs: true }) - plain, inputs);
    assert.strictEqual(layerActivationBytes(llama, { ...frozen, fullTraining: true }) - plain, inputs + 4 * h);
  });

  test('adapters keep their inputs: bf16 adapters the shared input, fp32 adapters an fp32 copy each', () => {
    const bf16 = layerActivationBytes(llama, { ...frozen, adapters: ['q_proj', 'v_proj'] });
    assert.strictEqual(bf16 - layerActivationBytes(llama, frozen), 2 * h, 'q and v read the same input');
    const fp32 = layerActivationBytes(llama, { ...frozen, adapters: ['q_proj', 'v_proj'], fp32Adapters: true });
    assert.strictEqual(fp32 - layerActivationBytes(llama, frozen), 2 * 4 * h);
    assert.strictEqual(loraInputBytes(llama, LORA_TARGETS), 4 * (6 * h + ffn));
  });

  test("gradient checkpointing keeps only each layer's input (2h per token) and recomputes one layer", () => {
    const on = activationBytes(llama, base);
    const off = activationBytes(llama, { ...base, checkpointing: false });
    assert.strictEqual(on.kept, 4096 * 32 * 2 * h);
    assert.strictEqual(off.kept, 4096 * 32 * layerActivationBytes(llama, frozen));
    assert.ok(off.kept > 5 * on.kept);
    assert.strictEqual(on.layerPeak, 4096 * (layerActivationBytes(llama, frozen) + 4 * ffn));
  });

  test('eager attention keeps the score matrix: quadratic in the sequence', () => {
    assert.strictEqual(eagerScoresBytes(llama, 4096), 6 * 32 * 4096);
    const sdpa = activationBytes(llama, { ...base, checkpointing: false });
    const eager = activationBytes(llama, { ...base, checkpointing: false, attention: 'eager' });
    assert.strictEqual(eager.kept - sdpa.kept, 4096 * 32 * eagerScoresBytes(llama, 4096));
    const long = activationBytes(llama, { ...base, seq: 8192, checkpointing: false, attention: 'eager' });
    assert.ok(long.kept > 2 * eager.kept, 'doubling the sequence more than doubles eager activations');
  });

  test('activations are linear in the micro-batch', () => {
    const one = activationBytes(llama, base);
    const four = activationBytes(llama, { ...base, batch: 4 });
    assert.strictEqual(four.kept, 4 * one.kept);
    assert.strictEqual(four.layerPeak, 4 * one.layerPeak);
  });
});
