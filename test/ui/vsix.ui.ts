// The packaged extension, not the development folder: build param-lens.vsix, install it into a
// fresh real VS Code (code-server --install-extension), and hover a label with the mouse.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { hoverOver, REPO, runThemes, SHOTS } from './workbench';

const VSIX = path.join(REPO, 'param-lens.vsix');

async function scenario(page: Page): Promise<string[]> {
  const text = await (await hoverOver(page, 'serve.py', 'meta-llama')).hover.innerText();
  assert.match(text, /Llama 3\.1 70B · 70\.6B parameters/);
  // serve.py runs it with vLLM: the installed extension reads the file's own settings.
  assert.match(text, /As configured here: vLLM, 8,192-token context/);
  await page.screenshot({ path: path.join(SHOTS, 'vsix-hover.png') });
  return [`hover from the installed .vsix: ${text.split('\n')[0]}`];
}

if (!fs.existsSync(VSIX) || process.env.PARAM_LENS_REPACKAGE !== '0') {
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
}
console.log(`  packaged ${path.basename(VSIX)}: ${(fs.statSync(VSIX).size / 1024).toFixed(1)} KiB`);
void runThemes('vsix', [['dark', 'Default Dark Modern']], { installVsix: VSIX }, async page => scenario(page));
