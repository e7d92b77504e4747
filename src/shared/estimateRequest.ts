// What an estimate is asked for, from the three places a request comes from: a command argument
// (a hover link, a test, another extension: untrusted), a label in the editor, and what a user
// types in the model picker. No vscode import: unit-tested directly.
import type { EstimateRequest } from '../core/render/estimateView';
import type { Label } from '../core/types';
import { findLabels } from '../core/recognize/findLabels';
import { lookupModel } from '../core/catalog/lookupModel';
import { isEngine, LIMITS, MODES } from '../core/options';
import { parseKvCacheFormat } from '../core/estimate/validateInput';
import { unlessInvalid } from '../core/errors';
import { quantWithBits } from '../core/quant/quantWithBits';

export type EstimateArgs = EstimateRequest & { showPanel?: boolean };

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const name = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= max;

/**
 * A command argument as a request: only known fields of the right type pass (the rest is
 * dropped); undefined unless it names a model or a parameter count. Numbers out of range are
 * kept, so the estimator's message says what is wrong with them.
 */
export function parseEstimateArgs(arg: unknown): EstimateArgs | undefined {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return undefined;
  const a = arg as Record<string, unknown>;
  const out: EstimateArgs = {};
  if (name(a.model, LIMITS.maxModelName)) out.model = a.model;
  if (finite(a.params)) out.params = a.params;
  if (finite(a.activeParams)) out.activeParams = a.activeParams;
  if (name(a.quant, LIMITS.maxQuantName)) out.quant = a.quant;
  if (finite(a.contextTokens)) out.contextTokens = a.contextTokens;
  if (finite(a.batch)) out.batch = a.batch;
  // KV cache formats as users write them ("q8_0", "fp16"), stored in their canonical spelling.
  const kv = a.kvCacheQuant;
  if (typeof kv === 'string') out.kvCacheQuant = unlessInvalid(() => parseKvCacheFormat(kv));
  if (out.kvCacheQuant === undefined) delete out.kvCacheQuant;
  if (isEngine(a.engine)) out.engine = a.engine;
  const mode = MODES.find(m => m === a.mode);
  if (mode) out.mode = mode;
  if (typeof a.showPanel === 'boolean') out.showPanel = a.showPanel;
  return out.model !== undefined || out.params !== undefined ? out : undefined;
}

/** A request from a label: a model by name, or a bare size, with the label's format. */
export function requestFromLabel(label: Label): EstimateRequest {
  const request: EstimateRequest = {};
  if (label.kind === 'model') request.model = label.model ?? label.text;
  else if (label.params !== undefined) {
    request.params = label.params;
    if (label.activeParams !== undefined) request.activeParams = label.activeParams;
  }
  if (label.quant) request.quant = quantWithBits(label.quant, label.bitsPerWeight);
  return request;
}

/** A model typed by the user: a catalog name, or anything holding a size label. */
export function requestFromTyped(text: string): EstimateRequest | undefined {
  const value = text.trim();
  if (!value || value.length > LIMITS.maxModelName) return undefined;
  if (lookupModel(value)) return { model: value };
  const labels = findLabels(value);
  const sized = labels.find(l => l.params !== undefined || l.activeParams !== undefined);
  if (!sized || sized.params === undefined) return undefined;
  const q = labels.find(l => l.quant);
  const quant = q?.quant ? quantWithBits(q.quant, q.bitsPerWeight) : undefined;
  const format = quant ? { quant } : {};
  return sized.kind === 'model'
    ? { model: value, ...format }
    : { params: sized.params, activeParams: sized.activeParams, ...format };
}

/** The label a selection stands for: the first in it, when it is short enough to be one. */
export function labelInSelection(text: string): Label | undefined {
  return text.length <= LIMITS.maxModelName ? findLabels(text)[0] : undefined;
}
