import * as assert from 'assert';
import { readBool, readDtype, readFraction, readInt, readText } from '../../../../src/core/settings/readValue';

const none = () => undefined;
const vars = (m: Record<string, string>) => (n: string) => m[n];

suite('settings/readValue', () => {
  test('whole numbers in the forms people write', () => {
    assert.strictEqual(readInt('32768', none), 32768);
    assert.strictEqual(readInt('"32768"', none), 32768);
    assert.strictEqual(readInt('2**15', none), 32768);
    assert.strictEqual(readInt('32 * 1024', none), 32768);
    assert.strictEqual(readInt('32_768', none), 32768);
    assert.strictEqual(readInt('8192,', none), 8192);
  });
  test('shell defaults and variables', () => {
    assert.strictEqual(readInt('${CTX:-8192}', none), 8192);
    assert.strictEqual(readInt('${CTX:-8192}', vars({ CTX: '4096' })), 4096);
    assert.strictEqual(readInt('$CTX', vars({ CTX: '"16384"' })), 16384);
    assert.strictEqual(readInt('$CTX', none), undefined);
    assert.strictEqual(readInt('max_seq_length', vars({ max_seq_length: '2048' })), 2048);
  });
  test('what it cannot read is left out', () => {
    for (const s of ['32k', '32K', 'auto', '', 'abc', '1e4', '${CTX}'])
      assert.strictEqual(readInt(s, none), undefined, s);
  });
  test('fractions, flags, dtypes, text', () => {
    assert.strictEqual(readFraction('0.9', none), 0.9);
    assert.strictEqual(readFraction('.85', none), 0.85);
    assert.strictEqual(readFraction('1.5', none), undefined);
    assert.strictEqual(readBool('True', none), true);
    assert.strictEqual(readBool('on', none), true);
    assert.strictEqual(readBool('0', none), false);
    assert.strictEqual(readBool('auto', none), undefined);
    assert.strictEqual(readDtype('torch.bfloat16', none), 'BF16');
    assert.strictEqual(readDtype('half', none), 'F16');
    assert.strictEqual(readDtype('auto', none), undefined);
    assert.strictEqual(readText('"path/to/mmproj.bin"', none), 'path/to/mmproj.bin');
    assert.strictEqual(readText('$UNSET', none), undefined);
  });
});
