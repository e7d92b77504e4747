// The estimate result, in an editor-area webview panel. The panel renders what the core
// computes; when the user changes an input there, the extension recomputes and sends it back.
import * as vscode from 'vscode';
import {
  buildEstimateView,
  estimateMarkdown,
  type EstimateRequest,
  type EstimateView,
} from './core/render/estimateView';
import { formatsFor } from './core/estimate/offeredFormats';
import { Scope } from './shared/scope';
import { panelError } from './shared/panelError';
import { parseFromEstimate, type EstimateInputs, type EstimateStrings, type ToEstimate } from './webview/messages';
import { webviewHtml } from './webviewHtml';
import type { Settings } from './settings';

export const ESTIMATE_PANEL = 'paramLens.estimate';

function strings(): EstimateStrings {
  return {
    model: vscode.l10n.t('Model or size label'),
    quant: vscode.l10n.t('Weights format'),
    context: vscode.l10n.t('Context (tokens)'),
    batch: vscode.l10n.t('Sequences'),
    engine: vscode.l10n.t('Engine'),
    mode: vscode.l10n.t('Purpose'),
    kv: vscode.l10n.t('KV cache format'),
    gpus: vscode.l10n.t('GPUs (GB each, as sold)'),
    gpusHint: vscode.l10n.t('24, 24 or 2x24'),
    tensorParallel: vscode.l10n.t('Tensor parallel'),
    gpuLayers: vscode.l10n.t('GPU layers (-1 = all)'),
    devices: vscode.l10n.t('Per device'),
    host: vscode.l10n.t('System RAM (layers and embeddings left on the CPU): {0}'),
    noDevices: vscode.l10n.t("List your GPUs above to see each one's share."),
    breakdown: vscode.l10n.t('Breakdown'),
    total: vscode.l10n.t('Total'),
    fit: vscode.l10n.t('Will it fit?'),
    largest: vscode.l10n.t('Largest context that fits {0}: {1} tokens (model maximum {2})'),
    largestNone: vscode.l10n.t('Even a short context does not fit {0}.'),
    formats: vscode.l10n.t('Across weight formats'),
    format: vscode.l10n.t('Format'),
    bpw: vscode.l10n.t('Bits/weight'),
    weights: vscode.l10n.t('Weights'),
    assumptions: vscode.l10n.t('Assumptions'),
    basis: vscode.l10n.t('Basis: {0}'),
    copy: vscode.l10n.t('Copy as Markdown'),
    copied: vscode.l10n.t('Copied'),
    noGpu: vscode.l10n.t('Set your GPU memory (paramLens.gpuMemoryGB) to see the largest context that fits it.'),
    inference: vscode.l10n.t('Inference'),
    lora: vscode.l10n.t('LoRA fine-tuning'),
    qlora: vscode.l10n.t('QLoRA fine-tuning'),
    full: vscode.l10n.t('Full fine-tuning'),
  };
}

export class EstimatePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private request: EstimateRequest | undefined;
  private view: EstimateView | undefined;
  /** What the panel says instead of figures it cannot compute (for tests and diagnostics). */
  private errorText: string | undefined;
  /** The listeners on the open panel: released when it closes, replaced when a new one opens. */
  private readonly panelScope = new Scope();
  private readonly settingsSubscription: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly settings: Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {
    // Your GPUs and the units come from the settings: an open panel follows them.
    this.settingsSubscription = settings.onDidChange(() => this.followSettings());
  }

  /** The view on screen (for tests and the copy command). */
  get current(): EstimateView | undefined {
    return this.view;
  }

  /** The message shown for inputs that cannot be estimated, while it is on screen. */
  get error(): string | undefined {
    return this.errorText;
  }

  /** A message as the webview would send it (tests: the same checks and the same path). */
  receiveForTest(raw: unknown): void {
    this.receive(raw);
  }

  /** Computes the estimate (throws on bad input) and shows it, opening the panel if needed. */
  show(request: EstimateRequest): EstimateView {
    const view = this.compute(request);
    if (!this.panel) this.open();
    else this.panel.reveal(undefined, true);
    this.post({ type: 'view', view, formats: formatsFor(view.request.engine), strings: strings() });
    return view;
  }

  /** Listeners held on the panel (a diagnostic: two while it is open, none once it is closed). */
  get listenerCount(): number {
    return this.panelScope.size;
  }

  private compute(request: EstimateRequest): EstimateView {
    const view = buildEstimateView({ gpusGiB: this.settings.current.gpusGiB, ...request }, this.settings.current.units);
    this.request = request;
    this.view = view;
    this.errorText = undefined;
    return view;
  }

  /** Recomputes the open panel's estimate with the new settings, without taking the focus. */
  private followSettings(): void {
    if (!this.panel || !this.request) return;
    try {
      const view = this.compute(this.request);
      this.post({ type: 'view', view, formats: formatsFor(view.request.engine), strings: strings() });
    } catch (e) {
      this.log.warn(`estimate panel: cannot follow the new settings: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private open(): void {
    const panel = vscode.window.createWebviewPanel(
      ESTIMATE_PANEL,
      vscode.l10n.t('Model memory'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        localResourceRoots: [
          vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'),
          vscode.Uri.joinPath(this.extensionUri, 'media'),
        ],
      },
    );
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity.svg');
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, {
      script: 'estimate.js',
      style: 'estimate.css',
      title: vscode.l10n.t('Model memory'),
      body: '<main id="app" class="estimate" aria-live="polite"></main>',
    });
    this.panel = panel;
    this.panelScope.replace(
      panel.webview.onDidReceiveMessage(raw => this.receive(raw)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.panelScope.clear();
      }),
    );
  }

  private post(message: ToEstimate): void {
    void this.panel?.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const message = parseFromEstimate(raw);
    if (!message) {
      this.log.warn('estimate panel: ignored a message of unknown shape or with invalid inputs');
      return;
    }
    if (message.type === 'ready' && this.view) {
      this.post({ type: 'view', view: this.view, formats: formatsFor(this.view.request.engine), strings: strings() });
    } else if (message.type === 'update') {
      this.update(message.inputs);
    } else if (message.type === 'copy' && this.view) {
      void vscode.env.clipboard.writeText(estimateMarkdown(this.view));
    }
  }

  private update(inputs: EstimateInputs): void {
    const base = this.request ?? {};
    const sameModel = inputs.model === this.view?.request.model;
    const request: EstimateRequest = {
      ...(sameModel ? base : { model: inputs.model }),
      quant: inputs.quant,
      contextTokens: inputs.contextTokens,
      batch: inputs.batch,
      engine: inputs.engine,
      mode: inputs.mode,
      kvCacheQuant: inputs.kvCacheQuant,
      gpusGiB: inputs.gpusGiB ?? this.settings.current.gpusGiB,
      tensorParallel: inputs.tensorParallel,
      gpuLayers: inputs.gpuLayers === -1 ? undefined : inputs.gpuLayers,
    };
    try {
      this.show(request);
    } catch (e) {
      // Bad input typed in the panel: say what is wrong there. The last good result stays unless
      // it is another model's: then its figures go, with a message that fits the panel.
      const { message, clear } = panelError(inputs.model, e, !sameModel);
      if (clear) {
        this.view = undefined;
        this.request = undefined;
      }
      this.errorText = message;
      this.post({ type: 'error', message, inputs, strings: strings(), ...(clear ? { clear } : {}) });
    }
  }

  dispose(): void {
    this.panel?.dispose();
    this.panelScope.dispose();
    this.settingsSubscription.dispose();
  }
}
