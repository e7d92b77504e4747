import * as assert from 'assert';
import { normalizeName } from '../../../../src/core/catalog/normalizeName';
import { isFormatWord } from '../../../../src/core/resolve/nameWordKinds';
import FORMAT_WORDS from '../../../../src/core/data/formatWords.json';

suite('normalizeName', () => {
  test('a re-upload in any format word of data/formatWords.json keys as its base model', () => {
    const base = normalizeName('Qwen/Qwen3-30B-A3B');
    for (const word of FORMAT_WORDS.words) {
      assert.strictEqual(normalizeName(`someone/Qwen3-30B-A3B-${word.toUpperCase()}`), base, word);
      assert.ok(isFormatWord(word), word);
    }
  });

  test('Thinking and Instruct releases keep keys of their own', () => {
    assert.notStrictEqual(
      normalizeName('Qwen/Qwen3-30B-A3B-Thinking-2507'),
      normalizeName('Qwen/Qwen3-30B-A3B-Instruct-2507'),
    );
  });

  test('an MLC / WebLLM build keys as the model it was built from', () => {
    assert.strictEqual(normalizeName('Llama-3.2-3B-Instruct-q4f32_1-MLC'), normalizeName('meta-llama/Llama-3.2-3B'));
    assert.strictEqual(normalizeName('gemma-2-2b-it-q4f16_1-MLC-1k'), normalizeName('google/gemma-2-2b'));
    assert.strictEqual(normalizeName('mlc-ai/Qwen2.5-7B-Instruct-q0f16-MLC'), normalizeName('Qwen/Qwen2.5-7B'));
  });
});
