// The per-device line of a fit: "GPU 0: 21.3 / 24 GiB · GPU 1: 20.9 / 24 GiB · system RAM 1.0 GiB",
// from an estimate's devices (estimate/devices.ts). Plain text; the caller escapes or styles it.
import type { DeviceShare, EstimateInput, MemoryEstimate, RunSettings } from '../types';
import { estimateMemory } from '../estimate/estimateMemory';
import { policyFor } from '../estimate/engines';
import { unlessInvalid } from '../errors';
import type { MemoryUnit } from '../units';
import { formatBytes } from '../units';

/** Bytes in the unit with one decimal ("21.3", "3.0"); a capacity drops a ".0" ("24"). */
function amount(bytes: number, unit: MemoryUnit, capacity = false): string {
  const v = (bytes / (unit === 'GiB' ? 2 ** 30 : 1e9)).toFixed(1);
  return capacity ? v.replace(/\.0$/, '') : v;
}

/**
 * One entry per GPU, "GPU i: used / capacity unit" (capacity when known; a GPU the engine leaves
 * empty is skipped), then the system RAM a partial offload needs. Undefined when the estimate has
 * no device split.
 */
export function deviceFitLine(e: MemoryEstimate, unit: MemoryUnit): string | undefined {
  const devices = (e.devices ?? []).filter(d => d.totalBytes > 0);
  if (!devices.length) return undefined;
  const parts = devices.map(d => {
    const mark = d.fits === false ? ' ✗' : '';
    return d.capacityBytes !== undefined
      ? `${d.label}: ${amount(d.totalBytes, unit)} / ${amount(d.capacityBytes, unit, true)} ${unit}${mark}`
      : `${d.label}: ${amount(d.totalBytes, unit)} ${unit}`;
  });
  // The input embeddings alone are small; say "system RAM" once layers stay on the CPU too.
  if (e.hostBytes !== undefined && e.hostBytes > 0.1 * e.weightsBytes) {
    parts.push(`system RAM ${formatBytes(e.hostBytes, unit)}`);
  }
  if (e.maxGpuLayers !== undefined && devices.some(d => d.fits === false)) {
    parts.push(`at most ${e.maxGpuLayers} layers fit on the GPU${devices.length > 1 ? 's' : ''}`);
  }
  return parts.join(' · ');
}

/**
 * llama.cpp/Ollama on one GPU the model does not fit whole: how many layers do ("Up to 28 layers
 * fit on the GPU (-ngl 28); the rest takes 5.1 GiB of system RAM"). Undefined when it fits whole,
 * for other engines, or when the input cannot be estimated.
 */
export function offloadLine(input: EstimateInput, gpuBytes: number, unit: MemoryUnit): string | undefined {
  if (input.engine !== undefined && input.engine !== 'llama.cpp' && input.engine !== 'ollama') return undefined;
  const whole = unlessInvalid(() => estimateMemory({ ...input, gpus: [gpuBytes], gpuLayers: -1 }));
  if (!whole || whole.devices?.[0].fits !== false || whole.maxGpuLayers === undefined) return undefined;
  const n = whole.maxGpuLayers;
  if (n === 0) return 'Not even one layer fits on the GPU beside its buffers';
  const part = estimateMemory({ ...input, gpus: [gpuBytes], gpuLayers: n });
  return (
    `Up to ${n} layers fit on the GPU (-ngl ${n}); the rest takes ${formatBytes(part.hostBytes ?? 0, unit)}` +
    ' of system RAM'
  );
}

/** What an engine's default placement does with the GPUs listed: how many it uses, and their sizes. */
function gpusFor(input: EstimateInput, s: RunSettings, cards: number[]): number[] | undefined {
  if (!cards.length) return undefined;
  const placement = policyFor(input.engine ?? 'llama.cpp').placement;
  if (placement === 'layers') {
    // llama.cpp's default --split-mode layer uses every GPU it sees; a longer --tensor-split names more
    const n = Math.max(cards.length, s.tensorSplit?.length ?? 0);
    return Array.from({ length: n }, (_, i) => (cards[i] ?? cards[0]) * 2 ** 30);
  }
  // one GPU per rank; ranks beyond the GPUs listed are taken to be like the first one
  const ranks = (s.tensorParallel ?? 1) * (s.pipelineParallel ?? 1);
  return Array.from({ length: ranks }, (_, i) => (cards[i] ?? cards[0]) * 2 ** 30);
}

/**
 * The device split of a run as its file configures it, on the user's GPUs (GiB each, when set):
 * tensor and pipeline ranks (vLLM, SGLang, TGI, transformers) or layers over every GPU with -ngl,
 * --tensor-split and --n-cpu-moe (llama.cpp, Ollama). Undefined when there is nothing to split (one GPU
 * holding the whole model; Apple's unified memory) or the input cannot be estimated.
 * `kvCacheQuantV`: values cached in another format than keys (llama.cpp -ctk/-ctv): keys and values
 * are the same size per token, so each device's KV (and the host's) is half in each format.
 */
export function configuredSplit(
  input: EstimateInput,
  s: RunSettings,
  gpusGiB: readonly number[] | undefined,
  kvCacheQuantV?: string,
): MemoryEstimate | undefined {
  if (input.mode !== undefined && input.mode !== 'inference') return undefined;
  const placement = policyFor(input.engine ?? 'llama.cpp').placement;
  const cards = (gpusGiB ?? []).filter(g => g > 0);
  const ranks = (s.tensorParallel ?? 1) * (s.pipelineParallel ?? 1);
  const split: EstimateInput = { ...input };
  if (placement === 'unified') return undefined;
  if (placement === 'sharded') {
    if (ranks < 2) return undefined;
    if (s.tensorParallel !== undefined) split.tensorParallel = s.tensorParallel;
    if (s.pipelineParallel !== undefined) split.pipelineParallel = s.pipelineParallel;
    if (s.gpuMemoryUtilization !== undefined) split.gpuMemoryUtilization = s.gpuMemoryUtilization;
  } else {
    const partial = s.gpuLayers !== undefined && s.gpuLayers >= 0;
    const experts = s.cpuMoeLayers !== undefined && s.cpuMoeLayers !== 0;
    if (cards.length < 2 && !partial && !s.tensorSplit && !experts) return undefined;
    if (s.gpuLayers !== undefined) split.gpuLayers = s.gpuLayers;
    if (experts) split.cpuMoeLayers = s.cpuMoeLayers;
  }
  const gpus = gpusFor(input, s, cards);
  if (gpus) split.gpus = gpus;
  if (placement === 'layers' && s.tensorSplit) {
    const n = gpus?.length ?? s.tensorSplit.length;
    // llama.cpp gives GPUs the split does not name a share of 0
    split.tensorSplit = Array.from({ length: n }, (_, i) => s.tensorSplit![i] ?? 0);
  }
  const e = unlessInvalid(() => estimateMemory(split));
  if (!e || !kvCacheQuantV || kvCacheQuantV === (input.kvCacheQuant ?? 'F16')) return e;
  const v = unlessInvalid(() => estimateMemory({ ...split, kvCacheQuant: kvCacheQuantV }));
  return v ? halfAndHalf(e, v) : e;
}

/** Two estimates that differ only in the KV format, averaged: keys in one format, values in the other. */
function halfAndHalf(k: MemoryEstimate, v: MemoryEstimate): MemoryEstimate {
  const mean = (a: number, b: number) => (a + b) / 2;
  const devices = k.devices?.map((d, i) => {
    const w = v.devices![i];
    const kv = mean(d.kvCacheBytes, w.kvCacheBytes);
    const total = mean(d.totalBytes, w.totalBytes);
    const out: DeviceShare = { ...d, kvCacheBytes: kv, totalBytes: total };
    if (d.capacityBytes !== undefined) out.fits = total <= d.capacityBytes;
    return out;
  });
  const kvCacheBytes = mean(k.kvCacheBytes, v.kvCacheBytes);
  const out: MemoryEstimate = { ...k, kvCacheBytes, totalBytes: k.totalBytes - k.kvCacheBytes + kvCacheBytes };
  if (devices) out.devices = devices;
  if (k.hostBytes !== undefined) out.hostBytes = mean(k.hostBytes, v.hostBytes ?? k.hostBytes);
  return out;
}

/**
 * The hover's per-GPU line for a configured run: "GPU 0: 12.1 / 24 GiB · GPU 1: 4.2 / 24 GiB ·
 * system RAM 18.3 GiB". Engines that reserve a share of each GPU and keep everything in it (vLLM,
 * TGI) are measured against that share: "Each GPU's 0.9 share: GPU 0: 14.9 / 21.6 GiB · …".
 * Undefined when the split has one device and nothing in system RAM.
 */
export function configuredDeviceLine(
  split: MemoryEstimate,
  input: EstimateInput,
  s: RunSettings,
  unit: MemoryUnit,
): string | undefined {
  const used = (split.devices ?? []).filter(d => d.totalBytes > 0);
  const offloaded = split.hostBytes !== undefined && split.hostBytes > 0.1 * split.weightsBytes;
  if (used.length < 2 && !offloaded) return undefined;
  const reservation = policyFor(input.engine ?? 'llama.cpp').reservation;
  const ranks = split.devices?.length ?? 1;
  let prefix = '';
  let shown = split;
  if (reservation?.holds === 'all' && split.devices?.every(d => d.capacityBytes !== undefined)) {
    const shareOf = (d: DeviceShare) => s.gpuMemoryUtilization ?? reservation.defaultShare(d.capacityBytes!, ranks);
    shown = {
      ...split,
      devices: split.devices!.map(d => ({ ...d, capacityBytes: shareOf(d) * d.capacityBytes! })),
    };
    const share = shareOf(split.devices![0]);
    prefix = `Each GPU's ${Number(share.toFixed(3))} share: `;
  }
  const line = deviceFitLine(shown, unit);
  return line ? `${prefix}${line}` : undefined;
}
