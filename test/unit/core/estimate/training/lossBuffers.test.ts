import * as assert from 'assert';
import { lossBytes, LOSS_BYTES_PER_LOGIT } from '../../../../../src/core/estimate/training/lossBuffers';
import { findCatalogModel } from '../../../../../src/core/catalog/lookupModel';

suite('training: logits and loss buffers', () => {
  test('vocabulary × tokens × bytes per logit, fp32 twice bf16', () => {
    const m = findCatalogModel('meta-llama/Llama-3.1-8B')!;
    assert.strictEqual(lossBytes(m, 2048, 2), 2048 * 2 * 128256 * LOSS_BYTES_PER_LOGIT.fp32);
    assert.strictEqual(lossBytes(m, 2048, 2, 'bf16') * 2, lossBytes(m, 2048, 2, 'fp32'));
  });

  test('a 152k vocabulary at 8k tokens needs about 18.5 GiB in fp32: the largest part of a long sequence', () => {
    const m = findCatalogModel('Qwen/Qwen-7B')!;
    const gib = lossBytes(m, 8192, 1) / 2 ** 30;
    assert.ok(gib > 18 && gib < 19, String(gib));
  });
});
