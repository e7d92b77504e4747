import * as assert from 'assert';
import { runSettingsAt } from '../../../../src/core/settings/runSettingsAt';

suite('settings/writtenBeside (prose)', () => {
  test('a format in the same table row or sentence is read as meant', () => {
    const row = '| Llama 3.1 70B | IQ2_XXS | 20.8 GB |';
    assert.strictEqual(runSettingsAt(row, row.indexOf('70B'), 'markdown').quant, 'IQ2_XXS');
    const s = 'We ran Llama 3.1 70B at IQ2_XXS on one card. Qwen2.5-7B used Q8_0.';
    assert.strictEqual(runSettingsAt(s, s.indexOf('70B'), 'markdown').quant, 'IQ2_XXS');
    assert.strictEqual(runSettingsAt(s, s.indexOf('Qwen'), 'markdown').quant, 'Q8_0');
  });
  test('a context in the same sentence, with k as model cards count it', () => {
    const s = 'Qwen2.5-32B-Instruct with a 32k context fits two 24 GB cards.';
    assert.strictEqual(runSettingsAt(s, s.indexOf('Qwen'), 'markdown').contextTokens, 32768);
    const t = 'Llama 3.1 8B at 16,384 tokens of context.';
    assert.strictEqual(runSettingsAt(t, t.indexOf('8B'), 'markdown').contextTokens, 16384);
  });
  test('nothing from another sentence or row', () => {
    const s = 'Llama 3.1 70B is large. Q4_K_M is a format.\n| Qwen2.5-7B | |\n| x | Q8_0 |';
    assert.strictEqual(runSettingsAt(s, s.indexOf('70B'), 'markdown').quant, undefined);
    assert.strictEqual(runSettingsAt(s, s.indexOf('Qwen'), 'markdown').quant, undefined);
  });
  test('a format on the next line of the same JSON object', () => {
    const j = '{\n  "model": "Qwen/Qwen2.5-7B-Instruct",\n  "quantization": "AWQ"\n}';
    assert.strictEqual(runSettingsAt(j, j.indexOf('Qwen/'), 'json').quant, 'AWQ');
  });
});
