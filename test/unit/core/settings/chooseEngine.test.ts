import * as assert from 'assert';
import { canLoad, chooseEngine } from '../../../../src/core/settings/chooseEngine';

suite('settings/chooseEngine', () => {
  test('precedence: the file, then the user, then the format', () => {
    assert.strictEqual(chooseEngine('vllm', 'llama.cpp', 'AWQ').engine, 'vllm');
    assert.strictEqual(chooseEngine(undefined, 'ollama', 'Q4_K_M').engine, 'ollama');
    assert.strictEqual(chooseEngine(undefined, 'auto', 'Q4_K_M').engine, 'llama.cpp');
    assert.strictEqual(chooseEngine(undefined, 'auto', 'AWQ').engine, 'vllm');
    assert.strictEqual(chooseEngine(undefined, 'auto', 'NF4').engine, 'transformers');
    assert.strictEqual(chooseEngine(undefined, 'auto', 'MLX-4bit').engine, 'mlx');
    assert.strictEqual(chooseEngine(undefined, undefined, undefined).from, 'default');
  });
  test('a format the engine cannot load is priced on the one that runs it, and says so', () => {
    const c = chooseEngine(undefined, 'llama.cpp', 'AWQ');
    assert.strictEqual(c.engine, 'vllm');
    assert.match(c.notes.join(), /AWQ does not run on llama\.cpp/);
    assert.strictEqual(chooseEngine(undefined, 'llama.cpp', 'NF4').engine, 'transformers');
    assert.ok(!canLoad('llama.cpp', 'GPTQ'));
    assert.ok(canLoad('vllm', 'GPTQ'));
    assert.ok(canLoad('ollama', 'Q4_K_M'));
    assert.ok(!canLoad('vllm', 'Q4_K_M'));
  });
  test('SGLang, TGI and MLX are priced with their own policies', () => {
    for (const e of ['sglang', 'tgi', 'mlx'] as const) {
      const c = chooseEngine(e, 'auto', undefined);
      assert.deepStrictEqual([c.engine, c.policy, c.notes], [e, e, []]);
    }
  });
});
