// UI test of the glossary panel in a real VS Code (code-server) in a real browser: search "kv",
// open the result, follow a related link, go back, check the rendered text, and keep screenshots
// in the dark, light and high-contrast themes (screenshots/glossary-*.png).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startCodeServer } from './codeServer';

const REPO = path.resolve(__dirname, '../../..');
const SHOTS = path.join(REPO, 'screenshots');

/** The glossary webview's inner document. */
function glossaryFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

async function openPanel(page: Page): Promise<FrameLocator> {
  await page.locator('.activitybar .action-item a[aria-label^="Param Lens"]').first().click();
  const frame = glossaryFrame(page);
  await frame.locator('#search').waitFor({ timeout: 30_000 });
  return frame;
}

async function scenario(page: Page, theme: string): Promise<string[]> {
  const log: string[] = [];
  const frame = await openPanel(page);
  const search = frame.locator('#search');
  await search.fill('');
  await search.pressSequentially('kv', { delay: 30 });
  const first = frame.locator('.result').first();
  await first.waitFor();
  const firstTerm = await first.locator('.result-term').innerText();
  assert.match(firstTerm, /KV cache/i, `first result for "kv" is ${firstTerm}`);
  assert.ok((await first.locator('mark').count()) > 0, 'the match is highlighted');
  await page.mouse.move(900, 600);   // no tooltip over the panel in the screenshot
  await page.screenshot({ path: path.join(SHOTS, `glossary-search-${theme}.png`) });
  log.push(`search "kv": first result "${firstTerm}", ${await frame.locator('.result').count()} results`);

  await first.click();
  const title = frame.locator('#entry-title');
  await assert.doesNotReject(title.waitFor());
  assert.strictEqual(await title.innerText(), 'KV cache');
  const body = await frame.locator('.entry-body').innerText();
  assert.match(body, /128 KiB per token/);
  log.push(`opened "${await title.innerText()}": ${body.slice(0, 80)}…`);

  const related = frame.locator('.related .term-link').first();
  const relatedTerm = await related.innerText();
  await related.click();
  await frame.locator('#entry-title', { hasText: relatedTerm }).waitFor();
  log.push(`followed related link to "${relatedTerm}"`);
  await page.mouse.move(900, 600);
  await page.screenshot({ path: path.join(SHOTS, `glossary-entry-${theme}.png`) });

  await frame.locator('#back').click();
  await frame.locator('#entry-title', { hasText: 'KV cache' }).waitFor();
  log.push('back returned to "KV cache"');
  return log;
}

async function themeOf(frame: FrameLocator): Promise<string> {
  return frame.locator('body').evaluate(b => b.className);
}

async function session(theme: 'dark' | 'light' | 'high-contrast', colorTheme: string): Promise<void> {
  const workspace = path.join(REPO, 'test/fixtures/workspace');
  const server = await startCodeServer(workspace, { 'workbench.colorTheme': colorTheme });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    for (const line of await scenario(page, theme)) console.log(`  ✔ ${theme}: ${line}`);
    assert.match(await themeOf(glossaryFrame(page)), theme === 'dark' ? /vscode-dark/ : theme === 'light' ? /vscode-light/ : /vscode-high-contrast/);
    console.log(`  ✔ ${theme}: the webview follows the ${colorTheme} theme`);
    if (theme === 'dark') {
      // State survives hide/show: switch to the Explorer and back.
      await page.locator('.activitybar .action-item a[aria-label^="Explorer"]').first().click();
      const frame = await openPanel(page);
      await frame.locator('#entry-title', { hasText: 'KV cache' }).waitFor({ timeout: 15_000 });
      assert.strictEqual(await frame.locator('#search').inputValue(), 'kv');
      console.log('  ✔ the entry and the search text survive hiding and showing the panel');
    }
  } catch (e) {
    const pages = browser.contexts().flatMap(c => c.pages());
    if (pages[0]) await pages[0].screenshot({ path: path.join(SHOTS, `glossary-failure-${theme}.png`) }).catch(() => {});
    throw e;
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  let failed = 0;
  const themes = [['dark', 'Default Dark Modern'], ['light', 'Default Light Modern'], ['high-contrast', 'Default High Contrast']] as const;
  for (const [theme, colorTheme] of themes) {
    try {
      await session(theme, colorTheme);
    } catch (e) {
      failed++;
      console.error(`  ✘ glossary UI test (${theme}) failed:`, e);
    }
  }
  console.log(`  screenshots in ${path.relative(REPO, SHOTS)}/`);
  console.log(`\n  ${themes.length - failed} passing${failed ? `\n  ${failed} failing` : ''}`);
  process.exit(failed ? 1 : 0);
}

void main();
