// Reads the paramLens.* settings. Values are read once and refreshed when they change, so the
// hover path never asks the configuration service. The settings are declared in
// shared/settingsSchema.ts and checked by shared/parseSettings.ts (no vscode there: unit-tested).
import * as vscode from 'vscode';
import { parseSettings, SETTING_KEYS, type ParamLensSettings } from './shared/parseSettings';
import { SETTINGS_SECTION } from './shared/settingsSchema';

export type { ParamLensSettings };

export const SECTION = SETTINGS_SECTION;

function read(): ParamLensSettings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return parseSettings(Object.fromEntries(SETTING_KEYS.map(key => [key, c.get<unknown>(key)])));
}

export class Settings implements vscode.Disposable {
  private value = read();
  private readonly changed = new vscode.EventEmitter<ParamLensSettings>();
  /** Fires with the new values after any paramLens.* setting changed. */
  readonly onDidChange = this.changed.event;
  private readonly subscription = vscode.workspace.onDidChangeConfiguration(e => {
    if (e.affectsConfiguration(SECTION)) {
      this.value = read();
      this.changed.fire(this.value);
    }
  });

  get current(): ParamLensSettings {
    return this.value;
  }

  /** Reads the settings again (commands do, so that nothing depends on event timing). */
  refresh(): ParamLensSettings {
    this.value = read();
    return this.value;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
