import * as assert from 'assert';
import { lookupModel } from '../../../../src/core/catalog/lookupModel';

// A same-architecture row (DeepSeek V3.1 keeps V3's dimensions) speaks only for names the catalog
// does not hold: once V3.1 and V3.2 are catalog entries of their own, their names resolve to them,
// and a name built on them ("-Terminus") is a derivative of the nearest one.
suite('resolve: a catalog model named whole wins over a same-architecture row', () => {
  const exact: Array<[string, string]> = [
    ['deepseek-v3.1:671b', 'deepseek-ai/DeepSeek-V3.1-Base'],
    ['vertex_ai/deepseek-ai/deepseek-v3.1-maas', 'deepseek-ai/DeepSeek-V3.1-Base'],
    ['vertex_ai/deepseek-ai/deepseek-v3.2-maas', 'deepseek-ai/DeepSeek-V3.2'],
    ['openrouter/deepseek/deepseek-v3.2-exp', 'deepseek-ai/DeepSeek-V3.2-Exp'],
  ];
  for (const [name, id] of exact) {
    test(`${name} → ${id}`, () => {
      const m = lookupModel(name);
      assert.strictEqual(m?.id, id);
      assert.strictEqual(m?.resolvedAs, 'catalog');
    });
  }

  test('a fine-tune of a catalog model the row names is a derivative of that model, not of the row base', () => {
    const m = lookupModel('fireworks_ai/accounts/fireworks/models/deepseek-v3p1-terminus');
    assert.strictEqual(m?.resolvedAs, 'derivative');
    assert.strictEqual(m?.baseModel, 'deepseek-ai/DeepSeek-V3.1-Base');
  });

  test('names the catalog lacks still take the row: DeepSeek-Coder-V2 on V2, deepseek-chat on V3', () => {
    assert.strictEqual(
      lookupModel('deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct')?.baseModel,
      'deepseek-ai/DeepSeek-V2-Lite',
    );
    assert.strictEqual(lookupModel('openrouter/deepseek/deepseek-chat')?.baseModel, 'deepseek-ai/DeepSeek-V3');
  });
});
