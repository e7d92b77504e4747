// UI test of issue 20 in a real VS Code in a real browser: the Models view on the demo workspace
// (each model once, a model opened to its mentions), then the demo vLLM compose file on 2 × 16 GiB
// with inlay hints on: the "≈ … GiB" hint after the model name, the fit diagnostic on
// --max-model-len and its quick fixes. Screenshots: screenshots/models-view-*.png,
// models-editor-*.png, models-quickfix-*.png.
import * as assert from 'assert';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { SHOTS, THEMES, runThemes, type Theme } from './workbench';

async function scenario(page: Page, theme: Theme): Promise<string[]> {
  const log: string[] = [];
  await page.locator('.activitybar .action-item a[aria-label^="Param Lens"]').first().click();
  const header = page.locator('.pane-header', { hasText: 'Models' });
  await header.waitFor({ timeout: 30_000 });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const pane = page.locator('.pane', { has: header });
  const rows = pane.locator('.monaco-list-row');
  const wanted = ['meta-llama/Llama-3.1-70B', 'meta-llama/Llama-3.1-8B', 'Qwen/Qwen2.5-32B', 'Qwen/Qwen3-30B-A3B'];
  // The scan fills the view file by file: wait for each model, however long the machine takes.
  for (const want of wanted) await rows.filter({ hasText: want }).first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  const names = (await pane.locator('.monaco-list-row .label-name').allInnerTexts()).map(t => t.trim());
  assert.strictEqual(new Set(names).size, names.length, `each model once: ${names.join(' | ')}`);
  for (const want of wanted) assert.ok(names.includes(want), `${want} listed: ${names.join(' | ')}`);
  await rows.filter({ hasText: 'meta-llama/Llama-3.1-70B' }).first().click();
  await rows.filter({ hasText: 'serve.py:' }).first().waitFor();
  const children = await rows.allInnerTexts();
  assert.ok(
    children.some(t => /run\/serve\.sh:3/.test(t)),
    children.join(' | '),
  );
  log.push(
    `Models view: ${names.length} models, Llama-3.1-70B opened to ${children.filter(t => /:\d+/.test(t)).length} ` +
      `mentions`,
  );
  await page.screenshot({ path: path.join(SHOTS, `models-view-${theme}.png`) });

  // the compose file from the view: its mention opens the line
  await rows.filter({ hasText: 'Qwen/Qwen2.5-32B' }).first().click();
  await rows.filter({ hasText: 'run/docker-compose.yaml:5' }).first().click();
  const hint = page.locator('.monaco-editor .view-line', { hasText: '≈' });
  await hint.first().waitFor({ timeout: 20_000 });
  const line = (await hint.first().innerText()).replace(/\u00a0/g, ' ');
  assert.match(line, /--model Qwen\/Qwen2\.5-32B-Instruct-AWQ\s*≈ [\d.]+ GiB/);
  log.push(`inlay hint: ${line.trim()}`);
  const squiggle = page.locator('.monaco-editor .squiggly-info');
  await squiggle.first().waitFor({ timeout: 20_000 });
  await page.screenshot({ path: path.join(SHOTS, `models-editor-${theme}.png`) });
  // the quick fixes on the context setting
  await page.locator('.monaco-editor .view-line span', { hasText: '--max-model-len' }).first().click();
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.first().waitFor({ timeout: 10_000 });
  const actions = await menu.first().innerText();
  assert.match(actions, /Set the context to [\d,]+ tokens, the largest that fits/);
  assert.match(actions, /Open the estimate/);
  log.push(`quick fixes: ${actions.split('\n').filter(Boolean).join(' | ')}`);
  await page.screenshot({ path: path.join(SHOTS, `models-quickfix-${theme}.png`) });
  await page.keyboard.press('Escape');
  return log;
}

void runThemes(
  'models',
  THEMES.filter(([t]) => t !== 'high-contrast'),
  { 'paramLens.gpuMemoryGB': [16, 16], 'paramLens.inlayHints.enabled': true },
  scenario,
);
