import * as assert from 'assert';
import { contextWarning } from '../../../../src/core/estimate/contextWarning';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';

suite("context past the model's native maximum", () => {
  test('said only above the maximum, with both figures', () => {
    assert.strictEqual(contextWarning(32768, 32768), undefined);
    assert.strictEqual(contextWarning(8192, undefined), undefined);
    assert.match(contextWarning(131072, 32768)!, /131,072 tokens exceed the model's native maximum of 32,768/);
  });

  test("in the estimate's assumptions for a model whose config says 32,768; not for a size-only label", () => {
    const at = (contextTokens: number) =>
      estimateMemory({ model: 'mistralai/Mistral-7B-v0.3', contextTokens }).assumptions;
    assert.ok(at(131072).some(a => /native maximum of 32,768/.test(a)));
    assert.ok(!at(32768).some(a => /native maximum/.test(a)));
    assert.ok(!estimateMemory({ params: 7e9, contextTokens: 1e6 }).assumptions.some(a => /native maximum/.test(a)));
  });
});
