import * as assert from 'assert';
import { resolveName } from '../../../../src/core/resolve/resolveName';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';

suite('resolve: names in estimates', () => {
  test("a fine-tune is priced on its base's architecture, in the format its name gives, and says so", () => {
    const tuned = estimateMemory({ model: 'NousResearch/Hermes-3-Llama-3.1-8B', contextTokens: 4096 });
    const base = estimateMemory({ model: 'meta-llama/Llama-3.1-8B', contextTokens: 4096 });
    assert.strictEqual(tuned.weightsBytes, base.weightsBytes);
    assert.strictEqual(tuned.basis, 'config');
    assert.ok(
      tuned.assumptions.some(a => a.startsWith('fine-tune of Llama 3.1 8B')),
      tuned.assumptions.join(' | '),
    );
    const fourBit = estimateMemory({ model: 'unsloth/Llama-3.1-8B-Instruct-bnb-4bit', contextTokens: 4096 });
    assert.ok(fourBit.weightsBytes < base.weightsBytes / 2.5, 'the bnb-4bit upload keeps its 4-bit format');
  });

  test('a hosted id is priced as the model it serves', () => {
    const hosted = estimateMemory({ model: 'groq/mixtral-8x7b-32768', quant: 'BF16', contextTokens: 1 });
    const own = estimateMemory({ model: 'mistralai/Mixtral-8x7B-v0.1', quant: 'BF16', contextTokens: 1 });
    assert.strictEqual(hosted.weightsBytes, own.weightsBytes);
    assert.ok(hosted.assumptions.some(a => a.startsWith('served by Groq')));
  });

  test('names that resolve to nothing keep the size-only estimate and its error for no size', () => {
    assert.strictEqual(resolveName('my-custom-model'), undefined);
    assert.throws(() => estimateMemory({ model: 'my-custom-model' }), RangeError);
    assert.throws(() => estimateMemory({ model: 'glm-ocr' }), /Ollama's library gives no parameter count/);
    assert.strictEqual(estimateMemory({ model: 'togethercomputer/StripedHyena-Nous-7B' }).basis, 'label');
  });

  test('remembered per name and never throwing on odd input', () => {
    for (const bad of ['', 'a:b:c', '::', '/', 'ollama/', 'bedrock/', 'x'.repeat(301)]) {
      assert.doesNotThrow(() => resolveName(bad, true), bad);
    }
    assert.strictEqual(resolveName('qwen3:8b', true), resolveName('qwen3:8b', true));
  });
});
