// The packaged extension, not the development folder: build param-lens.vsix, install it into a
// fresh real VS Code (code-server --install-extension), and hover a label with the mouse.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { REPO, runThemes, SHOTS } from './workbench';

const VSIX = path.join(REPO, 'param-lens.vsix');

async function hoverOver(page: Page, file: string, text: string): Promise<string> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().click();
  const token = page.locator('.monaco-editor .view-line span', { hasText: text }).first();
  const hover = page.locator('.monaco-hover-content', { hasText: 'Param Lens' });
  for (let attempt = 0; attempt < 10 && !(await hover.isVisible().catch(() => false)); attempt++) {
    // Monaco replaces a line's spans when it re-tokenizes (syntax colouring arrives late), so the
    // span is looked up again on every attempt rather than once.
    await token.waitFor();
    const box = await token.boundingBox();
    if (!box) continue;
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await hover.waitFor({ timeout: 2000 }).catch(() => {});
  }
  return hover.innerText();
}

async function scenario(page: Page): Promise<string[]> {
  const text = await hoverOver(page, 'serve.py', 'meta-llama');
  assert.match(text, /Llama 3\.1 70B · 70\.6B parameters/);
  assert.match(text, /To run it on llama\.cpp/);
  await page.screenshot({ path: path.join(SHOTS, 'vsix-hover.png') });
  return [`hover from the installed .vsix: ${text.split('\n')[0]}`];
}

if (!fs.existsSync(VSIX) || process.env.PARAM_LENS_REPACKAGE !== '0') {
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
}
console.log(`  packaged ${path.basename(VSIX)}: ${(fs.statSync(VSIX).size / 1024).toFixed(1)} KiB`);
void runThemes('vsix', [['dark', 'Default Dark Modern']], { installVsix: VSIX }, async page => scenario(page));
