// Runs a UI scenario against a fresh real VS Code (code-server) in headless Chromium: starts
// both, opens the fixtures workspace, and cleans up; on failure it keeps a screenshot.
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startCodeServer } from './codeServer';

export const REPO = path.resolve(__dirname, '../../..');
export const SHOTS = path.join(REPO, 'screenshots');
export const WORKSPACE = path.join(REPO, 'test/fixtures/workspace');

export const THEMES = [
  ['dark', 'Default Dark Modern'],
  ['light', 'Default Light Modern'],
  ['high-contrast', 'Default High Contrast'],
] as const;
export type Theme = (typeof THEMES)[number][0];

export async function withWorkbench(
  name: string,
  settings: Record<string, unknown>,
  scenario: (page: Page) => Promise<void>,
): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const server = await startCodeServer(WORKSPACE, settings);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(WORKSPACE)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await scenario(page);
  } catch (e) {
    const pages = browser.contexts().flatMap(c => c.pages());
    if (pages[0]) await pages[0].screenshot({ path: path.join(SHOTS, `${name}-failure.png`) }).catch(() => {});
    throw e;
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** A webview's inner document; `index` picks among several webviews on screen. */
export function webviewFrame(page: Page, index: 'first' | 'last' = 'first'): FrameLocator {
  const outer = page.locator('iframe.webview.ready');
  return (index === 'first' ? outer.first() : outer.last()).contentFrame().frameLocator('#active-frame');
}

/**
 * Opens `file` from the explorer and rests the mouse on the first token holding `text` until the
 * Param Lens hover shows. Returns the hover and the token (re-located, Monaco re-renders lines).
 */
export async function hoverOver(page: Page, file: string, text: string): Promise<{ hover: Locator; token: Locator }> {
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
  return { hover, token };
}

/**
 * Copies a screenshot to docs/images (the README's pictures) when PARAM_LENS_README_IMAGES=1:
 * the pictures are made by the tests that check what they show, never by hand.
 */
export function publishImage(screenshot: string, name: string): void {
  if (process.env.PARAM_LENS_README_IMAGES !== '1') return;
  fs.copyFileSync(screenshot, path.join(REPO, 'docs', 'images', name));
  console.log(`  README image docs/images/${name} from ${path.relative(REPO, screenshot)}`);
}

/** Runs a command from the palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/**
 * Runs a scenario once per theme, each in a fresh VS Code, prints what it checked, reports the
 * outcome in the runner's format ("N passing / N failing") and exits.
 */
export async function runThemes(
  name: string,
  themes: ReadonlyArray<readonly [Theme, string]>,
  settings: Record<string, unknown>,
  scenario: (page: Page, theme: Theme) => Promise<string[]>,
): Promise<never> {
  let failed = 0;
  for (const [theme, colorTheme] of themes) {
    try {
      await withWorkbench(`${name}-${theme}`, { ...settings, 'workbench.colorTheme': colorTheme }, async page => {
        for (const line of await scenario(page, theme)) console.log(`  ✔ ${name}, ${theme}: ${line}`);
      });
    } catch (e) {
      failed++;
      console.error(`  ✘ ${name} UI test (${theme}) failed:`, e);
    }
  }
  console.log(`  screenshots in ${path.relative(REPO, SHOTS)}/`);
  console.log(`\n  ${themes.length - failed} passing${failed ? `\n  ${failed} failing` : ''}`);
  process.exit(failed ? 1 : 0);
}

/**
 * Hovers `token` until a hover containing `expect` shows, and returns its text. Each attempt moves
 * away and presses Escape first (a hover still open is not asked again), and looks the token up
 * again (Monaco re-renders a line's spans). Throws with the hovers shown when none matches.
 */
export async function hoverUntil(page: Page, token: Locator, expect: string, attempts = 15): Promise<string> {
  const hover = page.locator('.monaco-hover-content', { hasText: expect });
  for (let attempt = 0; attempt < attempts && !(await hover.isVisible().catch(() => false)); attempt++) {
    await token.waitFor();
    const box = await token.boundingBox();
    if (!box) continue;
    await page.mouse.move(1200, 780);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await page.mouse.move(box.x + Math.min(40, box.width / 2), box.y + box.height / 2, { steps: 4 });
    await hover.waitFor({ timeout: 2000 }).catch(() => {});
  }
  if (!(await hover.isVisible().catch(() => false))) {
    const any = await page
      .locator('.monaco-hover-content')
      .allInnerTexts()
      .catch(() => []);
    throw new Error(`no hover with ${JSON.stringify(expect)}; hovers shown: ${JSON.stringify(any).slice(0, 600)}`);
  }
  return hover.innerText();
}

/** Opens a workspace file by its path through Quick Open (Ctrl+P). */
export async function quickOpen(page: Page, relPath: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(relPath);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: path.basename(relPath) })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
}

/**
 * Rests the mouse on `needle` where it sits inside a longer token ("--model name"), moving a
 * character further each attempt, until a hover containing `expect` shows; returns its text.
 * Monaco re-renders a line's spans as it settles, so the span is looked up again each time.
 */
export async function hoverNeedle(page: Page, needle: string, expect: string, attempts = 8): Promise<string> {
  const token = page.locator('.monaco-editor .view-line span', { hasText: needle }).first();
  const hover = page.locator('.monaco-hover-content', { hasText: expect });
  for (let attempt = 0; attempt < attempts && !(await hover.isVisible().catch(() => false)); attempt++) {
    await token.waitFor({ timeout: 20_000 });
    const box = await token.boundingBox();
    const spanText = await token.innerText().catch(() => '');
    if (!box || !spanText) {
      await page.waitForTimeout(500);
      continue;
    }
    await page.mouse.move(1200, 780);
    await page.keyboard.press('Escape');
    const x = box.x + (box.width / spanText.length) * (spanText.indexOf(needle) + 2 + attempt);
    await page.mouse.move(x, box.y + box.height / 2, { steps: 4 });
    await hover.waitFor({ timeout: 3000 }).catch(() => {});
  }
  return hover.first().innerText({ timeout: 10_000 });
}
