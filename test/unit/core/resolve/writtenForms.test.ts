import * as assert from 'assert';
import { lookupModel } from '../../../../src/core/catalog/lookupModel';
import { nameWords } from '../../../../src/core/resolve/nameTokens';

// Spellings of a release that tools impose: a cache folder, an identifier without dots, an
// evaluation config's engine suffix. Each names the release itself.
suite('resolve: forms tools write a release in', () => {
  test("the Hugging Face cache's folder name is the repository", () => {
    assert.strictEqual(lookupModel('models--mistralai--mistral-7b-v0.1')?.id, 'mistralai/Mistral-7B-v0.1');
    assert.strictEqual(lookupModel('models--mistralai--mistral-7b-v0.1')?.resolvedAs, 'catalog');
    const upload = lookupModel('models--unsloth--Llama-3.2-1B-Instruct-bnb-4bit');
    assert.strictEqual(upload?.resolvedAs, 'derivative');
    assert.strictEqual(upload?.baseModel, 'meta-llama/Llama-3.2-1B');
  });

  test('an underscore between version digits is the dot', () => {
    assert.deepStrictEqual(nameWords('Llama3_1-70B-Instruct').words, ['llama3.1', 'instruct']);
    assert.deepStrictEqual(nameWords('qwen2_5-7b').words, ['qwen2.5']);
    // a size after the underscore stays a size
    assert.deepStrictEqual(nameWords('gemma2_2b').words, ['gemma2']);
    const tuned = lookupModel('BAAI/Infinity-Instruct-7M-Gen-Llama3_1-70B');
    assert.strictEqual(tuned?.baseModel, 'meta-llama/Llama-3.1-70B');
  });

  test("an evaluation config's engine suffix serves the release itself", () => {
    assert.strictEqual(lookupModel('llama-2-70b-turbomind')?.id, 'meta-llama/Llama-2-70b-hf');
    assert.strictEqual(lookupModel('qwen2-7b-instruct-vllm')?.resolvedAs, 'catalog');
  });
});

suite("resolve: a base written in a fine-tune's name beats its family's usual base", () => {
  test('Zephyr on Gemma is Gemma 7B; Zephyr alone stays on Mistral 7B', () => {
    assert.strictEqual(lookupModel('HuggingFaceH4/zephyr-7b-gemma-v0.1')?.baseModel, 'google/gemma-7b');
    assert.strictEqual(lookupModel('HuggingFaceH4/zephyr-7b-alpha')?.baseModel, 'mistralai/Mistral-7B-v0.1');
  });

  test("a row that names the release's own words still wins (QwQ-32B-Preview is on Qwen2.5-32B)", () => {
    assert.strictEqual(lookupModel('unsloth/QwQ-32B-Preview-bnb-4bit')?.baseModel, 'Qwen/Qwen2.5-32B');
  });
});

suite('resolve: a size class is a size', () => {
  test('T5, E5 and DeBERTa sizes written as classes never land on the base-size sibling', () => {
    for (const name of [
      'google/t5-v1_1-xxl',
      't5-large',
      'google/flan-t5-xl',
      'intfloat/e5-large-v2',
      'microsoft/deberta-v3-small',
    ]) {
      assert.strictEqual(lookupModel(name), undefined, name);
    }
  });

  test('the same class still matches, and so does a name that writes no class', () => {
    assert.strictEqual(lookupModel('someone/flan-t5-base-finetuned')?.baseModel, 'google/flan-t5-base');
    assert.strictEqual(lookupModel('Qwen/Qwen2.5-7B-Base')?.id, 'Qwen/Qwen2.5-7B');
  });
});
