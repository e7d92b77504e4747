// The glossary's content files (src/core/data/glossary/): each parses, the ids and order numbers are
// unique, links point at entries that exist, the build bundles exactly the files in the folder, and
// a new file is picked up with no other edit.
import * as assert from 'assert';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import { allGlossaryEntries } from '../../../../src/core/glossary/glossary';
import { glossaryEntryFromFile, type GlossaryFile } from '../../../../src/core/glossary/glossaryFile';

suite('glossary files', () => {
  const root = path.resolve(__dirname, '../../../../..');
  const dir = path.join(root, 'src/core/data/glossary');
  const read = (folder: string): GlossaryFile[] =>
    fs
      .readdirSync(folder)
      .filter(f => f.endsWith('.md'))
      .sort()
      .map(name => ({ name, text: fs.readFileSync(path.join(folder, name), 'utf8') }));
  const files = read(dir);

  test('every file parses; ids and order numbers are unique; related ids and links exist', () => {
    assert.ok(files.length >= 30, `${files.length} files`);
    const entries = files.map(glossaryEntryFromFile);
    const ids = new Set(entries.map(e => e.id));
    assert.strictEqual(ids.size, entries.length, 'duplicate ids');
    assert.strictEqual(new Set(files.map(f => f.name.slice(0, 3))).size, files.length, 'duplicate order numbers');
    for (const e of entries) {
      for (const r of e.related) assert.ok(ids.has(r), `${e.id}: related "${r}" has no file`);
      assert.ok(!e.related.includes(e.id), `${e.id} lists itself as related`);
      for (const m of e.body.matchAll(/\]\(#([a-z0-9-]+)\)/g)) assert.ok(ids.has(m[1]), `${e.id} links #${m[1]}`);
    }
  });

  test('the build bundles exactly the files of the folder, in file-name order', () => {
    assert.deepStrictEqual(
      allGlossaryEntries().map(e => e.id),
      files.map(f => glossaryEntryFromFile(f).id),
    );
  });

  test('adding one file to a copy of the folder adds that entry, in the place its number gives', async function () {
    this.timeout(20_000);
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'param-lens-glossary-'));
    try {
      for (const f of files) fs.writeFileSync(path.join(copy, f.name), f.text);
      const [first, second] = files.map(f => glossaryEntryFromFile(f).id);
      const fixture = [
        '---',
        'id: fixture-entry',
        'term: Fixture',
        'summary: "A test entry: added as one file."',
        'related:',
        `  - ${first}`,
        '---',
        '',
        `See [${second}](#${second}).`,
        '',
      ];
      fs.writeFileSync(path.join(copy, '015-fixture-entry.md'), fixture.join('\n'));

      // The build's own plugin, run on the copy (esbuild.js exports it; loaded at run time, not bundled).
      const buildScript = path.join(root, 'esbuild.js');
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is CommonJS
      const { glossaryFiles } = require(buildScript) as { glossaryFiles: (dir: string) => object };
      // esbuild's API from the repository's node_modules (a bundled copy cannot find its binary).
      const esbuild = createRequire(buildScript)('esbuild') as typeof import('esbuild');
      const out = await esbuild.build({
        stdin: { contents: "import files from 'virtual:glossary-files'; module.exports = files;", resolveDir: copy },
        bundle: true,
        write: false,
        format: 'cjs',
        platform: 'node',
        logLevel: 'silent',
        loader: { '.md': 'text' },
        plugins: [glossaryFiles(copy) as import('esbuild').Plugin],
      });
      const module = { exports: [] as GlossaryFile[] };
      new Function('module', 'exports', out.outputFiles[0].text)(module, module.exports);

      const entries = module.exports.map(glossaryEntryFromFile);
      assert.deepStrictEqual(
        entries.slice(0, 3).map(e => e.id),
        [first, 'fixture-entry', second],
      );
      assert.strictEqual(entries.length, files.length + 1);
      assert.deepStrictEqual(entries[1], {
        id: 'fixture-entry',
        term: 'Fixture',
        summary: 'A test entry: added as one file.',
        body: `See [${second}](#${second}).`,
        related: [first],
      });
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
