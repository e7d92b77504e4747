import * as assert from 'assert';
import {
  FAMILY_CONTEXT_WORDS,
  FAMILY_NAME_WORD,
  familyHint,
  MODEL_FAMILIES,
} from '../../../../src/core/catalog/modelFamilies';
import { catalogModels } from '../../../../src/core/catalog/lookupModel';
import { templateFor } from '../../../../src/core/estimate/architecture';

suite('model families: one data file for names, context words and architecture hints', () => {
  test('every template family a hint names exists in the catalog', () => {
    const families = new Set<string>(catalogModels().map(m => m.family));
    for (const f of MODEL_FAMILIES) for (const t of f.templates ?? []) assert.ok(families.has(t), `${f.family}: ${t}`);
  });

  test('every pattern compiles, and the entries are unique', () => {
    for (const f of MODEL_FAMILIES) {
      const patterns = [f.hint, ...(f.nameWords ?? []), ...(f.contextWords ?? [])].filter((p): p is string => !!p);
      for (const p of patterns) assert.doesNotThrow(() => new RegExp(p), p);
    }
    const names = MODEL_FAMILIES.map(f => f.family);
    assert.strictEqual(new Set(names).size, names.length);
  });

  test('more specific hints win: Qwen3 before Qwen, Mixtral before Mistral', () => {
    assert.deepStrictEqual(familyHint('Qwen3-14B'), ['qwen3', 'qwen3-moe']);
    assert.deepStrictEqual(familyHint('Qwen2.5-14B'), ['qwen2']);
    assert.deepStrictEqual(familyHint('Mixtral-8x22B'), ['mixtral']);
    assert.deepStrictEqual(familyHint('Codestral-22B'), ['mistral']);
    assert.strictEqual(familyHint('my-own-13B'), undefined);
    assert.strictEqual(templateFor(14e9, false, 'Qwen3-14B').family, 'qwen3');
  });

  test('name words and context words are read case-insensitively from the data', () => {
    for (const name of ['TinyLlama-1.1B', 'zephyr-7b', 'gemma-2-9b-it', 'OLMo-7B']) {
      assert.ok(FAMILY_NAME_WORD.test(name), name);
    }
    assert.ok(!FAMILY_NAME_WORD.test('table-2b'));
    assert.ok(new RegExp(`^(?:${FAMILY_CONTEXT_WORDS})$`, 'i').test('Qwen2'));
  });
});
