// A mention priced as its file configures it, with the figure that must sit on the GPU and the fit
// against the user's GPUs, by the same engine policies as the hover's "As configured here" line
// (render/asConfigured.ts; docs/run-settings.md):
// - engines that pre-allocate (vLLM, SGLang, TGI) start when weights + runtime on each GPU + the KV of one
//   full-length sequence fit in gpu_memory_utilization × the GPUs' memory (0.9 when not written);
// - llama.cpp/Ollama with `-ngl N` below the layer count keep that share of the layers (and their
//   KV) on the GPU and the rest in system RAM;
// - otherwise the whole total must fit, judged as the hover does (fit/fit.ts: over 90% is tight).
import type { Label, RunSettings } from '../types';
import { asConfigured, type Configured, type ConfiguredOptions } from '../render/asConfigured';
import { resolveModel } from '../estimate/resolveModel';
import { gibTarget, verdict, type Verdict } from '../fit/fit';

export interface Priced {
  configured: Configured;
  /** What must sit in GPU memory, bytes. */
  gpuBytes: number;
  /** The whole estimate (GPU + system RAM), bytes. */
  totalBytes: number;
  /** Memory the figure is held against (the reserved share for vLLM-like engines), when GPUs are known. */
  capacityBytes?: number;
  verdict?: Verdict;
  /** The GPUs the verdict is against, GiB each. */
  gpusGiB?: number[];
}

const GIB = 2 ** 30;
/** Engines that pre-allocate a share of each GPU (render/asConfigured.ts prices them the same way). */
export const PREALLOCATING: ReadonlySet<string> = new Set(['vllm', 'sglang', 'tgi']);

export function priceMention(label: Label, settings: RunSettings, o: ConfiguredOptions): Priced | undefined {
  const configured = asConfigured(label, settings, o);
  if (!configured) return undefined;
  const e = configured.estimate;
  const policy = configured.input.engine;
  const gpuCount = (settings.tensorParallel ?? 1) * (settings.pipelineParallel ?? 1);
  const cards = (o.gpusGiB ?? []).filter(g => g > 0);
  const training = configured.input.mode !== undefined && configured.input.mode !== 'inference';
  if (policy && PREALLOCATING.has(policy) && !training) {
    const need = e.weightsBytes + e.overheadBytes * gpuCount + e.kvCacheBytes;
    const out: Priced = { configured, gpuBytes: need, totalBytes: need };
    if (cards.length) {
      const per =
        cards.length >= gpuCount ? cards.slice(0, gpuCount) : Array.from({ length: gpuCount }, () => cards[0]);
      const reserved = per.reduce((x, y) => x + y, 0) * GIB * (settings.gpuMemoryUtilization ?? 0.9);
      out.capacityBytes = reserved;
      out.gpusGiB = per;
      out.verdict = need > reserved ? 'no' : 'fits';
    }
    return out;
  }
  let gpuBytes = e.totalBytes;
  const experts = settings.cpuMoeLayers !== undefined && settings.cpuMoeLayers !== 0;
  if (experts && configured.split?.devices && (policy === 'llama.cpp' || policy === 'ollama')) {
    // routed experts in system RAM (--n-cpu-moe): the hover's device split
    gpuBytes = configured.split.devices.reduce((x, d) => x + d.totalBytes, 0);
  } else if (
    settings.gpuLayers !== undefined &&
    settings.gpuLayers >= 0 &&
    (policy === 'llama.cpp' || policy === 'ollama')
  ) {
    const layers = layerCount(configured);
    if (layers !== undefined && settings.gpuLayers < layers) {
      // the hover's figure: the device split when there is one, else the layers' share
      const onDevices = configured.split?.devices?.reduce((x, d) => x + d.totalBytes, 0);
      gpuBytes = onDevices ?? (e.weightsBytes + e.kvCacheBytes) * (settings.gpuLayers / layers) + e.overheadBytes;
    }
  }
  const out: Priced = { configured, gpuBytes, totalBytes: e.totalBytes };
  if (cards.length) {
    const target = gibTarget(
      'your GPUs',
      cards.reduce((x, y) => x + y, 0),
    );
    out.capacityBytes = target.bytes;
    out.gpusGiB = cards;
    out.verdict = verdict(gpuBytes, target);
  }
  return out;
}

function layerCount(c: Configured): number | undefined {
  try {
    return resolveModel(c.input).arch.layers;
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) return undefined;
    throw e;
  }
}
