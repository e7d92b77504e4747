// The user's own model files, seen with the mouse in a real VS Code: a GGUF path, a Hugging Face id
// in the cache and an Ollama tag in the store (laid out as in test/integration/suite/fakeStores.ts),
// hovered twice each (the first hover starts the read). Screenshots: screenshots/sources-*.png.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { hoverUntil, runThemes, SHOTS, WORKSPACE } from './workbench';
import { writeGguf } from '../unit/core/model/ggufWriter';
import { llama31Q4KM, LLAMA31_METADATA } from '../unit/core/model/ggufTables';
import { writeHfCache, writeOllamaStore } from '../integration/suite/fakeStores';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'param-lens-stores-'));
const generated = path.join(WORKSPACE, 'models', 'generated');
fs.mkdirSync(generated, { recursive: true });
writeGguf(path.join(generated, 'Llama-3.1-8B-Instruct-Q4_K_M.gguf'), LLAMA31_METADATA, llama31Q4KM());
writeHfCache(
  path.join(root, 'hub'),
  fs.readFileSync(path.join(WORKSPACE, '../../data/configs/Qwen--Qwen3-0.6B.json'), 'utf8'),
);
writeOllamaStore(path.join(root, 'ollama'), 'llama3.1:8b', f => writeGguf(f, LLAMA31_METADATA, llama31Q4KM()));
// code-server and its extension host inherit these (test/ui/codeServer.ts passes process.env on).
process.env.HF_HUB_CACHE = path.join(root, 'hub');
process.env.OLLAMA_MODELS = path.join(root, 'ollama');
process.on('exit', () => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(generated, { recursive: true, force: true });
});

/** Hovers `text` in the open editor until a hover containing `expect` shows; returns its text. */
function hoverText(page: Page, text: string, expect: string): Promise<string> {
  return hoverUntil(page, page.locator('.monaco-editor .view-line > span > span', { hasText: text }).first(), expect);
}

async function scenario(page: Page, theme: string): Promise<string[]> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'run_local.py' }).first().click();
  const out: string[] = [];
  const shots: Array<[string, string, RegExp]> = [
    [
      'models/generated/Llama',
      'gguf',
      /architecture llama · 8,030,261,312 parameters · 32 layers · trained context 131,072 tokens/,
    ],
    ['Qwen/Qwen3-0.6B', 'hf-cache', /Hugging Face cache[\s\S]*architecture qwen3 · 596,049,920 parameters/],
    ['llama3.1:8b', 'ollama', /the Ollama store[\s\S]*To run it on ollama/],
  ];
  for (const [text, name, expect] of shots) {
    const hover = await hoverText(page, text, 'Read from');
    assert.match(hover, expect);
    await page.screenshot({ path: path.join(SHOTS, `sources-${name}-${theme}.png`) });
    out.push(`${text}: ${hover.split('\n')[0]}`);
    await page.mouse.move(1200, 780);
    await page.waitForTimeout(400);
  }
  return out;
}

void runThemes('sources', [['dark', 'Default Dark Modern']], {}, scenario);
