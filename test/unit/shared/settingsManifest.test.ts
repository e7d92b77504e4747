import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { configurationProperties, regenerate, settingStrings } from '../../../src/shared/settingsManifest';
import { SETTINGS, type SettingDeclaration } from '../../../src/shared/settingsSchema';
import { parseSettings } from '../../../src/shared/parseSettings';
import { ENGINES, KV_CACHE_FORMATS } from '../../../src/core/options';

const read = (f: string) => fs.readFileSync(path.join(process.cwd(), f), 'utf8');

suite('settings: package.json, package.nls.json and README are generated from one declaration', () => {
  const files = { packageJson: read('package.json'), nls: read('package.nls.json'), readme: read('README.md') };

  test('no copy is stale (run `npm run gen:settings` after changing src/shared/settingsSchema.ts)', () => {
    const fresh = regenerate(files);
    assert.strictEqual(fresh.packageJson, files.packageJson, 'package.json');
    assert.strictEqual(fresh.nls, files.nls, 'package.nls.json');
    assert.strictEqual(fresh.readme, files.readme, 'README.md');
  });

  test('a changed declaration shows as a stale copy', () => {
    const pkg = JSON.parse(files.packageJson);
    pkg.contributes.configuration.properties['paramLens.kvCacheQuant'].enum = ['F16', 'Q8_0', 'Q4_0', 'FP8'];
    const drifted = `${JSON.stringify(pkg, null, 2)}\n`;
    assert.notStrictEqual(regenerate({ ...files, packageJson: drifted }).packageJson, drifted);
  });

  test('the manifest offers what the core accepts: every engine, every KV cache format (BF16 too)', () => {
    const p = configurationProperties();
    assert.deepStrictEqual(p['paramLens.engine'].enum, ['auto', ...ENGINES]); // 'auto': the file's, else the format's
    assert.deepStrictEqual(p['paramLens.kvCacheQuant'].enum, [...KV_CACHE_FORMATS]);
    const manifest = JSON.parse(files.packageJson).contributes.configuration.properties;
    assert.deepStrictEqual(
      Object.keys(manifest),
      SETTINGS.map(d => `paramLens.${d.key}`),
    );
  });

  test('every %key% the manifest uses has its string', () => {
    const strings = settingStrings();
    const keys = JSON.stringify(configurationProperties()).match(/%[^%"]+%/g) ?? [];
    assert.ok(keys.length >= SETTINGS.length);
    for (const k of keys) assert.ok(typeof strings[k.slice(1, -1)] === 'string', k);
    const nls = JSON.parse(files.nls);
    for (const k of keys) assert.strictEqual(nls[k.slice(1, -1)], strings[k.slice(1, -1)], k);
  });

  test('README without its markers: a clear error, not a silently wrong file', () => {
    assert.throws(() => regenerate({ ...files, readme: '# no markers' }), /settings markers/);
  });
});

suite('settings: adding one is one declaration', () => {
  test('a new entry in the table reaches package.json, package.nls.json, the README and the reader', () => {
    const files = { packageJson: read('package.json'), nls: read('package.nls.json'), readme: read('README.md') };
    const extra: SettingDeclaration = {
      key: 'example.batch',
      field: 'exampleBatch',
      type: 'integer',
      default: 1,
      minimum: 1,
      maximum: 64,
      description: 'Sequences decoded at once (an example).',
      readme: 'An example setting.',
    };
    const declared = [...SETTINGS, extra];
    const out = regenerate(files, declared);
    const property = JSON.parse(out.packageJson).contributes.configuration.properties['paramLens.example.batch'];
    assert.deepStrictEqual(property, {
      type: 'integer',
      default: 1,
      minimum: 1,
      maximum: 64,
      markdownDescription: '%config.example.batch.markdownDescription%',
    });
    assert.strictEqual(JSON.parse(out.nls)['config.example.batch.markdownDescription'], extra.description);
    assert.ok(out.readme.includes('| `paramLens.example.batch` | `1` | An example setting. |'));
    const parsed = (raw: unknown) =>
      parseSettings({ 'example.batch': raw }, declared) as unknown as Record<string, unknown>;
    assert.strictEqual(parsed(8).exampleBatch, 8);
    assert.strictEqual(parsed(65).exampleBatch, 1);
  });
});
