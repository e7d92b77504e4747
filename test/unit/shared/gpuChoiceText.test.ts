import * as assert from 'assert';
import { gpuChoiceText } from '../../../src/shared/gpuChoiceText';

suite('Set GPU: the confirmation names the choice in GB, as listed', () => {
  test('a named GPU, a bare size, several', () => {
    assert.strictEqual(gpuChoiceText('RTX 4090', 24, 2), '2 × RTX 4090 (24 GB each)');
    assert.strictEqual(gpuChoiceText('RTX 4090', 24, 1), 'RTX 4090 (24 GB)');
    assert.strictEqual(gpuChoiceText('H100 80 GB', 80, 1), 'H100 80 GB');
    assert.strictEqual(gpuChoiceText(undefined, 24, 1), 'one 24 GB GPU');
    assert.strictEqual(gpuChoiceText(undefined, 48, 4), '4 × 48 GB GPUs');
  });
});
