import * as assert from 'assert';
import { glossaryEntryFromFile } from '../../../../src/core/glossary/glossaryFile';

suite('glossary file → entry', () => {
  const text = (...frontMatter: string[]) =>
    ['---', ...frontMatter, '---', '', 'Body with a [link](#b).', ''].join('\n');
  const minimal = ['id: a-b', 'term: A b', 'summary: One sentence.'];

  test('reads every field; aliases stay absent when not given and related defaults to none', () => {
    assert.deepStrictEqual(glossaryEntryFromFile({ name: '010-a-b.md', text: text(...minimal) }), {
      id: 'a-b',
      term: 'A b',
      summary: 'One sentence.',
      body: 'Body with a [link](#b).',
      related: [],
    });
    const withLists = text(...minimal, 'aliases:', '  - ab', 'related:', '  - b');
    const full = glossaryEntryFromFile({ name: '999-a-b.md', text: withLists });
    assert.deepStrictEqual(full.aliases, ['ab']);
    assert.deepStrictEqual(full.related, ['b']);
  });

  test('rejects a file that does not say what an entry needs', () => {
    const bad: Array<[string, string, RegExp]> = [
      ['010-a-b.md', text('id: a-b', 'term: A b'), /"summary" must be a text/],
      ['010-a-b.md', text(...minimal, 'title: x'), /unknown front matter field "title"/],
      ['010-a-b.md', text(...minimal, 'related: b'), /"related" must be a list/],
      ['010-other.md', text(...minimal), /named "<three-digit order>-a-b\.md"/],
      ['a-b.md', text(...minimal), /named "<three-digit order>-a-b\.md"/],
      ['010-a-b.md', ['---', ...minimal, '---', ''].join('\n'), /no body/],
    ];
    for (const [name, t, message] of bad) {
      const fails = (e: Error) => e instanceof SyntaxError && message.test(e.message);
      assert.throws(() => glossaryEntryFromFile({ name, text: t }), fails, name);
    }
  });
});
