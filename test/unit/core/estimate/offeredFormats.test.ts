import * as assert from 'assert';
import { formatsFor } from '../../../../src/core/estimate/offeredFormats';
import { canLoad } from '../../../../src/core/settings/chooseEngine';
import { ENGINES } from '../../../../src/core/options';

suite('offered formats: what the engine loads, from the one engine/format table', () => {
  test('transformers offers bitsandbytes NF4 and INT8 beside the published formats', () => {
    const offered = formatsFor('transformers');
    for (const f of ['BF16', 'NF4', 'INT8', 'AWQ', 'GPTQ', 'FP8']) assert.ok(offered.includes(f), f);
    assert.ok(!offered.includes('Q4_K_M'), 'no GGUF type for transformers');
  });

  test('an engine is never offered a format it cannot load (SGLang has no bitsandbytes here)', () => {
    for (const engine of ENGINES) {
      const offered = formatsFor(engine);
      assert.ok(offered.length > 0, engine);
      for (const f of offered) assert.ok(canLoad(engine, f), `${engine} ${f}`);
    }
    assert.ok(!formatsFor('sglang').includes('NF4'));
  });

  test("the engine's own kind of weights comes first", () => {
    assert.strictEqual(formatsFor('llama.cpp')[0], 'F16');
    assert.ok(formatsFor('llama.cpp').includes('IQ2_XXS'));
    assert.strictEqual(formatsFor('vllm')[0], 'BF16');
    assert.deepStrictEqual(formatsFor('mlx').slice(0, 3), ['BF16', 'MLX-8bit', 'MLX-4bit']);
  });
});
