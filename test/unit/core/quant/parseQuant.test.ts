// Uploader and fork format names of their own (issue 12): bartowski's _L mixes, the ARM repacks of
// Q4_0, ik_llama.cpp's types; names that only look like them stay unknown.
import * as assert from 'assert';
import { parseQuant } from '../../../../src/core/quant/parseQuant';
import { quantFormat } from '../../../../src/core/data/quantFormats';

suite('quant: uploader and fork formats', () => {
  test('_L mixes are formats of their own: Q8_0 embeddings and output over the base mix', () => {
    for (const [name, base] of [
      ['Q4_K_L', 'Q4_K_M'],
      ['Q5_K_L', 'Q5_K_M'],
      ['Q6_K_L', 'Q6_K'],
    ] as const) {
      const q = parseQuant(name);
      assert.strictEqual(q?.format.name, name);
      assert.match(q.recipe ?? '', /Q8_0/);
      // Two more tensors at 8.5 bits can only make a file larger than its base mix.
      assert.ok(q.format.effectiveBpw > quantFormat(base)!.effectiveBpw, name);
      assert.ok(q.format.effectiveBpw < 8.5, name);
    }
  });

  test('ARM repacks keep Q4_0 storage under their own names', () => {
    for (const name of ['Q4_0_4_4', 'Q4_0_4_8', 'Q4_0_8_8']) {
      const q = parseQuant(name);
      assert.strictEqual(q?.format.name, name);
      assert.strictEqual(q.bitsPerWeight, 4.5);
    }
  });

  test('ik_llama.cpp types read with their block cost', () => {
    assert.strictEqual(parseQuant('IQ2_K')?.bitsPerWeight, 2.375);
    assert.strictEqual(parseQuant('IQ2_KS')?.bitsPerWeight, 2.1875);
    assert.strictEqual(parseQuant('IQ4_K_R4')?.format.name, 'IQ4_K_R4');
  });

  test('XL recipes still fold into the _M mix, and unknown suffixes stay unknown', () => {
    assert.strictEqual(parseQuant('Q4_K_XL')?.format.name, 'Q4_K_M');
    for (const name of ['Q4_K_Z', 'Q4_0_4', 'IQ7_K', 'Q9_K_L']) assert.strictEqual(parseQuant(name), undefined, name);
  });
});
