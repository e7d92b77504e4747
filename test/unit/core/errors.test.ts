import * as assert from 'assert';
import { isInvalidInput, reportError, setErrorReporter, unlessInvalid } from '../../../src/core/errors';

suite('core errors: invalid input vs bugs', () => {
  test('RangeError and TypeError mean "cannot estimate this": undefined', () => {
    assert.strictEqual(
      unlessInvalid(() => {
        throw new RangeError('unknown format');
      }),
      undefined,
    );
    assert.strictEqual(
      unlessInvalid(() => {
        throw new TypeError('params must be a number');
      }),
      undefined,
    );
    assert.strictEqual(
      unlessInvalid(() => 42),
      42,
    );
    assert.ok(isInvalidInput(new RangeError('x')) && !isInvalidInput(new Error('x')) && !isInvalidInput('x'));
  });

  test('any other error is a bug and propagates', () => {
    const bug = () => {
      throw new Error('the model catalog holds no template model');
    };
    assert.throws(() => unlessInvalid(bug), /catalog/);
    assert.throws(
      () =>
        unlessInvalid(() => {
          throw new SyntaxError('bad');
        }),
      SyntaxError,
    );
  });

  test('swallowed errors reach the reporter the extension installs, and it can be restored', () => {
    const seen: string[] = [];
    const restore = setErrorReporter((where, e) => seen.push(`${where}: ${(e as Error).message}`));
    try {
      reportError('labelAt', new Error('boom'));
    } finally {
      restore();
    }
    assert.deepStrictEqual(seen, ['labelAt: boom']);
    const after: unknown[] = [];
    const restoreAgain = setErrorReporter((_, e) => after.push(e));
    restoreAgain();
    assert.deepStrictEqual(after, []);
  });
});
