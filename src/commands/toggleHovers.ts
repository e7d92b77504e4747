// Param Lens: Toggle Hovers — flips paramLens.hover.enabled where it is set (workspace or user).
import * as vscode from 'vscode';
import { SECTION } from '../settings';

export const TOGGLE_HOVERS = 'paramLens.toggleHovers';

export async function toggleHovers(): Promise<boolean> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const inspected = config.inspect<boolean>('hover.enabled');
  const target =
    inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  const next = config.get<boolean>('hover.enabled') === false;
  await config.update('hover.enabled', next, target);
  vscode.window.setStatusBarMessage(
    next ? vscode.l10n.t('Param Lens hovers on') : vscode.l10n.t('Param Lens hovers off'),
    3000,
  );
  return next;
}

export function registerToggleHovers(): vscode.Disposable {
  return vscode.commands.registerCommand(TOGGLE_HOVERS, toggleHovers);
}
