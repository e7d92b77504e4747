// The quant table's figures do not drift: every format of the snapshot (taken when the table was
// laid out as a readable table) is still there with the same values, in the same order. A new
// format needs no change here; changing an existing figure means updating the snapshot on purpose.
import * as assert from 'assert';
import { bareWidthMix, quantFormat, QUANT_FORMATS } from '../../../../src/core/data/quantFormats';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import SNAPSHOT from '../../../data/quantFormats.snapshot.json';

suite('quant table: the figures of known formats', () => {
  test('every format of the snapshot keeps its values and its place', () => {
    const names = new Set(SNAPSHOT.map(f => f.name));
    const current = QUANT_FORMATS.filter(f => names.has(f.name)).map(f => ({ ...f }));
    assert.deepStrictEqual(current, SNAPSHOT);
  });
});

suite('quant table: a bare width is its mix, not a copy of it', () => {
  test('"Q4" … "Q2" carry every figure and the source of their mix', () => {
    const pairs = [
      ['Q8', 'Q8_0'],
      ['Q6', 'Q6_K'],
      ['Q5', 'Q5_K_M'],
      ['Q4', 'Q4_K_M'],
      ['Q3', 'Q3_K_M'],
      ['Q2', 'Q2_K'],
    ];
    for (const [bare, mix] of pairs) {
      assert.strictEqual(bareWidthMix(bare), mix);
      const { name, describe, ...figures } = quantFormat(bare)!;
      const { name: mixName, describe: mixDescribe, ...mixFigures } = quantFormat(mix)!;
      assert.deepStrictEqual(figures, mixFigures, bare);
      assert.ok(name === bare && mixName === mix && describe !== mixDescribe);
    }
    assert.strictEqual(bareWidthMix('Q4_K_M'), undefined);
    assert.strictEqual(bareWidthMix('toString'), undefined);
  });

  test('a model in a bare width weighs what it weighs in its mix', () => {
    for (const model of ['Llama-3.1-8B', 'Qwen/Qwen3-30B-A3B']) {
      const weights = (quant: string) => estimateMemory({ model, quant }).weightsBytes;
      assert.strictEqual(weights('Q4'), weights('Q4_K_M'));
      assert.strictEqual(weights('Q3'), weights('Q3_K_M'));
    }
    assert.strictEqual(new Set(QUANT_FORMATS.map(f => f.name)).size, QUANT_FORMATS.length);
  });
});
