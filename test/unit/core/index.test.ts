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
