import * as assert from 'assert';
import { lookupModel } from '../../../../src/core/catalog/lookupModel';
import { sameArchitectureBase } from '../../../../src/core/resolve/sameArchitecture';
import { nameWords } from '../../../../src/core/resolve/nameTokens';

// Names that do not hold their base's words (CodeGemma, MedGemma, Magistral, OpenThinker): a listed
// row with its source says which base's config they keep; the size written picks the row.
suite('resolve: same-architecture rows for names without their base inside', () => {
  const derivatives: Array<[string, string]> = [
    ['google/codegemma-7b', 'google/gemma-7b'],
    ['google/codegemma-2b', 'google/gemma-2b'],
    ['unsloth/codegemma-7b-bnb-4bit', 'google/gemma-7b'],
    ['google/medgemma-27b-text-it', 'google/gemma-3-27b-pt'],
    ['google/medgemma-4b-it', 'google/gemma-3-4b-pt'],
    ['unsloth/Magistral-Small-2506-unsloth-bnb-4bit', 'mistralai/Mistral-Small-3.1-24B-Base-2503'],
    ['mistralai/Magistral-Small-2509', 'mistralai/Mistral-Small-3.2-24B-Instruct-2506'],
    ['mistral.magistral-small-2509', 'mistralai/Mistral-Small-3.2-24B-Instruct-2506'],
    ['open-thoughts/OpenThinker-7B', 'Qwen/Qwen2.5-7B'],
    ['open-thoughts/OpenThinker-32B', 'Qwen/Qwen2.5-32B'],
  ];
  for (const [name, base] of derivatives) {
    test(`${name} → derivative of ${base}`, () => {
      const m = lookupModel(name);
      assert.strictEqual(m?.resolvedAs, 'derivative');
      assert.strictEqual(m?.baseModel, base);
      assert.match(String(m?.resolution), /same architecture \(https:\/\//);
    });
  }

  test('a family in several sizes with no size written has no single base', () => {
    assert.strictEqual(sameArchitectureBase(nameWords('codegemma')), undefined);
    assert.strictEqual(sameArchitectureBase(nameWords('google/medgemma')), undefined);
  });

  test('a size no row agrees with gives nothing rather than the nearest row', () => {
    assert.strictEqual(sameArchitectureBase(nameWords('OpenThinker-14B')), undefined);
  });

  test('a Magistral release with no row (another date) is not guessed', () => {
    assert.strictEqual(sameArchitectureBase(nameWords('Magistral-Small-2507')), undefined);
  });
});
