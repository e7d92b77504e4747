// The Hub look-up seen with the mouse in a real VS Code, against the local Hub server of the unit
// tests (HF_ENDPOINT points the extension at it): an unknown id's hover offers "Look up on the
// Hub" and nothing is sent; the link is clicked; the estimate panel opens; the next hover is
// exact. Then a GGUF repository's uploader mix, priced from its header. Screenshots:
// screenshots/hub-*.png. The request counts the server saw are printed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { hoverUntil, runThemes, SHOTS, WORKSPACE } from './workbench';
import { HubServer } from '../unit/sources/hub/hubServer';
import { addHubFixtures, GGUF_REPO, ORION } from '../unit/sources/hub/hubFixtures';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'param-lens-hub-ui-'));
const server = new HubServer();
const bytes = addHubFixtures(server, root);
const generated = path.join(WORKSPACE, 'models', 'generated-hub');
fs.mkdirSync(generated, { recursive: true });
fs.writeFileSync(
  path.join(generated, 'hub_models.py'),
  [
    '# Short lines: the estimate panel opens beside the editor.',
    `m = "${ORION}"`,
    '',
    `# hf.co/${GGUF_REPO}:UD-Q4_K_XL`,
    '',
  ].join('\n'),
);
process.on('exit', () => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(generated, { recursive: true, force: true });
});

/** Hovers `text` in the open editor until a hover containing `expect` shows; returns its text. */
function hoverText(page: Page, text: string, expect: string): Promise<string> {
  return hoverUntil(page, page.locator('.monaco-editor .view-line span', { hasText: text }).last(), expect);
}

async function lookUpFromHover(page: Page, text: string, theme: string, name: string, repo: string): Promise<void> {
  await hoverText(page, text, 'Look up on the Hub');
  await page.screenshot({ path: path.join(SHOTS, `hub-${name}-offer-${theme}.png`) });
  // Counted before the click: the click itself sends the first request at once.
  assert.strictEqual(server.seen(repo).length, 0, `nothing sent for ${repo} before the click`);
  await page.locator('.monaco-hover-content a', { hasText: 'Look up on the Hub' }).first().click();
  await page
    .locator('.monaco-hover-content')
    .first()
    .waitFor({ state: 'hidden' })
    .catch(() => {});
}

async function scenario(page: Page, theme: string): Promise<string[]> {
  const out: string[] = [];
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'models' }).first().click();
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'generated-hub' }).first().click();
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'hub_models.py' }).first().click();
  await page.locator('.monaco-editor .view-line', { hasText: 'Short lines' }).first().waitFor();

  await lookUpFromHover(page, ORION.split('/')[0], theme, 'orion', ORION);
  // The answer opens in the estimate panel.
  await page.locator('.tab', { hasText: 'Model memory' }).first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(SHOTS, `hub-orion-panel-${theme}.png`) });
  out.push(`${ORION}: ${server.seen(ORION).length} requests after the click`);
  await page.locator('.tab', { hasText: 'hub_models.py' }).first().click();
  const exact = await hoverText(page, ORION.split('/')[0], 'Read from');
  assert.match(exact, /Hugging Face Hub: its config\.json/);
  await page.screenshot({ path: path.join(SHOTS, `hub-orion-exact-${theme}.png`) });
  out.push(`${ORION}: ${exact.split('\n')[0]}`);

  await lookUpFromHover(page, 'hf.co', theme, 'gguf', GGUF_REPO);
  await page.waitForTimeout(2500);
  await page.locator('.tab', { hasText: 'hub_models.py' }).first().click();
  const gguf = await hoverText(page, 'hf.co', 'Weights in the file');
  assert.match(gguf, /UD-Q4_K_XL\.gguf/);
  await page.screenshot({ path: path.join(SHOTS, `hub-gguf-exact-${theme}.png`) });
  out.push(
    `${GGUF_REPO}:UD-Q4_K_XL: ${server.seen(GGUF_REPO).length} requests (hub ${
      server.seen(GGUF_REPO).filter(r => r.server === 'hub').length
    }, storage ranges ${server.seen(GGUF_REPO).filter(r => r.server === 'cdn').length}); tensor bytes ${bytes.mix}; ` +
      `${gguf.split('\n').find(l => l.startsWith('Weights in the file')) ?? ''}`,
  );
  return out;
}

void (async () => {
  await server.start();
  // code-server and its extension host inherit the environment (test/ui/codeServer.ts).
  process.env.HF_ENDPOINT = server.url;
  delete process.env.HF_TOKEN;
  await runThemes('hub', [['dark', 'Default Dark Modern']], { 'paramLens.hub.lookup': 'onDemand' }, scenario);
})();
