// The public contract: dist/core.js, loaded with plain require() and without vscode, exports the
// API of the design document.
import * as assert from 'assert';
import * as path from 'path';
import Module from 'module';

suite('public core API (dist/core.js)', () => {
  type Loader = (request: string, ...rest: unknown[]) => unknown;
  const mod = Module as unknown as { _load: Loader };
  let core: Record<string, unknown>;

  suiteSetup(() => {
    const original = mod._load;
    mod._load = function (request: string, ...rest: unknown[]) {
      if (request === 'vscode') throw new Error('dist/core.js must not import vscode');
      return original.call(this, request, ...rest);
    };
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- as an outside caller would
      core = require(path.resolve(__dirname, '../../../../dist/core.js'));
    } finally {
      mod._load = original;
    }
  });

  test('exports findLabels, labelAt, lookupModel, estimateMemory and glossary', () => {
    for (const name of ['findLabels', 'labelAt', 'lookupModel', 'estimateMemory'])
      assert.strictEqual(typeof core[name], 'function', name);
    assert.ok(Array.isArray(core.glossary) && (core.glossary as unknown[]).length >= 30);
  });

  test('works end to end through the bundle', () => {
    const findLabels = core.findLabels as (t: string) => Array<{ kind: string; params?: number }>;
    const estimateMemory = core.estimateMemory as (i: object) => { totalBytes: number; basis: string };
    assert.strictEqual(findLabels('Mixtral 8x7B')[0].kind, 'model');
    assert.ok(estimateMemory({ model: 'llama3.1:8b', quant: 'Q4_K_M' }).totalBytes > 5e9);
    assert.throws(() => estimateMemory({ params: -1 }), RangeError);
  });
});
