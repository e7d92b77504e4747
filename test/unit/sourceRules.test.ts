// Rules about the source tree itself, checked on every unit run.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = process.cwd();
function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true })
    .map(String)
    .filter(f => f.endsWith('.ts'))
    .map(f => path.join(dir, f));
}

suite('source rules', () => {
  test('the tests run from the repository root', () => {
    assert.ok(fs.existsSync(path.join(root, 'src/core/options.ts')), `cwd ${root}`);
  });

  test('no bare catch in src/: expected errors are named, others rethrown or reported', () => {
    const bare = sources('src').flatMap(f =>
      fs
        .readFileSync(path.join(root, f), 'utf8')
        .split('\n')
        .map((line, i) => (/\bcatch\s*\{/.test(line) ? `${f}:${i + 1}: ${line.trim()}` : undefined))
        .filter((x): x is string => x !== undefined),
    );
    assert.deepStrictEqual(bare, []);
  });

  test('limits are typed once, in core/options.ts', () => {
    const typed = sources('src')
      .filter(f => !f.endsWith(path.join('core', 'options.ts')))
      .filter(f => /16_?777_?216|\b4096\b.*batch|batch.*\b4096\b/i.test(fs.readFileSync(path.join(root, f), 'utf8')));
    assert.deepStrictEqual(typed, []);
  });

  test('no code line over 120 columns in src/, test/ (data and fixtures aside), scripts/ and esbuild.js', () => {
    const code = /\.(?:ts|js|mjs)$/;
    const skipped = [path.join('test', 'data'), path.join('test', 'fixtures')];
    const files = ['src', 'test', 'scripts']
      .filter(dir => fs.existsSync(path.join(root, dir)))
      .flatMap(dir =>
        fs
          .readdirSync(path.join(root, dir), { recursive: true })
          .map(String)
          .map(f => path.join(dir, f)),
      )
      .filter(f => code.test(f) && !skipped.some(s => f.startsWith(s + path.sep)))
      .concat('esbuild.js');
    assert.ok(files.length > 100, `only ${files.length} files found`);
    const long = files.flatMap(f =>
      fs
        .readFileSync(path.join(root, f), 'utf8')
        .split('\n')
        .map((line, i) => (line.length > 120 ? `${f}:${i + 1}: ${line.length} columns` : undefined))
        .filter((x): x is string => x !== undefined),
    );
    assert.deepStrictEqual(long, []);
  });
});
