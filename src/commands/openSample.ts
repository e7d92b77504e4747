// Param Lens: Open Sample — the walkthrough's sample of labels, shipped with the extension.
import * as vscode from 'vscode';

export const OPEN_SAMPLE = 'paramLens.openSample';

export function registerOpenSample(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_SAMPLE, async () => {
    const doc = await vscode.workspace.openTextDocument(
      vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', 'sample.md'),
    );
    await vscode.window.showTextDocument(doc, { preview: true });
  });
}
