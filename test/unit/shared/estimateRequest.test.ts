import * as assert from 'assert';
import {
  labelInSelection,
  parseEstimateArgs,
  requestFromLabel,
  requestFromTyped,
} from '../../../src/shared/estimateRequest';
import { labelAt } from '../../../src/core/recognize/findLabels';

suite('estimate requests: command arguments, labels, typed text', () => {
  test('arguments: only known fields of the right type pass', () => {
    assert.deepStrictEqual(
      parseEstimateArgs({
        model: 'Llama-3.1-8B',
        quant: 'Q4_K_M',
        contextTokens: 4096,
        batch: 2,
        engine: 'vllm',
        mode: 'lora',
        kvCacheQuant: 'FP8',
        showPanel: false,
        evil: '<script>',
      }),
      {
        model: 'Llama-3.1-8B',
        quant: 'Q4_K_M',
        contextTokens: 4096,
        batch: 2,
        engine: 'vllm',
        mode: 'lora',
        kvCacheQuant: 'FP8',
        showPanel: false,
      },
    );
    const wrongTypes = { params: 7e9, engine: 'nope', mode: 1, batch: '2', showPanel: 'yes' };
    assert.deepStrictEqual(parseEstimateArgs(wrongTypes), { params: 7e9 });
  });

  test('arguments: nothing to estimate, or not an object, is undefined', () => {
    for (const bad of [
      undefined,
      null,
      'Llama',
      42,
      [],
      [{ model: 'x' }],
      {},
      { quant: 'Q4_K_M' },
      { params: NaN },
      { params: Infinity },
      { model: '' },
      { model: ' ' },
      { model: 'x'.repeat(301) },
    ]) {
      assert.strictEqual(parseEstimateArgs(bad), undefined, JSON.stringify(bad));
    }
  });

  test('arguments: KV cache formats as users write them are read; unknown ones dropped', () => {
    assert.strictEqual(parseEstimateArgs({ params: 7e9, kvCacheQuant: 'q8_0' })?.kvCacheQuant, 'Q8_0');
    assert.strictEqual(parseEstimateArgs({ params: 7e9, kvCacheQuant: 'bf16' })?.kvCacheQuant, 'BF16');
    assert.ok(!('kvCacheQuant' in parseEstimateArgs({ params: 7e9, kvCacheQuant: 'q3' })!));
    assert.ok(!('kvCacheQuant' in parseEstimateArgs({ params: 7e9, kvCacheQuant: 8 })!));
  });

  test('labels: a model by name, a bare size (with its active share), the label format', () => {
    const line = 'ollama run llama3.1:8b; an 8x7B MoE model; a 70B Q4_K_M file';
    const at = (s: string) => labelAt(line, line.indexOf(s) + 1)!;
    assert.strictEqual(requestFromLabel(at('llama3.1:8b')).model !== undefined, true);
    const moe = requestFromLabel(at('8x7B'));
    assert.ok(moe.params! > moe.activeParams!, JSON.stringify(moe));
    assert.deepStrictEqual(requestFromLabel(at('70B')), { params: 7e10 });
    assert.deepStrictEqual(requestFromLabel(at('Q4_K_M')), { quant: 'Q4_K_M' });
  });

  test('typed text: a catalog model, or a size label with an optional format', () => {
    assert.deepStrictEqual(requestFromTyped('  Llama-3.1-8B  '), { model: 'Llama-3.1-8B' });
    assert.deepStrictEqual(requestFromTyped('70B Q4_K_M'), { params: 7e10, activeParams: undefined, quant: 'Q4_K_M' });
    for (const none of ['', '   ', 'hello world', 'Q4_K_M', 'x'.repeat(301)]) {
      assert.strictEqual(requestFromTyped(none), undefined, none);
    }
  });

  test('a selection stands for its first label, when short enough to be one', () => {
    assert.strictEqual(labelInSelection('serve 70B now')?.text, '70B');
    assert.strictEqual(labelInSelection(`70B ${'x'.repeat(400)}`), undefined);
  });
});
