// UI test of the hover in a real VS Code in a real browser: rest the mouse on a GGUF file name,
// check the Param Lens hover shows next to that label with the label's figures, and that the
// screenshot really holds it (the hover's area differs from the same area once the hover is
// gone). The dark-theme shot is the README's docs/images/hover.png (PARAM_LENS_README_IMAGES=1).
import * as assert from 'assert';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { hoverOver, publishImage, runThemes, SHOTS, type Theme } from './workbench';

const FILE = 'config.yaml';
const LABEL = 'mistral-7b-instruct-v0.2.Q4_K_M.gguf';

async function scenario(page: Page, theme: Theme): Promise<string[]> {
  const { hover, token } = await hoverOver(page, FILE, LABEL);
  assert.ok(await hover.isVisible(), 'the Param Lens hover is visible');
  const text = await hover.innerText();
  assert.match(text, /Mistral 7B/i);
  assert.match(text, /Q4_K_M/);

  // The hover stands next to its label: above or below it, overlapping it horizontally.
  const h = (await hover.boundingBox())!;
  const t = (await token.boundingBox())!;
  const gap = Math.min(Math.abs(h.y + h.height - t.y), Math.abs(t.y + t.height - h.y));
  assert.ok(gap < 40, `hover ${JSON.stringify(h)} is next to its label ${JSON.stringify(t)}`);
  assert.ok(h.x < t.x + t.width && t.x < h.x + h.width, 'the hover overlaps its label horizontally');

  const file = path.join(SHOTS, `hover-${theme}.png`);
  await page.screenshot({ path: file });
  const clip = { x: h.x, y: h.y, width: Math.min(h.width, 400), height: Math.min(h.height, 200) };
  const withHover = await page.screenshot({ clip });
  assert.ok(await hover.isVisible(), 'the hover was still up when the screenshot was taken');

  // The same area without the hover must look different, or the picture shows no hover.
  await page.mouse.move(1200, 780);
  await page.keyboard.press('Escape');
  await hover.waitFor({ state: 'hidden', timeout: 10_000 });
  const without = await page.screenshot({ clip });
  assert.ok(!withHover.equals(without), 'the screenshot holds the hover');
  if (theme === 'dark') publishImage(file, 'hover.png');
  return [`hover over ${LABEL}: ${text.split('\n')[0]}`, `screenshot ${path.basename(file)} holds the hover`];
}

void runThemes(
  'hover',
  [
    ['dark', 'Default Dark Modern'],
    ['light', 'Default Light Modern'],
  ],
  {},
  scenario,
);
