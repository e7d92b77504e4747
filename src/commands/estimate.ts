// Param Lens: Estimate Model Memory — "will it fit?". With an argument (from a hover link, a test
// or another extension) it estimates at once; otherwise it starts from the label under the
// cursor or the selection, asks only what it needs (each step Esc-able, defaults from settings),
// and opens the result panel. Resolves with the request and the estimate, or undefined.
import * as vscode from 'vscode';
import { findLabels, labelAt } from '../core/recognize/findLabels';
import { catalogModels } from '../core/catalog/lookupModel';
import { lookupModel } from '../core/catalog/lookupModel';
import { estimateMemory } from '../core/estimate/estimateMemory';
import { defaultQuant, formatsFor, type EstimateRequest } from '../core/render/estimateView';
import { formatBytes, formatParamsShort } from '../core/units';
import type { Label, MemoryEstimate, RunSettings } from '../core/types';
import { chooseEngine } from '../core/settings/chooseEngine';
import { runSettingsNear } from '../fileSettings';
import { ENGINE_CHOICES, MODE_CHOICES, parseTokens } from '../webview/messages';
import type { EstimatePanel } from '../estimatePanel';
import type { EngineSetting, Settings } from '../settings';

export const ESTIMATE = 'paramLens.estimate';

export interface EstimateResult { request: EstimateRequest; estimate: MemoryEstimate }

const MAX_CONTEXT = 16_777_216;

/** Arguments are untrusted: only known fields of the right type pass. */
export function parseEstimateArgs(arg: unknown): (EstimateRequest & { showPanel?: boolean }) | undefined {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return undefined;
  const a = arg as Record<string, unknown>;
  const out: EstimateRequest & { showPanel?: boolean } = {};
  if (typeof a.model === 'string' && a.model.length <= 300) out.model = a.model;
  if (typeof a.params === 'number') out.params = a.params;
  if (typeof a.activeParams === 'number') out.activeParams = a.activeParams;
  if (typeof a.quant === 'string' && a.quant.length <= 24) out.quant = a.quant;
  if (typeof a.contextTokens === 'number') out.contextTokens = a.contextTokens;
  if (typeof a.batch === 'number') out.batch = a.batch;
  if (typeof a.kvCacheQuant === 'string') out.kvCacheQuant = a.kvCacheQuant;
  if (ENGINE_CHOICES.includes(a.engine as never)) out.engine = a.engine as EstimateRequest['engine'];
  if (MODE_CHOICES.includes(a.mode as never)) out.mode = a.mode as EstimateRequest['mode'];
  if (typeof a.showPanel === 'boolean') out.showPanel = a.showPanel;
  return out.model !== undefined || out.params !== undefined ? out : undefined;
}

/**
 * A request from a label: a model by name, or a bare size, with the label's format; and what the
 * file states around it (engine, format, context, sequences, mode, KV cache), when given.
 */
export function requestFromLabel(label: Label, file?: RunSettings, userEngine?: EngineSetting): EstimateRequest {
  const request: EstimateRequest = {};
  if (label.kind === 'model') request.model = label.model ?? label.text;
  else if (label.params !== undefined) { request.params = label.params; if (label.activeParams !== undefined) request.activeParams = label.activeParams; }
  const quant = file?.quant ?? label.quant;
  if (quant) request.quant = quant;
  if (!file) return request;
  const choice = chooseEngine(file.engine, userEngine, quant);
  if (choice.from === 'file' || choice.from === 'format') request.engine = choice.policy;
  const training = file.mode !== undefined && file.mode !== 'inference';
  if (training) request.mode = file.mode;
  const context = training ? file.seqLen ?? file.contextTokens : file.contextTokens;
  if (context !== undefined) request.contextTokens = context;
  // vLLM-like engines reserve KV for all sequences together and llama-server's slots share -c:
  // their sequence counts do not multiply the KV (docs/run-settings.md)
  const multiplies = training || choice.policy === 'ollama' || choice.policy === 'transformers';
  const batch = training ? file.trainBatch : file.batch;
  if (multiplies && batch !== undefined && batch <= 4096) request.batch = batch;
  if (file.kvCacheQuant && ['F16', 'BF16', 'Q8_0', 'Q4_0', 'FP8'].includes(file.kvCacheQuant)) request.kvCacheQuant = file.kvCacheQuant;
  return request;
}

function labelUnderCursor(editor: vscode.TextEditor | undefined): { label: Label; file?: RunSettings } | undefined {
  if (!editor) return undefined;
  const selection = editor.selection;
  if (!selection.isEmpty) {
    const text = editor.document.getText(selection);
    const label = text.length <= 300 ? findLabels(text)[0] : undefined;
    if (!label) return undefined;
    const at = editor.document.positionAt(editor.document.offsetAt(selection.start) + label.start);
    return { label, file: runSettingsNear(editor.document, at.line, at.character) };
  }
  const line = selection.active.line;
  const label = labelAt(editor.document.lineAt(line).text, selection.active.character);
  return label ? { label, file: runSettingsNear(editor.document, line, label.start) } : undefined;
}

interface PickItem<T> extends vscode.QuickPickItem { value: T }

/** One step of the flow: a quick pick whose active item is the default; undefined on Esc. */
function pick<T>(title: string, step: number, items: PickItem<T>[], active: number, options: { allowTyped?: (text: string) => T | undefined } = {}): Promise<T | undefined> {
  return new Promise(resolve => {
    const qp = vscode.window.createQuickPick<PickItem<T | undefined>>();
    qp.title = title;
    qp.step = step;
    qp.totalSteps = 5;
    qp.items = items;
    qp.matchOnDescription = true;
    qp.matchOnDetail = true;
    if (items[active]) qp.activeItems = [items[active]];
    let done = false;
    const finish = (value: T | undefined) => { if (!done) { done = true; qp.dispose(); resolve(value); } };
    if (options.allowTyped) {
      // What the user types is a choice too: offered on top when it reads as a model or a size
      // label, otherwise a line says why it cannot be used.
      qp.onDidChangeValue(text => {
        const typed = text.trim() ? options.allowTyped!(text) : undefined;
        const extra: PickItem<T | undefined> | undefined = !text.trim() ? undefined : typed !== undefined
          ? { label: `$(edit) ${text.trim()}`, description: vscode.l10n.t('estimate what you typed'), alwaysShow: true, value: typed }
          : { label: `$(warning) ${vscode.l10n.t('Not a known model or a size label')}`, description: vscode.l10n.t('type a name such as Llama-3.1-8B or a label such as 70B Q4_K_M'), alwaysShow: true, value: undefined };
        qp.items = extra ? [extra, ...items] : items;
        if (extra?.value !== undefined) qp.activeItems = [extra];
      });
    }
    qp.onDidAccept(() => {
      const chosen = qp.activeItems[0] ?? qp.selectedItems[0];
      if (chosen?.value !== undefined) finish(chosen.value);
    });
    qp.onDidHide(() => finish(undefined));
    qp.show();
  });
}

/** A model typed by the user: a catalog name, or anything holding a size label. */
function typedModel(text: string): EstimateRequest | undefined {
  const value = text.trim();
  if (!value || value.length > 300) return undefined;
  if (lookupModel(value)) return { model: value };
  const labels = findLabels(value);
  const sized = labels.find(l => l.params !== undefined || l.activeParams !== undefined);
  if (!sized || sized.params === undefined) return undefined;
  const quant = labels.find(l => l.quant)?.quant;
  return sized.kind === 'model' ? { model: value, ...(quant ? { quant } : {}) } : { params: sized.params, activeParams: sized.activeParams, ...(quant ? { quant } : {}) };
}

async function askModel(): Promise<EstimateRequest | undefined> {
  const items: PickItem<EstimateRequest>[] = catalogModels().map(m => ({
    label: m.name,
    description: m.id,
    detail: `${formatParamsShort(m.params)} parameters${m.activeParams ? `, ${formatParamsShort(m.activeParams)} active` : ''}`,
    value: { model: m.id },
  }));
  return pick(vscode.l10n.t('Model: pick one, or type any name or label such as "70B Q4_K_M"'), 1, items, 0, { allowTyped: typedModel });
}

function askFormat(request: EstimateRequest, engine: EstimateRequest['engine'], units: 'GiB' | 'GB'): Promise<string | undefined> {
  const current = defaultQuant({ ...request, engine });
  const names = [...new Set([...(current ? [current] : []), ...formatsFor(engine ?? 'llama.cpp')])];
  const items: PickItem<string>[] = [];
  for (const quant of names) {
    try {
      const e = estimateMemory({ ...request, quant });
      items.push({ label: quant, description: `${(e.bitsPerWeight ?? 0).toFixed(2)} bits/weight · ${vscode.l10n.t('weights {0}', formatBytes(e.weightsBytes, units))}`, value: quant });
    } catch {
      // not a format this model can take
    }
  }
  return pick(vscode.l10n.t('Weights format'), 2, items, 0);
}

function askContext(defaultTokens: number): Thenable<number | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Context length (tokens)'),
    prompt: vscode.l10n.t('Tokens held in the KV cache per sequence, e.g. 8192, 32k or 128k'),
    value: String(defaultTokens),
    validateInput: text => {
      const n = parseTokens(text);
      if (!Number.isFinite(n)) return vscode.l10n.t('Enter a whole number of tokens, e.g. 8192, 32k or 1M');
      if (n < 1 || n > MAX_CONTEXT) return vscode.l10n.t('Between 1 and {0} tokens', MAX_CONTEXT.toLocaleString('en-US'));
      return undefined;
    },
  }).then(text => (text === undefined ? undefined : parseTokens(text)));
}

export async function estimateCommand(panel: EstimatePanel, settings: Settings, arg?: unknown): Promise<EstimateResult | undefined> {
  // From the editor's context menu VS Code passes the document's URI: that means "here".
  const fromUi = arg === undefined || arg instanceof vscode.Uri;
  const given = fromUi ? undefined : parseEstimateArgs(arg);
  if (!fromUi && !given) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Param Lens: Estimate Model Memory needs a model name or a parameter count.'));
    return undefined;
  }
  const s = settings.refresh();
  let request: EstimateRequest;
  if (given) {
    const { showPanel, ...rest } = given;
    const engine = chooseEngine(undefined, s.engine, rest.quant).policy;
    request = { engine, contextTokens: s.contextTokens, kvCacheQuant: s.kvCacheQuant, ...rest };
    if (showPanel === false) return { request, estimate: estimateMemory({ ...request, quant: defaultQuant(request) }) };
  } else {
    // Every step starts from what the file states around the label, else from the settings.
    const here = labelUnderCursor(vscode.window.activeTextEditor);
    const label = here?.label;
    const start = label && (label.kind !== 'quant') ? requestFromLabel(label, here?.file, s.engine) : await askModel();
    if (!start) return undefined;
    if (label?.kind === 'quant') start.quant = label.quant;
    const firstEngine = start.engine ?? chooseEngine(undefined, s.engine, start.quant).policy;
    const quant = await askFormat(start, firstEngine, s.units);
    if (quant === undefined) return undefined;
    const contextTokens = await askContext(start.contextTokens ?? s.contextTokens);
    if (contextTokens === undefined) return undefined;
    const engines = ENGINE_CHOICES.map(e => ({ label: e, value: e }));
    const engine = await pick(vscode.l10n.t('Engine'), 4, engines, Math.max(0, ENGINE_CHOICES.indexOf(firstEngine)));
    if (engine === undefined) return undefined;
    const modes = MODE_CHOICES.map(m => ({ label: m, description: m === 'inference' ? vscode.l10n.t('run it') : vscode.l10n.t('fine-tune it'), value: m }));
    const mode = await pick(vscode.l10n.t('Purpose'), 5, modes, Math.max(0, MODE_CHOICES.indexOf(start.mode ?? 'inference')));
    if (mode === undefined) return undefined;
    request = { ...start, quant, contextTokens, engine, mode, kvCacheQuant: start.kvCacheQuant ?? s.kvCacheQuant };
  }
  try {
    const view = panel.show(request);
    return { request: { ...request, quant: view.request.quant || request.quant }, estimate: estimateMemory({ ...request, quant: view.request.quant || undefined }) };
  } catch (e) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Param Lens cannot estimate this: {0}', e instanceof Error ? e.message : String(e)));
    return undefined;
  }
}

export function registerEstimate(panel: EstimatePanel, settings: Settings): vscode.Disposable {
  return vscode.commands.registerCommand(ESTIMATE, (arg?: unknown) => estimateCommand(panel, settings, arg));
}

/** A command link for a hover: estimate this label (as the file configures it, when it does). */
export function estimateLink(label: Label, file?: RunSettings): string {
  return `command:${ESTIMATE}?${encodeURIComponent(JSON.stringify([requestFromLabel(label, file)]))}`;
}
