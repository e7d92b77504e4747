import * as assert from 'assert';
import * as vscode from 'vscode';
import { allGlossaryEntries } from '../../../src/core/glossary/glossary';
import { activateExtension, fixture, positionOf } from './helpers';

const ids = new Set(allGlossaryEntries().map(e => e.id));

suite('glossary panel in a real VS Code', () => {
  let ext: vscode.Extension<unknown>;
  suiteSetup(async () => {
    ext = await activateExtension();
  });

  test('the view container and the webview view are contributed, each with an icon', () => {
    const contributes = ext.packageJSON.contributes;
    const container = contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'paramLens');
    assert.ok(container?.icon);
    const view = contributes.views.paramLens.find((v: { id: string }) => v.id === 'paramLens.glossary');
    assert.strictEqual(view?.type, 'webview');
    assert.ok(view.icon);
  });

  test('Open Glossary with an id reveals the panel at that entry (answered by the webview itself)', async () => {
    const shown = await vscode.commands.executeCommand<string | undefined>('paramLens.openGlossary', 'kv-cache');
    assert.strictEqual(shown, 'kv-cache');
    const again = await vscode.commands.executeCommand<string | undefined>('paramLens.openGlossary', 'q4-k-m');
    assert.strictEqual(again, 'q4-k-m');
  });

  test('bad arguments open the index and never throw', async () => {
    for (const arg of ['<script>', 'no-such-entry', 42, { id: 'kv-cache' }, 'x'.repeat(500)]) {
      const shown = await vscode.commands.executeCommand<string | undefined>('paramLens.openGlossary', arg);
      assert.strictEqual(shown, undefined, JSON.stringify(arg));
    }
  });

  test('every hover glossary link opens a real entry', async () => {
    const doc = await vscode.workspace.openTextDocument(fixture('config.yaml'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      positionOf(doc, 'Q4_K_M', 2),
    );
    const text = hovers
      .flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
      .join('\n');
    const links = [...text.matchAll(/\(command:paramLens\.openGlossary\?([^)]+)\)/g)].map(
      m => JSON.parse(decodeURIComponent(m[1])) as unknown[],
    );
    assert.ok(links.length >= 2, text);
    for (const args of links) {
      assert.strictEqual(args.length, 1);
      assert.ok(ids.has(String(args[0])), `unknown glossary id ${String(args[0])}`);
    }
    // Following the first link the way VS Code does: the command with its arguments.
    const shown = await vscode.commands.executeCommand<string | undefined>('paramLens.openGlossary', ...links[0]);
    assert.strictEqual(shown, links[0][0]);
  });
});
