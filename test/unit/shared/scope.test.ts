import * as assert from 'assert';
import { Scope } from '../../../src/shared/scope';

suite('Scope: listeners of one webview', () => {
  test('a new webview replaces the old listeners, disposing them', () => {
    const disposed: string[] = [];
    const listener = (name: string) => ({ dispose: () => disposed.push(name) });
    const scope = new Scope();
    for (let open = 0; open < 5; open++) scope.replace(listener(`message ${open}`), listener(`dispose ${open}`));
    assert.strictEqual(scope.size, 2);
    assert.strictEqual(disposed.length, 8);
    scope.clear();
    assert.strictEqual(scope.size, 0);
    assert.deepStrictEqual(disposed.slice(-2), ['message 4', 'dispose 4']);
  });

  test('clearing from inside a listener being disposed does not dispose twice', () => {
    const scope = new Scope();
    let count = 0;
    scope.replace({
      dispose: () => {
        count++;
        scope.clear();
      },
    });
    scope.dispose();
    assert.strictEqual(count, 1);
  });
});
