// The messages between the webviews (glossary panel, estimate panel) and the extension, in one
// place for both sides. Every message that arrives is checked here before it is acted on.
import type { EstimateView } from '../core/render/estimateView';
import type { Engine, Mode } from '../core/types';
import { isEngine, KV_CACHE_FORMATS, LIMITS, MODES } from '../core/options';

export interface GlossaryItem {
  id: string;
  term: string;
  aliases: string[];
  summary: string;
  /** Body rendered to safe HTML by the core (escaped text, entry links only). */
  html: string;
  /** Plain text of the body, for search. */
  text: string;
  related: string[];
}

/** User-visible strings, localized by the extension. */
export interface GlossaryStrings {
  searchPlaceholder: string;
  searchLabel: string;
  results: string;
  noResults: string;
  related: string;
  back: string;
  forward: string;
  allTerms: string;
}

export type ToGlossary =
  { type: 'init'; entries: GlossaryItem[]; strings: GlossaryStrings; show?: string } | { type: 'show'; id: string };

export type FromGlossary = { type: 'ready' } | { type: 'shown'; id: string } | { type: 'error'; message: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isGlossaryId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 64 && ID.test(value);
}

/** A message from the webview, or undefined when it is not one we know. */
export function parseFromGlossary(value: unknown): FromGlossary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'shown':
      return isGlossaryId(m.id) ? { type: 'shown', id: m.id } : undefined;
    case 'error':
      return typeof m.message === 'string' ? { type: 'error', message: m.message.slice(0, 500) } : undefined;
    default:
      return undefined;
  }
}

/** A message from the extension, checked by the webview before use. */
export function parseToGlossary(value: unknown): ToGlossary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (m.type === 'show') return isGlossaryId(m.id) ? { type: 'show', id: m.id } : undefined;
  if (m.type === 'init' && Array.isArray(m.entries) && typeof m.strings === 'object' && m.strings !== null) {
    return {
      type: 'init',
      entries: m.entries as GlossaryItem[],
      strings: m.strings as GlossaryStrings,
      show: isGlossaryId(m.show) ? m.show : undefined,
    };
  }
  return undefined;
}

// ---- The estimate panel ----------------------------------------------------------------------
// The choices it offers (engines, purposes, KV cache formats) and its limits are the core's, from
// core/options.ts.

/** The inputs a user can change in the panel. */
export interface EstimateInputs {
  model: string;
  quant: string;
  contextTokens: number;
  batch: number;
  engine: Engine;
  mode: Mode;
  kvCacheQuant: string;
  /** Memory of each GPU in GiB, as typed in the panel ("24, 24"); absent: the user's setting. */
  gpusGiB?: number[];
  tensorParallel?: number;
  /** llama.cpp/Ollama layers on the GPU; -1 = all. */
  gpuLayers?: number;
}

export interface EstimateStrings {
  [key: string]: string;
}

export type ToEstimate =
  | { type: 'view'; view: EstimateView; formats: readonly string[]; strings: EstimateStrings }
  /** `clear`: the figures on screen belong to another model: the panel removes them. */
  | { type: 'error'; message: string; inputs: EstimateInputs; strings: EstimateStrings; clear?: boolean };

export type FromEstimate = { type: 'ready' } | { type: 'update'; inputs: EstimateInputs } | { type: 'copy' };

/** Reads "8192", "32k", "128K", "1M" as a token count; NaN when it is none. */
export function parseTokens(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*$/.exec(text);
  if (!m) return NaN;
  const scale = m[2].toLowerCase() === 'k' ? 1024 : m[2].toLowerCase() === 'm' ? 1024 * 1024 : 1;
  return Math.round(Number(m[1]) * scale);
}

/** Reads "24, 24", "2x24" or "24 16" as GPU sizes in GiB; undefined when it is none. */
export function parseGpuList(text: string): number[] | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const times = /^(\d{1,2})\s*[x×]\s*(\d+(?:\.\d+)?)$/i.exec(t);
  const list = times ? new Array<number>(Number(times[1])).fill(Number(times[2])) : t.split(/[\s,+]+/).map(Number);
  const ok =
    list.length >= 1 && list.length <= LIMITS.maxGpus && list.every(g => Number.isFinite(g) && g >= 0.25 && g <= 1e6);
  return ok ? list : undefined;
}

/** The inputs of an update message, or undefined when any field is missing or out of range. */
export function parseEstimateInputs(value: unknown): EstimateInputs | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const str = (x: unknown, max: number) =>
    typeof x === 'string' && x.trim() !== '' && x.length <= max ? x.trim() : undefined;
  const int = (x: unknown, max: number) =>
    typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= max ? x : undefined;
  const model = str(v.model, LIMITS.maxModelName);
  const quant = str(v.quant, LIMITS.maxQuantName);
  const contextTokens = int(v.contextTokens, LIMITS.maxContext);
  const batch = int(v.batch, LIMITS.maxBatch);
  const engine = isEngine(v.engine) ? v.engine : undefined;
  const mode = MODES.find(m => m === v.mode);
  const kvCacheQuant = KV_CACHE_FORMATS.find(k => k === v.kvCacheQuant);
  if (!model || !quant || !contextTokens || !batch || !engine || !mode || !kvCacheQuant) return undefined;
  const out: EstimateInputs = { model, quant, contextTokens, batch, engine, mode, kvCacheQuant };
  // The multi-GPU fields are optional (an empty GPU list is none); present but invalid rejects the message.
  if (v.gpusGiB !== undefined && !(Array.isArray(v.gpusGiB) && v.gpusGiB.length === 0)) {
    const gpus = Array.isArray(v.gpusGiB) ? parseGpuList(v.gpusGiB.join(',')) : undefined;
    if (!gpus) return undefined;
    out.gpusGiB = gpus;
  }
  if (v.tensorParallel !== undefined) {
    const tp = int(v.tensorParallel, LIMITS.maxRanks);
    if (!tp) return undefined;
    out.tensorParallel = tp;
  }
  if (v.gpuLayers !== undefined) {
    const layers = v.gpuLayers === -1 || v.gpuLayers === 0 ? v.gpuLayers : int(v.gpuLayers, LIMITS.maxGpuLayers);
    if (layers === undefined) return undefined;
    out.gpuLayers = layers;
  }
  return out;
}

export function parseFromEstimate(value: unknown): FromEstimate | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready' };
  if (m.type === 'copy') return { type: 'copy' };
  if (m.type === 'update') {
    const inputs = parseEstimateInputs(m.inputs);
    return inputs ? { type: 'update', inputs } : undefined;
  }
  return undefined;
}

/** A message from the extension, checked by the estimate webview before it renders anything. */
export function parseToEstimate(value: unknown): ToEstimate | undefined {
  if (!isRecord(value)) return undefined;
  const strings = parseStrings(value.strings);
  if (!strings) return undefined;
  if (value.type === 'view') {
    const view = parseEstimateView(value.view);
    if (!view || !isList(value.formats, isString)) return undefined;
    return { type: 'view', view, formats: value.formats, strings };
  }
  if (value.type === 'error' && typeof value.message === 'string') {
    const inputs = parseEstimateInputs(value.inputs);
    if (!inputs) return undefined;
    const clear = value.clear === true ? { clear: true } : {};
    return { type: 'error', message: value.message.slice(0, 1000), inputs, strings, ...clear };
  }
  return undefined;
}

// ---- Shape checks for what the extension sends -------------------------------------------------

type Check<T> = (v: unknown) => v is T;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isList = <T>(v: unknown, item: Check<T>): v is T[] => Array.isArray(v) && v.every(item);
const VERDICTS: readonly unknown[] = ['fits', 'tight', 'no'];

/** An object whose listed fields pass their checks (optional ones may be absent). */
function hasFields(v: unknown, fields: Record<string, Check<unknown>>, optional: readonly string[] = []): boolean {
  if (!isRecord(v)) return false;
  return Object.entries(fields).every(([k, check]) => (v[k] === undefined && optional.includes(k)) || check(v[k]));
}

function parseStrings(v: unknown): EstimateStrings | undefined {
  return isRecord(v) && Object.values(v).every(isString) ? (v as EstimateStrings) : undefined;
}

const isPart = (v: unknown): boolean =>
  hasFields(v, { key: isString, label: isString, text: isString, share: isNumber });
const isFit = (v: unknown): boolean =>
  hasFields(v, { label: isString, text: isString }) && VERDICTS.includes((v as Record<string, unknown>).verdict);
const isFormat = (v: unknown): boolean =>
  hasFields(v, { quant: isString, bitsPerWeight: isString, weights: isString, total: isString }) &&
  [undefined, ...VERDICTS].includes((v as Record<string, unknown>).verdict);
const isLargest = (v: unknown): boolean => hasFields(v, { target: isString, tokens: isNumber, maxTokens: isNumber });
const isDevicePart = (v: unknown): boolean =>
  hasFields(v, { key: isString, label: isString, percent: isNumber, text: isString });
const isDevice = (v: unknown): boolean =>
  hasFields(v, { label: isString, text: isString, parts: (p: unknown) => isList(p, isDevicePart as Check<unknown>) }) &&
  ['undefined', 'boolean'].includes(typeof (v as Record<string, unknown>).fits);

/** The fields of an EstimateView the panel reads, each of the type it expects. */
export function parseEstimateView(v: unknown): EstimateView | undefined {
  if (!isRecord(v) || !isRecord(v.request)) return undefined;
  const r = v.request;
  const request = parseEstimateInputs({ ...r, quant: r.quant === '' ? '-' : r.quant });
  const ok =
    request !== undefined &&
    hasFields(v, { title: isString, subtitle: isString, total: isString, basis: isString }) &&
    hasFields(v, { largestContext: isLargest as Check<unknown> }, ['largestContext']) &&
    isList(v.parts, isPart as Check<unknown>) &&
    isList(v.fits, isFit as Check<unknown>) &&
    isList(v.formats, isFormat as Check<unknown>) &&
    isList(v.assumptions, isString) &&
    isList(v.devices, isDevice as Check<unknown>) &&
    isList(v.deviceNotes, isString) &&
    hasFields(v, { host: isString, perDevice: isString }, ['host', 'perDevice']) &&
    (v.warnings === undefined || isList(v.warnings, isString));
  return ok ? (v as unknown as EstimateView) : undefined;
}
