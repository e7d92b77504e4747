// The public core bundle (dist/core.js) loads without computing the glossary's worked examples:
// each entry of `glossary` keeps its body unexpanded until that body is read.
import * as assert from 'assert';
import * as path from 'path';

suite('core bundle: the glossary is expanded lazily', () => {
  const bundle = path.resolve(__dirname, '../../../../dist/core.js');
  type Entry = { id: string; body: string };
  const isComputed = (e: Entry) => 'value' in Object.getOwnPropertyDescriptor(e, 'body')!;

  function freshCore(): { glossary: Entry[] } {
    delete require.cache[bundle];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh load of the built bundle
    return require(bundle);
  }

  test('require() computes no body; reading one body computes that body only', () => {
    const { glossary } = freshCore();
    assert.ok(Array.isArray(glossary) && glossary.length >= 30);
    assert.deepStrictEqual(
      glossary.filter(isComputed).map(e => e.id),
      [],
      'bodies computed at require()',
    );

    const withTable = glossary.find(e => e.id === 'parameter-count')!;
    assert.match(withTable.body, /\| 70B \| 140 GB \|/);
    assert.deepStrictEqual(
      glossary.filter(isComputed).map(e => e.id),
      ['parameter-count'],
    );
    assert.strictEqual(withTable.body, withTable.body, 'the same text on every read');
  });

  test('entries behave as plain data for the caller', () => {
    const { glossary } = freshCore();
    const entry = glossary[0];
    entry.body = 'changed';
    assert.strictEqual(entry.body, 'changed');
    const copy = JSON.parse(JSON.stringify(glossary[1])) as Entry;
    assert.strictEqual(copy.body, glossary[1].body);
    assert.ok(copy.body.length > 100);
    assert.notStrictEqual(freshCore().glossary[0].body, 'changed', "a change stays in the caller's copy");
  });
});

suite('core bundle: the catalog is parsed on first use', () => {
  const bundle = path.resolve(__dirname, '../../../../dist/core.js');

  test('require() parses no catalog; the first look-up parses it once', () => {
    const parse = JSON.parse;
    const parsed: number[] = [];
    JSON.parse = ((text: string, reviver?: (k: string, v: unknown) => unknown) => {
      if (typeof text === 'string' && text.startsWith('[{"id":')) parsed.push(text.length);
      return parse(text, reviver);
    }) as typeof JSON.parse;
    try {
      delete require.cache[bundle];
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh load of the built bundle
      const core = require(bundle) as { lookupModel(name: string): { params: number } | undefined };
      assert.deepStrictEqual(parsed, [], 'loading the bundle parsed the catalog');
      assert.ok(core.lookupModel('meta-llama/Llama-3.1-70B-Instruct')!.params > 7e10);
      core.lookupModel('mistralai/Mistral-7B-v0.1');
      assert.strictEqual(parsed.length, 1, 'the catalog is parsed exactly once');
      assert.ok(parsed[0] > 100_000, 'the whole catalog is one compact JSON text');
    } finally {
      JSON.parse = parse;
    }
  });
});
