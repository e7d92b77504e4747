import * as assert from 'assert';
import { isIgnored, parseGitignore } from '../../../../src/core/workspace/gitignore';

suite('workspace/gitignore', () => {
  const rules = parseGitignore(
    [
      '# comment',
      '',
      'node_modules/',
      '*.log',
      '!keep.log',
      '/build',
      'docs/**/draft*.md',
      'out/',
      '!out/keep.py',
      'cache?',
      '\\#literal',
      'data/[ab].yaml',
    ].join('\n'),
  );
  const cases: Array<[string, boolean]> = [
    ['node_modules/x/index.js', true],
    ['src/node_modules/a.py', true],
    ['node_modules', false],
    ['a.log', true],
    ['logs/deep/b.log', true],
    ['keep.log', false],
    ['sub/keep.log', false],
    ['build/x.py', true],
    ['src/build/x.py', false],
    ['build', true],
    ['docs/draft1.md', true],
    ['docs/a/b/draft2.md', true],
    ['docs/final.md', false],
    ['other/docs/draft.md', false],
    // a file inside an ignored directory stays ignored
    ['out/keep.py', true],
    ['cache1', true],
    ['cache12', false],
    ['#literal', true],
    ['data/a.yaml', true],
    ['data/c.yaml', false],
    ['serve.py', false],
  ];
  for (const [path, want] of cases) {
    test(`${path} → ${want ? 'ignored' : 'kept'}`, () => assert.strictEqual(isIgnored(rules, path), want));
  }
  test('a nested .gitignore applies under its own folder only, after the root one', () => {
    const all = [...parseGitignore('*.tmp\n'), ...parseGitignore('!*.tmp\n/local.yaml\n', 'pkg')];
    assert.strictEqual(isIgnored(all, 'a.tmp'), true);
    assert.strictEqual(isIgnored(all, 'pkg/a.tmp'), false);
    assert.strictEqual(isIgnored(all, 'pkg/local.yaml'), true);
    assert.strictEqual(isIgnored(all, 'pkg/sub/local.yaml'), false);
    assert.strictEqual(isIgnored(all, 'local.yaml'), false);
  });
  test('bad input is a TypeError', () => {
    assert.throws(() => parseGitignore(undefined as unknown as string), TypeError);
  });
});
