// Opt-in inlay hints (paramLens.inlayHints.enabled): "≈ 42.6 GiB" after each model name, the memory
// as its file configures it, one per mention. Mentions come from the shared per-file cache.
import * as vscode from 'vscode';
import type { Settings } from './settings';
import type { WorkspaceModels } from './workspaceModels';
import { priceMention } from './core/workspace/priceMention';
import { formatBytes } from './core/units';
import { configuredOptions } from './modelsView';

export class ModelInlayHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly models: WorkspaceModels,
    private readonly settings: Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscription = settings.onDidChange(() => this.changed.fire());
  }

  provideInlayHints(d: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): vscode.InlayHint[] {
    try {
      if (!this.settings.current.inlayHints || d.uri.scheme === 'vscode-notebook-cell') return [];
      const text = d.getText();
      const options = configuredOptions(this.settings);
      const hints: vscode.InlayHint[] = [];
      for (const m of this.models.mentionsOf(d.uri, text, d.languageId)) {
        if (token.isCancellationRequested) break;
        if (m.cell !== undefined || m.line < range.start.line || m.line > range.end.line) continue;
        const p = priceMention(m.label, m.settings, options);
        if (!p) continue;
        const hint = new vscode.InlayHint(
          new vscode.Position(m.line, m.end),
          `≈ ${formatBytes(p.gpuBytes, options.units)}`,
        );
        hint.paddingLeft = true;
        hint.tooltip = new vscode.MarkdownString(p.configured.lines.join('\n\n'));
        hints.push(hint);
      }
      return hints;
    } catch (e) {
      this.log.error('inlay hints failed', e instanceof Error ? e : String(e));
      return [];
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
