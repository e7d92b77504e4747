// UI test of the hover as configured, in a real VS Code in a real browser: open each run file of
// test/fixtures/workspace/run/, point at the model name, and check that the line after the name
// answers as the file configures the run and that the hover keeps its line budget. Screenshots
// in the dark and light themes (screenshots/hover-configured-*.png).
import * as assert from 'assert';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { SHOTS, THEMES, hoverNeedle, quickOpen, runThemes, type Theme } from './workbench';

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

async function scenario(page: Page, theme: Theme): Promise<string[]> {
  const log: string[] = [];
  for (const [file, needle, expected] of CASES) {
    await quickOpen(page, `run/${file}`);
    const text = await hoverNeedle(page, needle, 'As configured here');
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
