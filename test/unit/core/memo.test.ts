import * as assert from 'assert';
import { Memo, ownCopy } from '../../../src/core/memo';

suite('memo', () => {
  /** A memo of `limit` and a counter of how often each key was computed. */
  const counted = (limit: number) => {
    const memo = new Memo<string | null>(limit);
    const computed = new Map<string, number>();
    const get = (key: string, value: string | null = key.toUpperCase()) =>
      memo.get(key, () => {
        computed.set(key, (computed.get(key) ?? 0) + 1);
        return value;
      });
    return { get, computed };
  };

  test('computes a key once while it is held, null included', () => {
    const { get, computed } = counted(10);
    assert.strictEqual(get('a'), 'A');
    assert.strictEqual(get('a'), 'A');
    assert.strictEqual(get('none', null), null);
    assert.strictEqual(get('none', null), null);
    assert.deepStrictEqual([computed.get('a'), computed.get('none')], [1, 1]);
  });

  test('holds at most its limit: an unused key is computed again after two generations', () => {
    const { get, computed } = counted(10);
    get('first');
    for (let i = 0; i < 10; i++) get(`k${i}`);
    get('first');
    assert.strictEqual(computed.get('first'), 2);
  });

  test('a key used in every generation is never computed again', () => {
    const { get, computed } = counted(10);
    for (let i = 0; i < 100; i++) {
      get('hot');
      get(`k${i}`);
    }
    assert.strictEqual(computed.get('hot'), 1);
  });

  test('ownCopy gives the same text', () => {
    const line = 'x'.repeat(1000) + 'meta-llama/Llama-3.1-70B-Instruct' + 'y'.repeat(1000);
    const cut = line.slice(1000, 1033);
    assert.strictEqual(ownCopy(cut), cut);
    assert.strictEqual(ownCopy(''), '');
  });
});
