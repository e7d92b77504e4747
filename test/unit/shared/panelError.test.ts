import * as assert from 'assert';
import { panelError } from '../../../src/shared/panelError';
import { estimateMemory } from '../../../src/core/estimate/estimateMemory';

suite('estimate panel: what it says for inputs it cannot estimate', () => {
  const thrown = (model: string) => {
    try {
      estimateMemory({ model });
      return undefined;
    } catch (e) {
      return e;
    }
  };

  test("an unknown model: a message about the model box, never the command's params field; figures cleared", () => {
    const e = thrown('totally-unknown-model');
    assert.ok(e instanceof RangeError);
    const r = panelError('totally-unknown-model', e, true);
    assert.strictEqual(r.clear, true);
    assert.doesNotMatch(r.message, /params/);
    assert.match(r.message, /does not know "totally-unknown-model".*7B/);
    assert.strictEqual(panelError('totally-unknown-model', e, false).clear, true, 'unknown even when unchanged');
  });

  test("a known model with another bad input keeps the estimator's message; figures stay for the same model", () => {
    const r = panelError('meta-llama/Llama-3.1-8B', new RangeError('unknown weights format "X"'), false);
    assert.deepStrictEqual(r, { message: 'unknown weights format "X"', clear: false });
    assert.strictEqual(panelError('meta-llama/Llama-3.1-8B', new RangeError('x'), true).clear, true);
  });
});
