// UI test of the hover as configured, in a real VS Code in a real browser: open each run file of
// test/fixtures/workspace/run/, point at the model name, and check that the line after the name
// answers as the file configures the run and that the hover keeps its line budget. Screenshots
// in the dark and light themes (screenshots/hover-configured-*.png).
import * as assert from 'assert';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { SHOTS, THEMES, runThemes, type Theme } from './workbench';

const CASES: Array<[string, string, RegExp]> = [
  [
    'docker-compose.yaml',
    'Qwen2.5-32B-Instruct-AWQ',
    /As configured here: vLLM, 32,768-token context, 64 sequences, 2 GPUs at 0\.9/,
  ],
  [
    'serve.sh',
    'Meta-Llama-3.1-70B-Instruct-Q4_K_M',
    /As configured here: llama\.cpp, 16,384-token context, Q8_0 K \/ F16 V cache/,
  ],
  ['Modelfile', 'llama3.1:8b', /As configured here: Ollama, 32,768-token context/],
  [
    'qlora.py',
    'Meta-Llama-3.1-8B-bnb-4bit',
    /As configured here: transformers, QLoRA \(NF4\), 2 × 2,048-token sequences, rank 16/,
  ],
];

async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`run/${name}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function scenario(page: Page, theme: Theme): Promise<string[]> {
  const log: string[] = [];
  for (const [file, needle, expected] of CASES) {
    await openFile(page, file);
    const token = page.locator('.monaco-editor .view-line span', { hasText: needle }).first();
    const hover = page.locator('.monaco-hover:visible', { hasText: 'As configured here' });
    for (let attempt = 0; attempt < 6 && !(await hover.count()); attempt++) {
      // the editor may re-render its tokens while it settles: find the span again each time
      await token.waitFor({ timeout: 20_000 });
      const box = await token.boundingBox();
      const spanText = await token.innerText().catch(() => '');
      if (!box || !spanText) {
        await page.waitForTimeout(500);
        continue;
      }
      // the name may sit inside a longer token ("--model Qwen/…"): point at its own characters
      const x = box.x + (box.width / spanText.length) * (spanText.indexOf(needle) + 2 + attempt);
      await page.mouse.move(x, box.y + box.height / 2);
      await page.waitForTimeout(1500);
    }
    const text = await hover.first().innerText({ timeout: 10_000 });
    assert.match(text, expected);
    const lines = text.split('\n').filter(l => l.trim());
    const after = lines.findIndex(l => /Param Lens ·/.test(l));
    assert.ok(after >= 0 && after + 1 <= 12, `hover of ${after + 1} lines: ${text}`);
    log.push(`${file}: ${lines.find(l => l.startsWith('As configured here'))} (${after + 1} lines)`);
    await page.screenshot({
      path: path.join(SHOTS, `hover-configured-${path.parse(file).name.replace(/\W/g, '')}-${theme}.png`),
    });
    await page.mouse.move(5, 790);
    await page.keyboard.press('Escape');
  }
  return log;
}

void runThemes(
  'hover-configured',
  THEMES.filter(([t]) => t !== 'high-contrast'),
  { 'paramLens.gpuMemoryGB': [24, 24] },
  scenario,
);
