import * as assert from 'assert';
import { lookupModel } from '../../../../src/core/catalog/lookupModel';
import { resolveName } from '../../../../src/core/resolve/resolveName';

// A bare name is an Ollama tag only as Ollama's library spells it (lowercase). Written with
// capitals it is the release of that name, or a family that names no single model.
suite('resolve: bare Ollama names are lowercase', () => {
  test('"DeepSeek-R1" is the 671B release; "deepseek-r1" is Ollama\'s default tag (the 8B distill)', () => {
    assert.strictEqual(lookupModel('DeepSeek-R1')?.id, 'deepseek-ai/DeepSeek-R1');
    assert.strictEqual(lookupModel('DeepSeek-R1')?.resolvedAs, 'catalog');
    const tag = lookupModel('deepseek-r1');
    assert.strictEqual(tag?.resolvedAs, 'derivative');
    assert.strictEqual(tag?.baseModel, 'Qwen/Qwen3-8B');
  });

  test('a capitalised family name names no single size', () => {
    for (const family of ['Qwen3', 'GPT-OSS', 'Qwen3-VL', 'Llama3.1', 'Magistral']) {
      assert.strictEqual(lookupModel(family), undefined, family);
    }
  });

  test('lowercase bare names keep their Ollama meaning where Ollama is meant', () => {
    assert.strictEqual(lookupModel('llama3.1')?.id, 'meta-llama/Llama-3.1-8B');
    assert.strictEqual(lookupModel('qwen3')?.id, 'Qwen/Qwen3-8B');
    assert.strictEqual(resolveName('qwen3', true)?.model?.id, 'Qwen/Qwen3-8B');
    // outside an Ollama context a bare name is not a tag, whatever its spelling
    assert.strictEqual(resolveName('qwen3', false), undefined);
  });

  test('a tag with a size is read whatever its spelling', () => {
    assert.strictEqual(lookupModel('Qwen3:8B')?.id, 'Qwen/Qwen3-8B');
  });
});
