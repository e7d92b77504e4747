import * as assert from 'assert';
import { readFrontMatter } from '../../../../src/core/glossary/frontMatter';

suite('front matter reader', () => {
  const file = (...lines: string[]) => lines.join('\n');

  test('reads texts, lists, quoted texts and the body', () => {
    const text = file(
      '---',
      'id: kv-cache',
      '# a comment',
      '',
      'term: KV cache',
      'summary: "The cache: keys and values."',
      'aliases:',
      '  - kv',
      '  - "key: value"',
      'related:',
      '---',
      '',
      'First line.',
      '',
      'Second: **bold**.',
      '',
    );
    assert.deepStrictEqual(readFrontMatter(text, 'x.md'), {
      fields: {
        id: 'kv-cache',
        term: 'KV cache',
        summary: 'The cache: keys and values.',
        aliases: ['kv', 'key: value'],
        related: [],
      },
      body: 'First line.\n\nSecond: **bold**.',
    });
  });

  test('keeps the body exactly, less one blank line after the front matter and the final newline', () => {
    const body = (...lines: string[]) => readFrontMatter(file('---', 'id: a', '---', ...lines), 'a.md').body;
    assert.strictEqual(body('x', '', '  y  ', '', ''), 'x\n\n  y  \n');
    assert.strictEqual(body('', '', 'x'), '\nx');
  });

  test('reads Windows line ends as "\\n"', () => {
    const unix = file('---', 'id: a', 'related:', '  - b', '---', '', 'one', '', 'two', '');
    assert.deepStrictEqual(readFrontMatter(unix.replace(/\n/g, '\r\n'), 'a.md'), readFrontMatter(unix, 'a.md'));
  });

  test('rejects what it does not read, naming the file and line', () => {
    const bad: Array<[string, RegExp]> = [
      [file('id: a', '---'), /x\.md: the first line must be "---"/],
      [file('---', 'id: a'), /no closing "---"/],
      [file('---', 'id a', '---'), /x\.md:2: expected "key: value"/],
      [file('---', 'id: a', 'id: b', '---'), /x\.md:3: "id" is given twice/],
      [file('---', '  - b', '---'), /x\.md:2: a list item must follow/],
      [file('---', "term: 'quoted'", '---'), /x\.md:2: write the value plainly/],
      [file('---', 'related: [a, b]', '---'), /x\.md:2: write the value plainly/],
      [file('---', 'term: "open', '---'), /x\.md:2: a quoted value must be one complete/],
    ];
    for (const [text, message] of bad) {
      const fails = (e: Error) => e instanceof SyntaxError && message.test(e.message);
      assert.throws(() => readFrontMatter(text, 'x.md'), fails, text);
    }
  });
});
