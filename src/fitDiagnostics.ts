// Fit diagnostics where a run is configured: for each open document, the core's fit findings
// (core/workspace/fitDiagnostics.ts: firm ground only) become diagnostics on the context setting or
// the model name, and quick fixes rewrite the context or the format, or open the estimate.
// Severity is paramLens.fitDiagnostics.severity ('off': none).
import * as vscode from 'vscode';
import type { Settings } from './settings';
import type { WorkspaceModels } from './workspaceModels';
import { fitFindings, type FitFinding } from './core/workspace/fitDiagnostics';
import { ESTIMATE } from './commands/estimate';
import { requestAsConfigured } from './shared/requestAsConfigured';

export const FIT_SOURCE = 'Param Lens';
export const FIT_CODE = 'does-not-fit';
const SEVERITIES: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class FitDiagnostics implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };
  private readonly collection = vscode.languages.createDiagnosticCollection('paramLens.fit');
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly models: WorkspaceModels,
    private readonly settings: Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument(d => this.update(d)),
      vscode.workspace.onDidChangeTextDocument(e => this.later(e.document)),
      vscode.workspace.onDidCloseTextDocument(d => this.collection.delete(d.uri)),
      settings.onDidChange(() => this.updateAll()),
    );
    // the documents already open are checked once activation is over
    this.timers.set(
      '',
      setTimeout(() => {
        this.timers.delete('');
        this.updateAll();
      }, 0),
    );
  }

  private updateAll(): void {
    for (const d of vscode.workspace.textDocuments) this.update(d);
  }

  private later(d: vscode.TextDocument): void {
    const key = d.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.update(d);
      }, 400),
    );
  }

  /** The findings of a document as it is now. */
  findings(d: vscode.TextDocument): FitFinding[] {
    const text = d.getText();
    const s = this.settings.current;
    return fitFindings(text, this.models.mentionsOf(d.uri, text, d.languageId), {
      units: s.units,
      engine: s.engine,
      kvCacheQuant: s.kvCacheQuant,
      gpusGiB: s.gpusGiB,
    });
  }

  private update(d: vscode.TextDocument): void {
    try {
      const severity = SEVERITIES[this.settings.current.fitSeverity];
      if (severity === undefined || d.uri.scheme === 'output' || d.isClosed) {
        this.collection.delete(d.uri);
        return;
      }
      this.collection.set(
        d.uri,
        this.findings(d).map(f => {
          const diag = new vscode.Diagnostic(
            new vscode.Range(d.positionAt(f.start), d.positionAt(f.end)),
            f.message,
            severity,
          );
          diag.source = FIT_SOURCE;
          diag.code = FIT_CODE;
          return diag;
        }),
      );
    } catch (e) {
      this.log.error('fit diagnostics failed', e instanceof Error ? e : String(e));
    }
  }

  provideCodeActions(
    d: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    ctx: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const ours = ctx.diagnostics.filter(x => x.source === FIT_SOURCE && x.code === FIT_CODE);
    if (!ours.length) return [];
    const actions: vscode.CodeAction[] = [];
    for (const f of this.findings(d)) {
      const at = new vscode.Range(d.positionAt(f.start), d.positionAt(f.end));
      const diag = ours.find(x => x.range.isEqual(at));
      if (!diag || !at.intersection(range)) continue;
      for (const fix of f.fixes) {
        const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        a.edit = new vscode.WorkspaceEdit();
        a.edit.replace(
          d.uri,
          new vscode.Range(d.positionAt(fix.edit.start), d.positionAt(fix.edit.end)),
          fix.edit.newText,
        );
        a.diagnostics = [diag];
        a.isPreferred = fix.kind === 'context';
        actions.push(a);
      }
      const open = new vscode.CodeAction(vscode.l10n.t('Open the estimate'), vscode.CodeActionKind.QuickFix);
      open.command = {
        command: ESTIMATE,
        title: open.title,
        arguments: [requestAsConfigured(f.mention.label, f.mention.settings, this.settings.current.engine)],
      };
      open.diagnostics = [diag];
      actions.push(open);
    }
    return actions;
  }

  dispose(): void {
    this.timers.forEach(t => clearTimeout(t));
    this.collection.dispose();
    this.disposables.forEach(d => d.dispose());
  }
}
