import * as assert from 'assert';
import { findBaseInName } from '../../../../src/core/resolve/baseInName';
import { nameWords } from '../../../../src/core/resolve/nameTokens';
import { lookupModel } from '../../../../src/core/catalog/lookupModel';

suite('resolve: derivatives by a base named inside the name', () => {
  const derivatives: Array<[string, string]> = [
    ['NousResearch/Hermes-3-Llama-3.1-8B', 'meta-llama/Llama-3.1-8B'],
    ['NousResearch/Hermes-3-Llama-3.1-70B', 'meta-llama/Llama-3.1-70B'],
    ['cognitivecomputations/dolphin-2.9-llama3-8b', 'meta-llama/Meta-Llama-3-8B'],
    ['unsloth/Llama-3.2-3B-Instruct-bnb-4bit', 'meta-llama/Llama-3.2-3B'],
    ['bartowski/Qwen2.5-7B-Instruct-GGUF', 'Qwen/Qwen2.5-7B'],
    ['mlx-community/Qwen3-30B-A3B-Instruct-2507-4bit', 'Qwen/Qwen3-30B-A3B'],
    ['TheBloke/Llama-2-7B-Chat-AWQ', 'meta-llama/Llama-2-7b-hf'],
    ['TheBloke/Mixtral-8x7B-Instruct-v0.1-GPTQ', 'mistralai/Mixtral-8x7B-v0.1'],
    ['Qwen/Qwen2.5-Math-7B-Instruct', 'Qwen/Qwen2.5-7B'],
    ['unsloth/gemma-3n-E4B-it-unsloth-bnb-4bit', 'google/gemma-3n-E4B'],
  ];
  for (const [name, base] of derivatives) {
    test(`${name} → derivative of ${base}`, () => {
      const m = lookupModel(name);
      assert.strictEqual(m?.resolvedAs, 'derivative');
      assert.strictEqual(m?.baseModel, base);
      assert.strictEqual(m?.id, name);
      assert.match(String(m?.resolution), /(fine-tune|re-upload) of .* \(architecture of /);
    });
  }

  test('the hover sentence names the base and its architecture', () => {
    assert.strictEqual(
      lookupModel('NousResearch/Hermes-3-Llama-3.1-8B')?.resolution,
      'fine-tune of Llama 3.1 8B by nousresearch (architecture of meta-llama/Llama-3.1-8B)',
    );
  });

  test('a size that disagrees with every base of the family resolves to none of them', () => {
    // Llama 3.1 has no 13B: a 13B fine-tune must not land on the 8B or the 70B.
    assert.strictEqual(findBaseInName('someone/Hermes-Llama-3.1-13B'), undefined);
    assert.strictEqual(lookupModel('someone/Hermes-Llama-3.1-13B'), undefined);
  });

  test('a 70B fine-tune never resolves to an 8B base', () => {
    assert.strictEqual(lookupModel('NousResearch/Hermes-3-Llama-3.1-70B')?.baseModel, 'meta-llama/Llama-3.1-70B');
  });

  test('a family word with no size or version names no single base', () => {
    assert.strictEqual(findBaseInName('llama2-uncensored'), undefined);
    assert.strictEqual(findBaseInName('codestral'), undefined);
    // The maker's own name without a version: v0.1, v0.2 or v0.3? (An upload by another organisation
    // takes the first release of that shape: nameFamilies.test.ts.)
    assert.strictEqual(lookupModel('mistralai/mistral-7b'), undefined);
  });

  test('other kinds of model built on a base are not priced as the base', () => {
    // Qwen2-VL is in the catalog from its own config (vision tower included), not as Qwen2-7B.
    const vl = lookupModel('Qwen/Qwen2-VL-7B-Instruct');
    assert.strictEqual(vl?.id, 'Qwen/Qwen2-VL-7B-Instruct');
    assert.strictEqual(vl.resolvedAs, 'catalog');
    assert.ok(vl.params > 8.2e9, String(vl.params)); // Qwen2-7B's 7.6B and the 0.68B vision tower
    assert.strictEqual(lookupModel('granite3.1-moe-3b-instruct'), undefined);
  });

  test('a name with no known base stays a size-only guess', () => {
    // StripedHyena (Together's Hyena-attention hybrid) has no catalog architecture and no base.
    assert.strictEqual(lookupModel('togethercomputer/StripedHyena-Nous-7B'), undefined);
  });

  test('nameWords: versions glue to their family word, the size is read apart', () => {
    const w = nameWords('NousResearch/Hermes-3-Llama-3.1-8B');
    assert.deepStrictEqual(w.words, ['hermes3', 'llama3.1']);
    assert.strictEqual(w.sizeText, '8b');
    assert.strictEqual(w.org, 'nousresearch');
  });

  test('bad input never throws', () => {
    for (const bad of ['', ' ', 'x'.repeat(400), '///', ':::']) assert.doesNotThrow(() => lookupModel(bad));
    assert.strictEqual(lookupModel(undefined as unknown as string), undefined);
  });
});
