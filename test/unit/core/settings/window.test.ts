import * as assert from 'assert';
import { WINDOW_CHARS, windowAround } from '../../../../src/core/settings/window';
import { runSettingsAt } from '../../../../src/core/settings/runSettingsAt';

// The settings reader looks at a bounded window: whole lines, but never more than WINDOW_CHARS
// each side, however long a line is (minified or generated text).
suite('settings: the window around a label', () => {
  test('a line longer than the budget is cut around the label', () => {
    const text = `${'x'.repeat(3 * WINDOW_CHARS)} 7B ${'y'.repeat(3 * WINDOW_CHARS)}`;
    const at = 3 * WINDOW_CHARS + 1;
    const w = windowAround(text, at);
    assert.strictEqual(w.start, at - WINDOW_CHARS);
    assert.strictEqual(w.end, at + WINDOW_CHARS);
  });

  test('ordinary lines stay whole', () => {
    const text = 'a: 1\nvllm serve m --max-model-len 8192\nb: 2';
    assert.deepStrictEqual(windowAround(text, 12), { start: 0, end: text.length });
  });

  test('settings beside a label inside a minified line are still read', () => {
    const text = `${'x'.repeat(2e6)} llama-server -m Llama-3.1-8B.gguf --ctx-size 4096 ${'y'.repeat(2e6)}`;
    const s = runSettingsAt(text, 2e6 + 20, 'shellscript');
    assert.strictEqual(s.contextTokens, 4096);
    assert.ok(s.read.every(r => r.start > 2e6 && r.end < 2e6 + 80));
  });
});
