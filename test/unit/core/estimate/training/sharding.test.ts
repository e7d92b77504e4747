import * as assert from 'assert';
import { gatheredLayerBytes, perGpuStates } from '../../../../../src/core/estimate/training/sharding';

suite('training: ZeRO / FSDP sharding', () => {
  const s = { weights: 16, gradients: 16, optimizer: 96 };
  test('stage 1 shards optimizer states, 2 also gradients, 3 also weights', () => {
    assert.deepStrictEqual(perGpuStates(s, 1, 8), { weights: 16, gradients: 16, optimizer: 12 });
    assert.deepStrictEqual(perGpuStates(s, 2, 8), { weights: 16, gradients: 2, optimizer: 12 });
    assert.deepStrictEqual(perGpuStates(s, 3, 8), { weights: 2, gradients: 2, optimizer: 12 });
  });
  test('one GPU or stage 0 holds everything; stage 3 gathers two layers whole', () => {
    assert.deepStrictEqual(perGpuStates(s, 3, 1), s);
    assert.deepStrictEqual(perGpuStates(s, 0, 8), s);
    assert.strictEqual(gatheredLayerBytes(2e8, 3, 8), 4e8);
    assert.strictEqual(gatheredLayerBytes(2e8, 2, 8), 0);
  });
});
