// Everything the estimate panel shows, computed in the core: the breakdown, fit against the
// user's GPUs and common sizes, the largest context that fits, and a comparison across weight
// formats; plus the same as a Markdown table for the clipboard.
import type { Engine, EstimateInput, MemoryEstimate, Mode } from '../types';
import { estimateMemory } from '../estimate/estimateMemory';
import { resolveModel } from '../estimate/resolveModel';
import { ENGINE_NAMES } from '../data/engineFormats';
import { fitTable, gibTarget, largestContext, type Target, type Verdict } from '../fit/fit';
import { PRESET_GPU_GIB, PRESET_UNIFIED_GIB } from '../fit/hardware';
import { formatBytes, formatParamsShort, type MemoryUnit, formatInt } from '../units';
import { table, escapeMarkdown } from './markdown';
import { deviceFitLine } from './deviceFit';
import { yourGpusLabel } from './gpuCards';
import { contextWarning } from '../estimate/contextWarning';
import { DEFAULTS } from '../options';
import { formatsFor } from '../estimate/offeredFormats';
import { defaultWeightsFormat, isGgufModelInfo } from '../estimate/defaultFormat';
import { unlessInvalid } from '../errors';

export interface EstimateRequest extends EstimateInput {
  /** The user's GPUs, memory of each in GiB (from settings). */
  gpusGiB?: number[];
}

export interface PartView {
  key: 'weights' | 'kv' | 'overhead' | 'training';
  label: string;
  bytes: number;
  text: string;
  share: number;
}
export interface FitView {
  label: string;
  verdict: Verdict;
  text: string;
  mine: boolean;
}
export interface FormatView {
  quant: string;
  bitsPerWeight: string;
  weights: string;
  total: string;
  verdict?: Verdict;
}
/** One GPU's bar: its parts in percent of the GPU's memory (or of the fullest GPU when sizes are unknown). */
export interface DeviceView {
  label: string;
  text: string;
  fits?: boolean;
  parts: Array<{ key: 'weights' | 'kv' | 'overhead'; label: string; percent: number; text: string }>;
}

export interface EstimateView {
  title: string;
  subtitle: string;
  request: Required<Pick<EstimateInput, 'contextTokens' | 'batch' | 'engine' | 'mode' | 'kvCacheQuant'>> & {
    model: string;
    quant: string;
    gpusGiB: number[];
    tensorParallel: number;
    gpuLayers: number;
  };
  parts: PartView[];
  total: string;
  totalBytes: number;
  fits: FitView[];
  largestContext?: { target: string; tokens: number; maxTokens: number };
  formats: FormatView[];
  /** Inference: each GPU's share, the system RAM left on the CPU, and what the split allows. */
  devices: DeviceView[];
  host?: string;
  deviceNotes: string[];
  /** The same split as one line ("GPU 0: 21.3 / 24 GiB · …"), for the clipboard. */
  perDevice?: string;
  basis: MemoryEstimate['basis'];
  assumptions: string[];
  /** Said above the figures: a context past the model's native maximum (also in the assumptions). */
  warnings: string[];
  units: MemoryUnit;
}

const VERDICT_TEXT: Record<Verdict, string> = { fits: 'fits', tight: 'tight', no: 'does not fit' };
// The weight formats offered per engine and the default format are shared with the command and
// the hover: options.ts and estimate/defaultFormat.ts.
export { formatsFor };
export const defaultQuant = defaultWeightsFormat;

function targets(req: EstimateRequest): Target[] {
  const mine = (req.gpusGiB ?? []).filter(g => Number.isFinite(g) && g > 0);
  const out: Target[] = [];
  if (mine.length) {
    const sum = mine.reduce((a, b) => a + b, 0);
    out.push(gibTarget(yourGpusLabel(mine), sum, 'gpu'));
  }
  for (const g of PRESET_GPU_GIB) out.push(gibTarget(`${g} GB GPU`, g));
  for (const g of PRESET_UNIFIED_GIB) out.push(gibTarget(`Mac with ${g} GB unified memory`, g, 'unified'));
  return out;
}

/** The per-GPU bars of an estimate. */
function deviceViews(e: MemoryEstimate, b: (n: number) => string, units: MemoryUnit): DeviceView[] {
  const used = (e.devices ?? []).filter(d => d.totalBytes > 0);
  const scale = Math.max(...used.map(d => d.capacityBytes ?? d.totalBytes), 1);
  const unitBytes = units === 'GiB' ? 2 ** 30 : 1e9;
  const amount = (n: number) => (n / unitBytes).toFixed(1).replace(/\.0$/, '');
  return used.map(d => {
    const base = d.capacityBytes ?? scale;
    const part = (key: DeviceView['parts'][number]['key'], label: string, bytes: number) => ({
      key,
      label,
      percent: Math.min(100, (100 * bytes) / base),
      text: b(bytes),
    });
    return {
      label: d.label,
      text:
        d.capacityBytes !== undefined
          ? `${amount(d.totalBytes)} / ${amount(d.capacityBytes)} ${units}`
          : b(d.totalBytes),
      fits: d.fits,
      parts: [
        part('weights', 'Weights', d.weightsBytes),
        part('kv', 'KV cache', d.kvCacheBytes),
        part('overhead', 'Runtime overhead', d.overheadBytes),
      ],
    };
  });
}

/** Throws RangeError/TypeError (from the estimator) on bad input. */
export function buildEstimateView(req: EstimateRequest, units: MemoryUnit): EstimateView {
  const quant = defaultWeightsFormat(req);
  const input: EstimateInput = { ...req, ...(quant ? { quant } : {}) };
  delete (input as EstimateRequest).gpusGiB;
  // The user's GPUs go into the estimate when there are enough of them for the parallel layout.
  const mineGiB = (req.gpusGiB ?? []).filter(g => Number.isFinite(g) && g >= 0.25);
  const ranks = (req.tensorParallel ?? 1) * (req.pipelineParallel ?? 1);
  if ((req.mode ?? 'inference') === 'inference' && mineGiB.length && mineGiB.length >= ranks) {
    input.gpus = mineGiB.map(g => g * 2 ** 30);
  }
  const e = estimateMemory(input);
  const resolved = resolveModel(input);
  const name =
    resolved.catalog?.name ??
    (typeof req.model === 'object' ? req.model.id : (req.model ?? formatParamsShort(resolved.params)));
  const b = (n: number) => formatBytes(n, units);
  const partList: Array<[PartView['key'], string, number]> = [
    ['weights', 'Weights', e.weightsBytes],
    ['kv', 'KV cache', e.kvCacheBytes],
    ['overhead', 'Runtime overhead', e.overheadBytes],
  ];
  if (e.trainingBytes) partList.push(['training', 'Gradients, optimizer and activations', e.trainingBytes]);
  const parts = partList.map(([key, label, bytes]) => ({
    key,
    label,
    bytes,
    text: b(bytes),
    share: bytes / e.totalBytes,
  }));

  const ts = targets(req);
  const fits = fitTable(e, ts).map(({ target, verdict }, i) => ({
    label: target.label,
    verdict,
    mine: i === 0 && (req.gpusGiB?.length ?? 0) > 0,
    text: VERDICT_TEXT[verdict],
  }));

  const mode: Mode = req.mode ?? DEFAULTS.mode;
  const engine: Engine = req.engine ?? DEFAULTS.engine;
  let largest: EstimateView['largestContext'];
  const first = ts[0];
  const maxTokens = resolved.catalog?.contextLength ?? 131072;
  if (mode === 'inference' && first && (req.gpusGiB?.length ?? 0) > 0) {
    largest = { target: first.label, tokens: largestContext(input, first, maxTokens), maxTokens };
  }

  const formats: FormatView[] = [];
  if (mode === 'inference') {
    for (const f of formatsFor(engine)) {
      // A format this model cannot take is simply left out.
      const fe = unlessInvalid(() => estimateMemory({ ...input, quant: f }));
      if (!fe) continue;
      formats.push({
        quant: f,
        bitsPerWeight: (fe.bitsPerWeight ?? 0).toFixed(2),
        weights: b(fe.weightsBytes),
        total: b(fe.totalBytes),
        verdict: first && (req.gpusGiB?.length ?? 0) > 0 ? fitTable(fe, [first])[0].verdict : undefined,
      });
    }
  }
  const contextTokens = req.contextTokens ?? DEFAULTS.contextTokens;
  const beyond = contextWarning(contextTokens, resolved.basis === 'label' ? undefined : resolved.arch.contextLength);
  const activeText = resolved.activeParams ? `, ${formatParamsShort(resolved.activeParams)} active` : '';
  const deviceNotes: string[] = [];
  if (e.kvCapacityTokens !== undefined) {
    deviceNotes.push(
      `The ${ENGINE_NAMES[engine]} reservation leaves room for ${formatInt(e.kvCapacityTokens)} tokens of KV cache.`,
    );
  }
  if (e.maxGpuLayers !== undefined) {
    const all = resolved.arch.layers + 1;
    deviceNotes.push(`At most ${e.maxGpuLayers} of ${all} layers (with the output layer) fit the GPUs.`);
  }
  const format = quant ?? (isGgufModelInfo(req.model) ? "the file's own tensor types" : 'published weights');
  return {
    title: name,
    subtitle: `${formatParamsShort(resolved.params)} parameters${activeText} · ${format} · ${engine} · ${mode}`,
    request: {
      model: typeof req.model === 'object' ? req.model.id : (req.model ?? formatParamsShort(resolved.params)),
      quant: quant ?? '',
      contextTokens,
      batch: req.batch ?? DEFAULTS.batch,
      engine,
      mode,
      kvCacheQuant: req.kvCacheQuant ?? DEFAULTS.kvCacheQuant,
      gpusGiB: mineGiB,
      tensorParallel: req.tensorParallel ?? 1,
      gpuLayers: req.gpuLayers ?? -1,
    },
    parts,
    total: b(e.totalBytes),
    totalBytes: e.totalBytes,
    fits,
    largestContext: largest,
    formats,
    devices: mode === 'inference' ? deviceViews(e, b, units) : [],
    host: e.hostBytes ? b(e.hostBytes) : undefined,
    deviceNotes,
    perDevice: mode === 'inference' ? deviceFitLine(e, units) : undefined,
    basis: e.basis,
    assumptions: e.assumptions,
    warnings: beyond ? [beyond] : [],
    units,
  };
}

/** The estimate as a Markdown table, for the clipboard. */
export function estimateMarkdown(v: EstimateView): string {
  const lines = [
    `### ${escapeMarkdown(v.title)}`,
    '',
    `${escapeMarkdown(v.subtitle)} · context ${formatInt(v.request.contextTokens)} tokens × ${v.request.batch}`,
    '',
    table(['Part', 'Memory'], [...v.parts.map(p => [p.label, p.text]), ['**Total**', `**${v.total}**`]]),
  ];
  if (v.perDevice && v.devices.length > 1) lines.push('', `Per GPU: ${escapeMarkdown(v.perDevice)}`);
  const mine = v.fits.filter(f => f.mine);
  if (mine.length) lines.push('', `Fit: ${mine.map(f => `${escapeMarkdown(f.label)}: ${f.text}`).join('; ')}`);
  if (v.formats.length) {
    lines.push(
      '',
      table(
        ['Format', 'Bits/weight', 'Weights', 'Total'],
        v.formats.map(f => [escapeMarkdown(f.quant), f.bitsPerWeight, f.weights, f.total]),
      ),
    );
  }
  lines.push(
    '',
    `_Estimated by Param Lens (basis: ${v.basis}). ${v.assumptions.map(a => escapeMarkdown(a)).join(' · ')}_`,
  );
  return lines.join('\n');
}
