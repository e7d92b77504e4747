import * as assert from 'assert';
import { estimateMemory } from '../../../../../src/core/estimate/estimateMemory';
import { trainingSettings, DEFAULT_SEQ_LEN } from '../../../../../src/core/estimate/training/trainingSettings';
import type { EstimateInput } from '../../../../../src/core/types';

suite('training: settings and their validation', () => {
  test('defaults: sequence 2048, micro-batch 1, checkpointing, SDPA, AdamW, rank 16 on every projection', () => {
    const s = trainingSettings({ params: 7e9, mode: 'lora' });
    assert.strictEqual(s.seq, DEFAULT_SEQ_LEN);
    assert.strictEqual(s.batch, 1);
    assert.ok(s.checkpointing);
    assert.strictEqual(s.attention, 'sdpa');
    assert.strictEqual(s.optimizer.id, 'adamw');
    assert.strictEqual(s.loraRank, 16);
    assert.strictEqual(s.loraTargets.length, 7);
  });

  test('RunSettings names win over the inference fields; flashAttention false means eager', () => {
    const s = trainingSettings({ params: 7e9, contextTokens: 8192, batch: 4, seqLen: 1024, trainBatch: 2 });
    assert.strictEqual(s.seq, 1024);
    assert.strictEqual(s.batch, 2);
    assert.strictEqual(trainingSettings({ params: 7e9, flashAttention: false }).attention, 'eager');
    assert.strictEqual(trainingSettings({ params: 7e9, dataParallel: 8 }).zeroStage, 0, 'DDP unless a stage is named');
  });

  const bad: Array<[EstimateInput, RegExp, 'range' | 'type']> = [
    [{ params: 7e9, mode: 'lora', loraRank: 0 }, /loraRank must be a whole number/, 'range'],
    [{ params: 7e9, mode: 'lora', loraRank: 8.5 }, /loraRank/, 'range'],
    [{ params: 7e9, mode: 'lora', seqLen: -1 }, /seqLen/, 'range'],
    [{ params: 7e9, mode: 'lora', trainBatch: '4' as never }, /trainBatch must be a number/, 'type'],
    [{ params: 7e9, mode: 'full', optimizer: 'magic' }, /optimizer "magic" is not known; use one of adamw/, 'range'],
    [{ params: 7e9, mode: 'full', optimizer: 8 as never }, /optimizer must be a string/, 'type'],
    [{ params: 7e9, mode: 'lora', attention: 'fast' as never }, /attention must be one of eager, sdpa, flash/, 'range'],
    [{ params: 7e9, mode: 'full', trainPrecision: 'fp8' as never }, /trainPrecision/, 'range'],
    [{ params: 7e9, mode: 'full', zeroStage: 4 as never }, /zeroStage must be 0, 1, 2 or 3/, 'range'],
    [{ params: 7e9, mode: 'full', dataParallel: 0 }, /dataParallel/, 'range'],
    [{ params: 7e9, mode: 'lora', loraTargets: ['q_proj', 'nonsense'] }, /unknown module "nonsense"/, 'range'],
    [{ params: 7e9, mode: 'lora', loraTargets: [1] as never }, /loraTargets must be/, 'type'],
    [{ params: 7e9, mode: 'lora', lossPrecision: 'fp16' as never }, /lossPrecision/, 'range'],
  ];
  for (const [input, message, kind] of bad) {
    test(`${kind === 'range' ? 'RangeError' : 'TypeError'}: ${message.source}`, () => {
      assert.throws(
        () => estimateMemory(input),
        (e: Error) => (kind === 'range' ? e instanceof RangeError : e instanceof TypeError) && message.test(e.message),
      );
    });
  }
});
