// Regenerates the copies of the settings declarations: package.json contributes.configuration,
// the setting strings of package.nls.json, and the README's settings table (between its
// <!-- settings:begin … --> and <!-- settings:end --> markers). The declarations are in
// src/shared/settingsSchema.ts; test/unit/shared/settingsManifest.test.ts fails when a copy is stale.
//   node scripts/gen-settings.js           write the files
//   node scripts/gen-settings.js --check   exit 1 (and name the files) when any is stale
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const check = process.argv.includes('--check');

// The generator is TypeScript: bundle it in memory and load it as a CommonJS module.
const { outputFiles } = esbuild.buildSync({
  entryPoints: [path.join(root, 'src/shared/settingsManifest.ts')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'es2022',
  write: false,
  logLevel: 'error',
});
const generator = { exports: {} };
new Function('module', 'exports', outputFiles[0].text)(generator, generator.exports);

const files = { packageJson: 'package.json', nls: 'package.nls.json', readme: 'README.md' };
const before = {};
for (const [k, f] of Object.entries(files)) before[k] = fs.readFileSync(path.join(root, f), 'utf8');
const after = generator.exports.regenerate(before);
const stale = Object.keys(files).filter(k => after[k] !== before[k]);
if (check) {
  if (stale.length) {
    console.error(`stale: ${stale.map(k => files[k]).join(', ')}; run node scripts/gen-settings.js`);
    process.exit(1);
  }
  console.log('settings: package.json, package.nls.json and README.md are up to date');
} else {
  for (const k of stale) fs.writeFileSync(path.join(root, files[k]), after[k]);
  console.log(stale.length ? `settings: wrote ${stale.map(k => files[k]).join(', ')}` : 'settings: nothing to change');
}
