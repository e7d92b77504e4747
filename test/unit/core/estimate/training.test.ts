// The training step as a whole, through estimateMemory: each part behaves as its cause says, and
// the published measurements are met (test/unit/core/estimate/accuracy.test.ts checks the rows).
import * as assert from 'assert';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import { catalogModels } from '../../../../src/core/catalog/lookupModel';
import { FRAMEWORK_FLOOR_BYTES } from '../../../../src/core/estimate/training/frameworkFloor';
import type { EstimateInput } from '../../../../src/core/types';

const GiB = 2 ** 30;
const llama8 = 'meta-llama/Llama-3.1-8B';
const est = (i: EstimateInput) => estimateMemory(i);

suite('training: the whole step', () => {
  test('full mixed-precision AdamW: 2 bytes of weights, 2 of gradients and 12 of optimizer state per parameter', () => {
    const e = est({ model: llama8, mode: 'full', seqLen: 512 });
    const p = 8_030_261_248;
    assert.strictEqual(e.weightsBytes, 2 * p);
    assert.strictEqual(e.parts!.gradientsBytes, 2 * p);
    assert.strictEqual(e.parts!.optimizerBytes, 12 * p);
  });

  test('pure bf16 halves the optimizer; 8-bit AdamW cuts it further; SGD keeps only the master copy', () => {
    const p = 8_030_261_248;
    assert.strictEqual(est({ model: llama8, mode: 'full', trainPrecision: 'bf16' }).parts!.optimizerBytes, 4 * p);
    assert.strictEqual(est({ model: llama8, mode: 'full', optimizer: 'adamw_8bit' }).parts!.optimizerBytes, 6 * p);
    assert.strictEqual(est({ model: llama8, mode: 'full', optimizer: 'sgd' }).parts!.optimizerBytes, 4 * p);
    const paged = est({ model: llama8, mode: 'full', optimizer: 'paged_adamw_8bit' });
    assert.ok(paged.assumptions.some(a => /unified memory/.test(a)));
  });

  test('ZeRO-3 over 8 GPUs: each GPU holds an eighth of the model states, the same activations', () => {
    const one = est({ model: llama8, mode: 'full', seqLen: 2048 });
    const eight = est({ model: llama8, mode: 'full', seqLen: 2048, dataParallel: 8, zeroStage: 3 });
    assert.strictEqual(eight.parts!.optimizerBytes, one.parts!.optimizerBytes! / 8);
    assert.strictEqual(eight.weightsBytes, one.weightsBytes / 8);
    assert.ok(eight.totalBytes < one.totalBytes / 3);
    assert.ok(eight.assumptions.some(a => /ZeRO stage 3/.test(a)));
    const two = est({ model: llama8, mode: 'full', seqLen: 2048, dataParallel: 8, zeroStage: 2 });
    assert.strictEqual(two.weightsBytes, one.weightsBytes);
  });

  test("ZeRO-3 shards a LoRA run's frozen base too, and gathers layers in their stored format", () => {
    const one = est({ model: 'meta-llama/Llama-2-70b-hf', mode: 'qlora', seqLen: 2048 });
    const two = est({ model: 'meta-llama/Llama-2-70b-hf', mode: 'qlora', seqLen: 2048, dataParallel: 2, zeroStage: 3 });
    assert.strictEqual(two.weightsBytes, one.weightsBytes / 2);
    assert.ok(two.totalBytes < one.totalBytes - one.weightsBytes / 2 + one.weightsBytes / 40);
  });

  test('QLoRA stores the base in NF4 with double quantization; another format can be named', () => {
    const q = est({ model: llama8, mode: 'qlora' });
    const bits = q.bitsPerWeight!;
    // 6.98B linear parameters at 4.127 bits, 1.05B embedding and output parameters at 16 bits.
    assert.ok(bits > 5.5 && bits < 5.8, `${bits} bits: NF4 linear layers plus 16-bit embeddings`);
    assert.ok(q.assumptions.some(a => /NF4 with double quantization/.test(a)));
    const lora = est({ model: llama8, mode: 'lora' });
    assert.strictEqual(lora.weightsBytes, 2 * 8_030_261_248);
    const int8 = est({ model: llama8, mode: 'qlora', quant: 'INT8' });
    assert.ok(int8.weightsBytes > q.weightsBytes && int8.weightsBytes < lora.weightsBytes);
    assert.throws(() => est({ model: llama8, mode: 'qlora', quant: 'Q9_Z' }), RangeError);
  });

  test('LoRA state grows with the rank and the targets', () => {
    const r16 = est({ model: llama8, mode: 'lora', loraRank: 16 });
    const r64 = est({ model: llama8, mode: 'lora', loraRank: 64 });
    assert.strictEqual(r64.parts!.adaptersBytes, 4 * r16.parts!.adaptersBytes!);
    const qv = est({ model: llama8, mode: 'lora', loraRank: 16, loraTargets: ['q_proj', 'v_proj'] });
    assert.ok(qv.parts!.adaptersBytes! < r16.parts!.adaptersBytes! / 5);
  });

  test('long sequences: checkpointing and memory-efficient attention keep memory near-linear', () => {
    const at = (seqLen: number, extra: EstimateInput = {}) =>
      est({ model: llama8, mode: 'qlora', seqLen, ...extra }).totalBytes;
    const growth = at(16384) - at(8192);
    assert.ok(Math.abs(growth - (at(8192) - at(0 + 1)) * (8192 / 8191)) < 0.05 * growth, 'linear in the sequence');
    assert.ok(at(8192, { gradientCheckpointing: false }) > at(8192) + 10 * GiB);
    const noCheckpoints = at(8192, { gradientCheckpointing: false });
    assert.ok(at(8192, { attention: 'eager', gradientCheckpointing: false }) > noCheckpoints + 20 * GiB);
  });

  test('short sequences still pay the framework floor; the loss is in the assumptions with its vocabulary', () => {
    const e = est({ model: 'Qwen/Qwen-1_8B', mode: 'lora', seqLen: 16 });
    assert.strictEqual(e.overheadBytes, FRAMEWORK_FLOOR_BYTES);
    assert.ok(e.totalBytes > e.weightsBytes + FRAMEWORK_FLOOR_BYTES);
    assert.ok(
      e.assumptions.some(a => /151,936-token vocabulary/.test(a)),
      e.assumptions.join('\n'),
    );
    assert.ok(e.assumptions.some(a => /framework floor/.test(a)));
  });

  test('without gradient accumulation gradients and activations share the peak instead of adding up', () => {
    const input: EstimateInput = {
      model: 'meta-llama/Llama-3.2-3B',
      mode: 'full',
      seqLen: 768,
      trainBatch: 4,
      gradientCheckpointing: false,
    };
    const accumulating = est(input);
    const single = est({ ...input, gradientAccumulation: 1 });
    assert.strictEqual(accumulating.totalBytes - single.totalBytes, accumulating.parts!.gradientsBytes);
    assert.ok(single.assumptions.some(a => /no gradient accumulation/.test(a)));
    assert.throws(() => est({ ...input, gradientAccumulation: 0 }), /gradientAccumulation must be a whole number/);
  });

  test('bf16 loss (no upcast) needs half the loss buffers', () => {
    const fp32 = est({ model: 'Qwen/Qwen-7B', mode: 'qlora', seqLen: 8192 });
    const bf16 = est({ model: 'Qwen/Qwen-7B', mode: 'qlora', seqLen: 8192, lossPrecision: 'bf16' });
    assert.strictEqual(bf16.parts!.logitsBytes! * 2, fp32.parts!.logitsBytes);
  });

  test('every catalog model gives finite, ordered figures in every mode', () => {
    for (const m of catalogModels()) {
      const figures = (['full', 'lora', 'qlora'] as const).map(
        mode => est({ model: m.id, mode, seqLen: 4096, trainBatch: 2 }).totalBytes,
      );
      for (const f of figures) assert.ok(Number.isFinite(f) && f > 0, m.id);
      assert.ok(figures[0] > figures[1] && figures[1] > figures[2], `${m.id}: full > lora > qlora`);
    }
  });

  test('a label without a catalog model is estimated from its template', () => {
    const e = est({ params: 13e9, mode: 'qlora', seqLen: 2048 });
    assert.strictEqual(e.basis, 'label');
    assert.ok(e.totalBytes > 8 * GiB && e.totalBytes < 20 * GiB, String(e.totalBytes / GiB));
  });
});
