import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, fixture, hoverText, positionOf, setSetting } from './helpers';

const OURS = 'Param Lens ·';

async function hoverAt(file: string, needle: string): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(fixture(file));
  return hoverText(doc.uri, positionOf(doc, needle, 2));
}

suite('settings and the toggle command', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  teardown(async () => {
    await setSetting('hover.enabled', undefined);
    await setSetting('hover.excludedLanguages', undefined);
    await setSetting('units', undefined);
  });

  test('the commands are contributed and registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('paramLens.toggleHovers'));
  });

  test('Param Lens: Toggle Hovers turns the hover off and on again', async () => {
    assert.ok((await hoverAt('serve.py', 'Llama-3.1-70B')).includes(OURS));
    await vscode.commands.executeCommand('paramLens.toggleHovers');
    assert.strictEqual(vscode.workspace.getConfiguration('paramLens').get('hover.enabled'), false);
    assert.ok(!(await hoverAt('serve.py', 'Llama-3.1-70B')).includes(OURS));
    await vscode.commands.executeCommand('paramLens.toggleHovers');
    assert.ok((await hoverAt('serve.py', 'Llama-3.1-70B')).includes(OURS));
  });

  test('excluded languages get no hover; others still do', async () => {
    await setSetting('hover.excludedLanguages', ['python']);
    assert.ok(!(await hoverAt('serve.py', 'Llama-3.1-70B')).includes(OURS));
    assert.ok((await hoverAt('config.yaml', '8x7B')).includes(OURS));
  });

  test('units: GB instead of GiB, always labelled', async () => {
    await setSetting('units', 'GB');
    const text = await hoverAt('serve.py', 'Llama-3.1-70B');
    assert.match(text, /GB = 10\^9 bytes/);
    assert.match(text, /\| 141 GB \|/);
  });
});
