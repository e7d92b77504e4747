// Param Lens: registers the hover, the views and the commands. Nothing is computed at activation
// (the workspace is scanned for models when the Models view is first shown).
import * as vscode from 'vscode';
import { Settings } from './settings';
import { SizeLabelHoverProvider } from './hoverProvider';
import { registerToggleHovers } from './commands/toggleHovers';
import { GLOSSARY_VIEW, GlossaryViewProvider } from './glossaryView';
import { registerOpenGlossary } from './commands/openGlossary';
import { EstimatePanel } from './estimatePanel';
import { openEstimateStep, registerEstimate, type OpenStep } from './commands/estimate';
import { registerSetGpu } from './commands/setGpu';
import { registerOpenSample } from './commands/openSample';
import { WorkspaceModels } from './workspaceModels';
import { MODELS_VIEW, ModelsViewProvider } from './modelsView';
import { registerModelsCommands } from './commands/models';
import { FitDiagnostics } from './fitDiagnostics';
import { ModelInlayHints } from './inlayHints';
import { LocalModels } from './sources/localModels';
import { HubService } from './sources/hub/hubService';
import { registerHubCommands } from './commands/hubCommands';
import { setErrorReporter } from './core/errors';
import type { EstimateView } from './core/render/estimateView';

/** What activate() returns: how long it took and a few live figures, for benchmarks, tests and diagnostics. */
export interface ParamLensApi {
  readonly activationMs: number;
  /** The estimate panel's view on screen, if any. */
  estimateView(): EstimateView | undefined;
  /** Listeners held on webviews (glossary view and estimate panel): bounded, whatever is re-opened. */
  webviewListeners(): number;
  /** The estimate panel's message in place of figures (an unknown model typed there), if any. */
  estimateError(): string | undefined;
  /** Hands the estimate panel a message as its webview would send it, through the same checks. */
  estimateMessage(raw: unknown): void;
  /** The step of the estimate command's flow open now (title and a running count), if any. */
  estimateStep(): OpenStep | undefined;
}

export function activate(context: vscode.ExtensionContext): ParamLensApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Param Lens', { log: true });
  // Errors the core's never-throwing paths (the recognizer) swallow go to the log, not nowhere.
  const restoreReporter = setErrorReporter((where, e) => log.error(`${where}:`, e instanceof Error ? e : String(e)));
  const settings = new Settings();
  const glossary = new GlossaryViewProvider(context.extensionUri, log);
  const estimatePanel = new EstimatePanel(context.extensionUri, settings, log);
  const hub = new HubService(context, settings, log);
  // One per-file cache of model mentions for the Models view, the fit diagnostics and the inlay hints.
  const models = new WorkspaceModels(log);
  const modelsView = new ModelsViewProvider(models, settings);
  const fit = new FitDiagnostics(models, settings, log);
  const hints = new ModelInlayHints(models, settings, log);
  context.subscriptions.push(
    { dispose: restoreReporter },
    log,
    settings,
    // Every text document, whatever its language or scheme (file, untitled, remote, virtual).
    vscode.languages.registerHoverProvider(
      { scheme: '*' },
      new SizeLabelHoverProvider(settings, log, new LocalModels(log), hub),
    ),
    hub,
    registerHubCommands(hub, estimatePanel, settings),
    registerToggleHovers(),
    glossary,
    vscode.window.registerWebviewViewProvider(GLOSSARY_VIEW, glossary),
    registerOpenGlossary(glossary),
    estimatePanel,
    registerEstimate(estimatePanel, settings),
    registerSetGpu(),
    registerOpenSample(context.extensionUri),
    models,
    modelsView,
    vscode.window.createTreeView(MODELS_VIEW, { treeDataProvider: modelsView, showCollapseAll: true }),
    registerModelsCommands(modelsView, models, settings),
    fit,
    vscode.languages.registerCodeActionsProvider({ scheme: '*' }, fit, FitDiagnostics.metadata),
    hints,
    vscode.languages.registerInlayHintsProvider({ scheme: '*' }, hints),
  );
  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return {
    activationMs,
    estimateView: () => estimatePanel.current,
    webviewListeners: () => glossary.listenerCount + estimatePanel.listenerCount,
    estimateError: () => estimatePanel.error,
    estimateMessage: raw => estimatePanel.receiveForTest(raw),
    estimateStep: openEstimateStep,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
