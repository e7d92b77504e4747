// UI test of the glossary panel in a real VS Code (code-server) in a real browser: search "kv",
// open the result, follow a related link, go back, check the rendered text, and keep screenshots
// in the dark, light and high-contrast themes (screenshots/glossary-*.png).
import * as assert from 'assert';
import * as path from 'path';
import type { FrameLocator, Page } from 'playwright-core';
import { SHOTS, THEMES, webviewFrame, runThemes, type Theme } from './workbench';

async function openPanel(page: Page): Promise<FrameLocator> {
  await page.locator('.activitybar .action-item a[aria-label^="Param Lens"]').first().click();
  const frame = webviewFrame(page);
  await frame.locator('#search').waitFor({ timeout: 30_000 });
  return frame;
}

async function scenario(page: Page, theme: Theme): Promise<string[]> {
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
  await page.mouse.move(900, 600); // no tooltip over the panel in the screenshot
  await page.screenshot({ path: path.join(SHOTS, `glossary-search-${theme}.png`) });
  log.push(`search "kv": first result "${firstTerm}", ${await frame.locator('.result').count()} results`);

  await first.click();
  const title = frame.locator('#entry-title');
  await title.waitFor();
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
  const classes = await frame.locator('body').evaluate(b => b.className);
  assert.match(classes, theme === 'dark' ? /vscode-dark/ : theme === 'light' ? /vscode-light/ : /vscode-high-contrast/);
  log.push(`the webview follows the theme (${classes.trim()})`);

  if (theme === 'dark') {
    // State survives hide/show: switch to the Explorer and back.
    await page.locator('.activitybar .action-item a[aria-label^="Explorer"]').first().click();
    const again = await openPanel(page);
    await again.locator('#entry-title', { hasText: 'KV cache' }).waitFor({ timeout: 15_000 });
    assert.strictEqual(await again.locator('#search').inputValue(), 'kv');
    log.push('the entry and the search text survive hiding and showing the panel');
  }
  return log;
}

void runThemes('glossary', THEMES, {}, scenario);
