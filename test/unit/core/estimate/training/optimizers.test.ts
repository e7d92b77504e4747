import * as assert from 'assert';
import { findOptimizer, optimizerStateBytes, OPTIMIZERS } from '../../../../../src/core/estimate/training/optimizers';

suite('training: optimizer states', () => {
  test('names people write map to one optimizer each', () => {
    const cases: Array<[string, string]> = [
      ['adamw_torch', 'adamw'],
      ['adamw_torch_fused', 'adamw'],
      ['AdamW', 'adamw'],
      ['torch.optim.AdamW', 'adamw'],
      ['adamw_8bit', 'adamw-8bit'],
      ['adamw_bnb_8bit', 'adamw-8bit'],
      ['paged_adamw_8bit', 'paged-adamw-8bit'],
      ['paged_adamw_32bit', 'paged-adamw'],
      ['bitsandbytes.optim.PagedAdamW8bit', 'paged-adamw-8bit'],
      ['sgd', 'sgd'],
      ['adafactor', 'adafactor'],
      ['lion_32bit', 'lion'],
    ];
    for (const [name, id] of cases) assert.strictEqual(findOptimizer(name)?.id, id, name);
    assert.strictEqual(findOptimizer('rmsprop-magic'), undefined);
  });

  test('AdamW keeps two moments: 8 bytes in fp32, 4 in bf16; 8-bit AdamW 2 bytes in any precision', () => {
    const adamw = findOptimizer('adamw')!;
    assert.strictEqual(optimizerStateBytes(adamw, 4, 4096), 8);
    assert.strictEqual(optimizerStateBytes(adamw, 2, 4096), 4);
    const eight = findOptimizer('adamw_8bit')!;
    assert.strictEqual(optimizerStateBytes(eight, 4, 4096), 2);
    assert.strictEqual(optimizerStateBytes(eight, 2, 4096), 2);
  });

  test('SGD has no state, Adafactor a factored one far below a byte per parameter', () => {
    assert.strictEqual(optimizerStateBytes(findOptimizer('sgd')!, 4, 4096), 0);
    const ada = optimizerStateBytes(findOptimizer('adafactor')!, 4, 4096);
    assert.ok(ada > 0 && ada < 0.01, String(ada));
  });

  test('paged optimizers are flagged, and every optimizer names its source', () => {
    assert.ok(findOptimizer('paged_adamw_8bit')!.paged && findOptimizer('paged_adamw_32bit')!.paged);
    assert.ok(!findOptimizer('adamw_8bit')!.paged);
    for (const o of OPTIMIZERS) assert.ok(o.source.length > 20, o.id);
  });
});
