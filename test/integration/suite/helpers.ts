import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'param-lens.param-lens';

/** Asserts the extension under test is loaded and activates it (a wrong path otherwise runs the tests without it). */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded in this VS Code`);
  await ext.activate();
  assert.ok(ext.isActive, `${EXTENSION_ID} did not activate`);
  return ext;
}

export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixtures workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The text of every hover part VS Code returns at a position. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

/** The position of the n-th occurrence of `needle` (plus `into` characters) in a document. */
export function positionOf(doc: vscode.TextDocument, needle: string, into = 1, occurrence = 0): vscode.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = doc.getText().indexOf(needle, index + 1);
  assert.ok(index >= 0, `${JSON.stringify(needle)} is in ${doc.uri.path}`);
  return doc.positionAt(index + into);
}

/**
 * Sets a user setting and returns once this extension host sees it: its configuration change event
 * (which the extension's settings reader follows) has then fired, however slow the machine.
 */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('paramLens').update(key, value, vscode.ConfigurationTarget.Global);
  const want = JSON.stringify(value);
  for (let i = 0; i < 100; i++) {
    const seen = vscode.workspace.getConfiguration('paramLens').inspect(key)?.globalValue;
    if (JSON.stringify(seen) === want) return;
    await new Promise(r => setTimeout(r, 50));
  }
  throw new Error(`the setting paramLens.${key} never took the value ${want}`);
}
