import * as assert from 'assert';
import { lookupModel } from '../../../../src/core/catalog/lookupModel';
import { isReleaseDate, nameWords } from '../../../../src/core/resolve/nameTokens';

// Mistral (and Qwen) date releases as yymm; providers write them with or without the date, and with
// or without the generation number when the date is written.
suite('resolve: dated releases', () => {
  test('a yymm date stays a word of its own; a version or a context length is not a date', () => {
    assert.deepStrictEqual(nameWords('mistralai/Magistral-Small-2506').words, ['magistral', 'small', '2506']);
    assert.deepStrictEqual(nameWords('Qwen3-4B-Instruct-2507').words, ['qwen3', 'instruct', '2507']);
    assert.deepStrictEqual(nameWords('Hermes-3-Llama-3.1-8B').words, ['hermes3', 'llama3.1']);
    assert.strictEqual(isReleaseDate('2512'), true);
    assert.strictEqual(isReleaseDate('8192'), false);
    assert.strictEqual(isReleaseDate('2513'), false);
  });

  const served: Array<[string, string]> = [
    ['mistral.devstral-2-123b', 'mistralai/Devstral-2-123B-Instruct-2512'],
    ['openrouter/mistralai/devstral-2512', 'mistralai/Devstral-2-123B-Instruct-2512'],
    ['openrouter/mistralai/ministral-3b-2512', 'mistralai/Ministral-3-3B-Base-2512'],
    ['openrouter/mistralai/ministral-8b-2512', 'mistralai/Ministral-3-8B-Base-2512'],
    ['openrouter/mistralai/ministral-14b-2512', 'mistralai/Ministral-3-14B-Base-2512'],
    ['mistral.ministral-3-8b-instruct', 'mistralai/Ministral-3-8B-Base-2512'],
  ];
  for (const [name, id] of served) {
    test(`${name} → ${id}`, () => {
      const m = lookupModel(name);
      assert.strictEqual(m?.id, id);
      assert.strictEqual(m?.resolvedAs, 'catalog');
    });
  }

  test('the date pins the release: Ministral 8B of 2410 is not Ministral 3 8B of 2512', () => {
    const ministral8b = 'mistralai/Ministral-8B-Instruct-2410';
    assert.strictEqual(lookupModel(ministral8b)?.id, ministral8b);
    assert.strictEqual(lookupModel('openrouter/mistralai/ministral-8b-2410')?.id, ministral8b);
  });

  test('without "small", Devstral 2512 is the 123B, not Devstral Small 2', () => {
    assert.notStrictEqual(lookupModel('mistralai/devstral-2512')?.id, 'mistralai/Devstral-Small-2-24B-Instruct-2512');
  });
});
