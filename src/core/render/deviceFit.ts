// The per-device line of a fit: "GPU 0: 21.3 / 24 GiB · GPU 1: 20.9 / 24 GiB · system RAM 1.0 GiB",
// from an estimate's devices (estimate/devices.ts). Plain text; the caller escapes or styles it.
import type { EstimateInput, MemoryEstimate } from '../types';
import { estimateMemory } from '../estimate/estimateMemory';
import { unlessInvalid } from '../errors';
import type { MemoryUnit } from '../units';
import { formatBytes } from '../units';

/** Bytes in the unit with one decimal, "24" for a whole number: "21.3", "0.9", "24". */
function amount(bytes: number, unit: MemoryUnit): string {
  const v = bytes / (unit === 'GiB' ? 2 ** 30 : 1e9);
  return v.toFixed(1).replace(/\.0$/, '');
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
      ? `${d.label}: ${amount(d.totalBytes, unit)} / ${amount(d.capacityBytes, unit)} ${unit}${mark}`
      : `${d.label}: ${formatBytes(d.totalBytes, unit)}`;
  });
  // The input embeddings alone are small; say "system RAM" once layers stay on the CPU too.
  if (e.hostBytes !== undefined && e.hostBytes > 0.1 * e.weightsBytes) {
    parts.push(`system RAM ${formatBytes(e.hostBytes, unit)}`);
  }
  if (e.maxGpuLayers !== undefined && devices.some(d => d.fits === false)) {
    parts.push(`at most ${e.maxGpuLayers} layers fit on the GPU`);
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
