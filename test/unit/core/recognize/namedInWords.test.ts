import * as assert from 'assert';
import { findLabels, labelAt } from '../../../../src/core/recognize/findLabels';

const labels = (text: string) => findLabels(text).map(l => [l.text, l.params, l.activeParams ?? null]);

suite('recognize: models named in words', () => {
  test("a family's name, its versions and capitalised words before a size are one label", () => {
    assert.deepStrictEqual(labels('description: DeepSeek Prover V2 671B'), [['DeepSeek Prover V2 671B', 671e9, null]]);
    assert.deepStrictEqual(labels('name = "Qwen3.5 2B"'), [['Qwen3.5 2B', 2e9, null]]);
    // "LLaMa 13b" with no generation is the original LLaMA 13B, a catalog model: its own count.
    assert.deepStrictEqual(labels('[e.g. Zephyr 7B, LLaMa 13b]'), [
      ['Zephyr 7B', 7e9, null],
      ['LLaMa 13b', 13015864320, null],
    ]);
  });

  test('an active part written after the size belongs to the label; it is no label of its own', () => {
    assert.deepStrictEqual(labels('base_model = "Gemma 4 26B A4B"'), [['Gemma 4 26B A4B', 26e9, 4e9]]);
    assert.deepStrictEqual(labels('Foo 30B A3B'), [['30B', 30e9, null]]);
  });

  test('ordinary words, or a class name in code, do not join the name', () => {
    assert.deepStrictEqual(labels('We compared Llama with 7B'), [['7B', 7e9, null]]);
    assert.deepStrictEqual(labels('| Qwen3Model 0.6B | KV cache |'), [['0.6B', 0.6e9, null]]);
  });
});

suite('recognize: hovering a model named in words', () => {
  const at = (text: string, word: string) => labelAt(text, text.indexOf(word) + 1)?.text;

  test('any word of the name answers with the whole label', () => {
    assert.strictEqual(at('Mixtral 8x7B is fast', 'Mixtral'), 'Mixtral 8x7B');
    assert.strictEqual(at('we run Llama 3.1 70B here', 'Llama'), 'Llama 3.1 70B');
    assert.strictEqual(at('we run Llama 3.1 70B here', '3.1'), 'Llama 3.1 70B');
    assert.strictEqual(at('base_model = "Gemma 4 26B A4B"', 'A4B'), 'Gemma 4 26B A4B');
  });

  test('other words near a size do not', () => {
    assert.strictEqual(at('we run Llama 3.1 70B here', 'run'), undefined);
    assert.strictEqual(at('we run Llama 3.1 70B here', 'here'), undefined);
    assert.strictEqual(at('a 70B model', 'model'), undefined);
  });
});
