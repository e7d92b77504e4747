// Param Lens: Estimate Model Memory — "will it fit?". With an argument (from a hover link, a test
// or another extension) it estimates at once; otherwise it starts from the label under the
// cursor or the selection, asks only what it needs (each step Esc-able, defaults from settings),
// and opens the result panel. Resolves with the request and the estimate, or undefined.
import * as vscode from 'vscode';
import { labelAt } from '../core/recognize/findLabels';
import { catalogModels } from '../core/catalog/lookupModel';
import { estimateMemory } from '../core/estimate/estimateMemory';
import { defaultWeightsFormat } from '../core/estimate/defaultFormat';
import { contextWarning } from '../core/estimate/contextWarning';
import { resolveModel } from '../core/estimate/resolveModel';
import type { EstimateRequest } from '../core/render/estimateView';
import { formatBytes, formatParamsShort } from '../core/units';
import type { Engine, Label, MemoryEstimate, RunSettings } from '../core/types';
import { canLoad, chooseEngine } from '../core/settings/chooseEngine';
import { runSettingsNear } from '../fileSettings';
import { requestAsConfigured } from '../shared/requestAsConfigured';
import { ENGINES, LIMITS, MODES } from '../core/options';
import { formatsFor } from '../core/estimate/offeredFormats';
import { unlessInvalid } from '../core/errors';
import { parseTokens } from '../webview/messages';
import { labelInSelection, parseEstimateArgs, requestFromLabel, requestFromTyped } from '../shared/estimateRequest';
import type { EstimatePanel } from '../estimatePanel';
import type { Settings } from '../settings';

export const ESTIMATE = 'paramLens.estimate';

export interface EstimateResult {
  request: EstimateRequest;
  estimate: MemoryEstimate;
}

// The argument and label readers live in shared/estimateRequest.ts (no vscode: unit-tested).
export { parseEstimateArgs, requestFromLabel };

/** The label under the cursor (or in the selection) and what the file states around it. */
function labelUnderCursor(editor: vscode.TextEditor | undefined): { label: Label; file?: RunSettings } | undefined {
  if (!editor) return undefined;
  const selection = editor.selection;
  if (!selection.isEmpty) {
    const label = labelInSelection(editor.document.getText(selection));
    if (label) {
      const at = editor.document.positionAt(editor.document.offsetAt(selection.start) + label.start);
      return { label, file: runSettingsNear(editor.document, at.line, at.character) };
    }
  }
  const line = selection.active.line;
  const label = labelAt(editor.document.lineAt(line).text, selection.active.character);
  return label ? { label, file: runSettingsNear(editor.document, line, label.start) } : undefined;
}

interface PickItem<T> extends vscode.QuickPickItem {
  value: T;
}

/** The step of the flow on screen now, by title, with the count of steps shown so far. */
export interface OpenStep {
  title: string;
  seq: number;
}
let openStep: OpenStep | undefined;
let stepsShown = 0;

/** Which step is open, if any: tests wait on it instead of guessing how long a step takes to open. */
export function openEstimateStep(): OpenStep | undefined {
  return openStep;
}

/** Marks a step as shown; the returned function marks it closed. */
function stepShown(title: string): () => void {
  const mine = { title, seq: ++stepsShown };
  openStep = mine;
  return () => {
    if (openStep === mine) openStep = undefined;
  };
}

/** One step of the flow: a quick pick whose active item is the default; undefined on Esc. */
function pick<T>(
  title: string,
  step: number,
  items: PickItem<T>[],
  active: number,
  options: { allowTyped?: (text: string) => T | undefined } = {},
): Promise<T | undefined> {
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
    let closed = () => {};
    const finish = (value: T | undefined) => {
      if (!done) {
        done = true;
        closed();
        qp.dispose();
        resolve(value);
      }
    };
    if (options.allowTyped) {
      // What the user types is a choice too: offered on top when it reads as a model or a size
      // label, otherwise a line says why it cannot be used.
      qp.onDidChangeValue(text => {
        const typed = text.trim() ? options.allowTyped!(text) : undefined;
        const extra: PickItem<T | undefined> | undefined = !text.trim()
          ? undefined
          : typed !== undefined
            ? {
                label: `$(edit) ${text.trim()}`,
                description: vscode.l10n.t('estimate what you typed'),
                alwaysShow: true,
                value: typed,
              }
            : {
                label: `$(warning) ${vscode.l10n.t('Not a known model or a size label')}`,
                description: vscode.l10n.t('type a name such as Llama-3.1-8B or a label such as 70B Q4_K_M'),
                alwaysShow: true,
                value: undefined,
              };
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
    closed = stepShown(title);
  });
}

async function askModel(): Promise<EstimateRequest | undefined> {
  const items: PickItem<EstimateRequest>[] = catalogModels().map(m => ({
    label: m.name,
    description: m.id,
    detail:
      `${formatParamsShort(m.params)} ` +
      `parameters${m.activeParams ? `, ${formatParamsShort(m.activeParams)} active` : ''}`,
    value: { model: m.id },
  }));
  return pick(vscode.l10n.t('Model: pick one, or type any name or label such as "70B Q4_K_M"'), 1, items, 0, {
    allowTyped: requestFromTyped,
  });
}

/**
 * The format step: every format the chosen engine loads (estimate/offeredFormats.ts, from the one
 * table of which engine loads which format), the request's own first when that engine loads it.
 */
function askFormat(request: EstimateRequest, engine: Engine, units: 'GiB' | 'GB'): Promise<string | undefined> {
  const current = defaultWeightsFormat({ ...request, engine });
  const names = [...new Set([...(current && canLoad(engine, current) ? [current] : []), ...formatsFor(engine)])];
  const items: PickItem<string>[] = [];
  for (const quant of names) {
    // A format this model cannot take is not offered.
    const e = unlessInvalid(() => estimateMemory({ ...request, engine, quant }));
    if (!e) continue;
    const weights = vscode.l10n.t('weights {0}', formatBytes(e.weightsBytes, units));
    items.push({
      label: quant,
      description: `${(e.bitsPerWeight ?? 0).toFixed(2)} bits/weight · ${weights}`,
      value: quant,
    });
  }
  return pick(vscode.l10n.t('Weights format'), 4, items, 0);
}

function askContext(defaultTokens: number, nativeMax: number | undefined): Thenable<number | undefined> {
  const title = vscode.l10n.t('Context length (tokens)');
  const closed = stepShown(title);
  return vscode.window
    .showInputBox({
      title,
      prompt: vscode.l10n.t('Tokens held in the KV cache per sequence, e.g. 8192, 32k or 128k'),
      value: String(defaultTokens),
      validateInput: text => {
        const n = parseTokens(text);
        if (!Number.isFinite(n)) return vscode.l10n.t('Enter a whole number of tokens, e.g. 8192, 32k or 1M');
        if (n < LIMITS.minContext || n > LIMITS.maxContext) {
          return vscode.l10n.t('Between 1 and {0} tokens', LIMITS.maxContext.toLocaleString('en-US'));
        }
        const beyond = contextWarning(n, nativeMax);
        return beyond ? { message: beyond, severity: vscode.InputBoxValidationSeverity.Warning } : undefined;
      },
    })
    .then(text => {
      closed();
      return text === undefined ? undefined : parseTokens(text);
    });
}

export async function estimateCommand(
  panel: EstimatePanel,
  settings: Settings,
  arg?: unknown,
): Promise<EstimateResult | undefined> {
  // From the editor's context menu VS Code passes the document's URI: that means "here".
  const fromUi = arg === undefined || arg instanceof vscode.Uri;
  const given = fromUi ? undefined : parseEstimateArgs(arg);
  if (!fromUi && !given) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Param Lens: Estimate Model Memory needs a model name or a parameter count.'),
    );
    return undefined;
  }
  const s = settings.refresh();
  let request: EstimateRequest;
  if (given) {
    const { showPanel, ...rest } = given;
    // the user's engine, unless it cannot load the format ('auto': the one that runs it)
    const engine = chooseEngine(undefined, s.engine, rest.quant).policy;
    request = { engine, contextTokens: s.contextTokens, kvCacheQuant: s.kvCacheQuant, ...rest };
    if (showPanel === false)
      return { request, estimate: estimateMemory({ ...request, quant: defaultWeightsFormat(request) }) };
  } else {
    // Every step starts from what the file states around the label, else from the settings.
    const here = labelUnderCursor(vscode.window.activeTextEditor);
    const label = here?.label;
    const start = label && label.kind !== 'quant' ? requestAsConfigured(label, here?.file, s.engine) : await askModel();
    if (!start) return undefined;
    if (label?.kind === 'quant') start.quant = label.quant;
    // Purpose and engine first: they decide which formats can be offered (QLoRA loads NF4).
    const modes = MODES.map(m => ({
      label: m,
      description: m === 'inference' ? vscode.l10n.t('run it') : vscode.l10n.t('fine-tune it'),
      value: m,
    }));
    const mode = await pick(vscode.l10n.t('Purpose'), 2, modes, Math.max(0, MODES.indexOf(start.mode ?? 'inference')));
    if (mode === undefined) return undefined;
    const startQuant = start.quant ?? defaultWeightsFormat({ ...start, mode });
    const firstEngine = start.engine ?? chooseEngine(undefined, s.engine, startQuant).policy;
    const engines = ENGINES.map(e => ({ label: e, value: e }));
    const engine = await pick(vscode.l10n.t('Engine'), 3, engines, Math.max(0, ENGINES.indexOf(firstEngine)));
    if (engine === undefined) return undefined;
    const quant = await askFormat({ ...start, mode }, engine, s.units);
    if (quant === undefined) return undefined;
    const model = unlessInvalid(() => resolveModel(start));
    const nativeMax = model && model.basis !== 'label' ? model.arch.contextLength : undefined;
    const contextTokens = await askContext(start.contextTokens ?? s.contextTokens, nativeMax);
    if (contextTokens === undefined) return undefined;
    request = { ...start, quant, contextTokens, engine, mode, kvCacheQuant: start.kvCacheQuant ?? s.kvCacheQuant };
  }
  try {
    const view = panel.show(request);
    return {
      request: { ...request, quant: view.request.quant || request.quant },
      estimate: estimateMemory({ ...request, quant: view.request.quant || undefined }),
    };
  } catch (e) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Param Lens cannot estimate this: {0}', e instanceof Error ? e.message : String(e)),
    );
    return undefined;
  }
}

export function registerEstimate(panel: EstimatePanel, settings: Settings): vscode.Disposable {
  return vscode.commands.registerCommand(ESTIMATE, (arg?: unknown) => estimateCommand(panel, settings, arg));
}

/** A command link for a hover: estimate this label. */
export function estimateLink(label: Label, file?: RunSettings): string {
  const request = file ? requestAsConfigured(label, file) : requestFromLabel(label);
  return `command:${ESTIMATE}?${encodeURIComponent(JSON.stringify([request]))}`;
}
