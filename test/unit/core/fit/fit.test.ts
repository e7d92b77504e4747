// The verdict against a target: a GPU's whole memory, or on a Mac the share Metal lets the GPU use.
import * as assert from 'assert';
import { gibTarget, usableBytes, verdict } from '../../../../src/core/fit/fit';
import { metalWorkingSetShare } from '../../../../src/core/fit/metalWorkingSet';

const GiB = 2 ** 30;

suite('fit: usable memory and verdicts', () => {
  test("a Mac's GPU gets Metal's recommended working set: two thirds below 64 GB, three quarters from 64 GB", () => {
    // Logged by llama.cpp's Metal backend: 10922.67 MB of a 16 GB Mac, 21845.34 MB of 32 GB.
    assert.strictEqual(Math.round(usableBytes(gibTarget('Mac 16', 16, 'unified')) / 2 ** 20), 10923);
    assert.strictEqual(Math.round(usableBytes(gibTarget('Mac 32', 32, 'unified')) / 2 ** 20), 21845);
    assert.strictEqual(usableBytes(gibTarget('Mac 64', 64, 'unified')), 48 * GiB);
    assert.strictEqual(metalWorkingSetShare(128 * GiB), 0.75);
  });

  test('a GPU can use all of its memory; several GPUs add up', () => {
    assert.strictEqual(usableBytes(gibTarget('24 GB', 24)), 24 * GiB);
    assert.strictEqual(usableBytes(gibTarget('2 × 24 GB', 24, 'gpu', 2)), 48 * GiB);
  });

  test('fits up to 90 % of usable memory, tight up to 100 %, then no', () => {
    const mac = gibTarget('Mac 24', 24, 'unified'); // 16 GiB usable
    assert.strictEqual(verdict(14 * GiB, mac), 'fits');
    assert.strictEqual(verdict(15.5 * GiB, mac), 'tight');
    assert.strictEqual(verdict(17 * GiB, mac), 'no');
  });
});
