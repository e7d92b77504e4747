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
});
