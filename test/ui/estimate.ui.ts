// UI test of the estimate command in a real VS Code in a real browser: put the cursor on a label,
// run "Param Lens: Estimate Model Memory" from the palette, accept the defaults, check the
// panel's figures against the core's estimateMemory, change the context in the panel and see the
// figures follow. Screenshots in the dark and light themes (screenshots/estimate-*.png); the
// dark one is the README's docs/images/estimate.png (PARAM_LENS_README_IMAGES=1). The label is in
// a vLLM script, so the engine setting is vLLM: the picture shows the engine its file runs.
import * as assert from 'assert';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { estimateMemory } from '../../src/core/estimate/estimateMemory';
import { formatBytes } from '../../src/core/units';
import { publishImage, runCommand, SHOTS, THEMES, webviewFrame, runThemes, type Theme } from './workbench';

const MODEL = 'Qwen/Qwen2.5-7B-Instruct-AWQ';
const ENGINE = 'vllm'; // serve.py: "from vllm import LLM"
const expected = (contextTokens: number) =>
  formatBytes(
    estimateMemory({ model: MODEL, quant: 'AWQ', contextTokens, engine: ENGINE, kvCacheQuant: 'F16' }).totalBytes,
    'GiB',
  );

async function scenario(page: Page, theme: Theme): Promise<string[]> {
  const log: string[] = [];
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'serve.py' }).first().click();
  const line = page.locator('.monaco-editor .view-line', { hasText: 'Qwen2.5-7B' }).first();
  await line.waitFor();
  await line.locator('span', { hasText: 'Qwen2.5-7B' }).first().click();
  await runCommand(page, 'Param Lens: Estimate Model Memory');
  // Accept the default of each step, once that step's own title is on screen.
  for (const step of ['Purpose', 'Engine', 'Weights format', 'Context length (tokens)']) {
    await page.locator('.quick-input-widget .quick-input-title', { hasText: step }).waitFor({ state: 'visible' });
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
  }
  const frame = webviewFrame(page, 'last');
  const total = frame.locator('#total .num');
  await total.waitFor({ timeout: 30_000 });
  assert.strictEqual(await total.innerText(), expected(8192));
  log.push(`panel total at 8,192 tokens: ${await total.innerText()} (core: ${expected(8192)})`);
  assert.match(await frame.locator('#title').innerText(), /Qwen2\.5 7B/);
  assert.match(await frame.locator('.subtitle').innerText(), /AWQ · vllm · inference/);
  await frame.locator('.fit.mine').waitFor({ timeout: 10_000 }); // the user's GPU is checked
  log.push(`fit on the user's GPU: ${await frame.locator('.fit.mine').innerText()}`);
  await page.mouse.move(10, 790);
  await page.screenshot({ path: path.join(SHOTS, `estimate-${theme}.png`) });
  if (theme === 'dark') publishImage(path.join(SHOTS, `estimate-${theme}.png`), 'estimate.png');

  const context = frame.locator('#in-context');
  await context.fill('32k');
  await context.press('Tab');
  await frame.locator('#total .num', { hasText: expected(32768) }).waitFor({ timeout: 15_000 });
  log.push(`context changed in the panel to 32k: total ${await total.innerText()} (core: ${expected(32768)})`);

  await context.fill('lots');
  await context.press('Tab');
  await frame.locator('#input-error', { hasText: /Context/ }).waitFor();
  log.push(`nonsense context refused: "${await frame.locator('#input-error').innerText()}"`);
  await page.screenshot({ path: path.join(SHOTS, `estimate-${theme}-changed.png`) });

  // Typing on while the panel redraws: the context goes out when the focus leaves it, and what is
  // typed in another field before the answer arrives stays there, focused, when the form is redrawn.
  const gpus = frame.locator('#in-gpus');
  await context.fill('16k');
  // The context goes out as the focus leaves it; the GPUs field holds the user's setting, so its
  // text is selected to be typed over (not with Ctrl+A: a webview runs that through the workbench,
  // which selects later, while typing goes on).
  await gpus.selectText();
  await page.keyboard.type('24, 24', { delay: 40 });
  await frame.locator('#total .num', { hasText: expected(16384) }).waitFor({ timeout: 15_000 });
  assert.strictEqual(await gpus.inputValue(), '24, 24', 'the edit in progress survives the redraw');
  assert.ok(await gpus.evaluate(e => e === document.activeElement), 'the field being typed in keeps the focus');
  log.push(`typing on during a redraw: "${await gpus.inputValue()}" kept in the GPUs field, focused`);

  // Per device: two 24 GB cards with tensor parallel 2 give one bar per GPU, each with its share.
  await context.fill('32k');
  await context.press('Tab');
  await frame.locator('#total .num', { hasText: expected(32768) }).waitFor({ timeout: 15_000 });
  await gpus.fill('24, 24');
  await frame.locator('#in-tp').fill('2');
  await frame.locator('#in-tp').press('Tab');
  const bars = frame.locator('.device-list .device');
  await bars.nth(1).waitFor({ timeout: 15_000 });
  assert.strictEqual(await bars.count(), 2);
  const shares = await bars.allInnerTexts();
  const core = estimateMemory({
    model: MODEL,
    quant: 'AWQ',
    contextTokens: 32768,
    engine: ENGINE,
    kvCacheQuant: 'F16',
    tensorParallel: 2,
    gpus: [24 * 2 ** 30, 24 * 2 ** 30],
  });
  assert.match(shares[0], /GPU 0/);
  assert.match(shares[1], /GPU 1/);
  assert.ok(core.devices?.length === 2, 'the core splits across two devices');
  shares.forEach((text, i) => {
    const shown = Number(/([\d.]+)\s*\/\s*24 GiB/.exec(text)?.[1]);
    const gib = core.devices![i].totalBytes / 2 ** 30;
    assert.ok(Math.abs(shown - gib) < 0.1, `GPU ${i}: panel ${shown} GiB, core ${gib.toFixed(2)} GiB`);
  });
  log.push(`per device, TP 2 on 2 × 24 GB: ${shares.map(t => t.replace(/\s+/g, ' ').trim()).join(' | ')}`);
  await frame.locator('.devices').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, `estimate-${theme}-devices.png`) });
  return log;
}

void runThemes(
  'estimate',
  THEMES.filter(([t]) => t !== 'high-contrast'),
  { 'paramLens.gpuMemoryGB': [24], 'paramLens.engine': ENGINE },
  scenario,
);
