// Sizes of what ships: the bundles (after `node esbuild.js --production`) and the packaged .vsix
// when one has been built.
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../../..');
const kib = (file: string) => `${(fs.statSync(path.join(REPO, file)).size / 1024).toFixed(1)} KiB`;

console.log('\nBundle sizes');
for (const file of ['dist/extension.js', 'dist/core.js', 'dist/webview/glossary.js', 'dist/webview/estimate.js']) {
  if (fs.existsSync(path.join(REPO, file))) console.log(`  ${file.padEnd(28)} ${kib(file)}`);
}
if (fs.existsSync(path.join(REPO, 'param-lens.vsix')))
  console.log(`  ${'param-lens.vsix'.padEnd(28)} ${kib('param-lens.vsix')}`);
else console.log('  param-lens.vsix: not built (npm run package)');
