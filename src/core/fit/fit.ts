// Will it fit? A verdict for a memory total against one or more GPUs, and the largest context
// that still fits.
import type { EstimateInput, MemoryEstimate } from '../types';
import { estimateMemory } from '../estimate/estimateMemory';
import { metalWorkingSetShare } from './metalWorkingSet';

export type Verdict = 'fits' | 'tight' | 'no';

export interface Target {
  label: string;
  /** Total memory of the GPU(s) in bytes. */
  bytes: number;
  kind: 'gpu' | 'unified';
  gpus: number;
}

/** Above this share of usable memory the fit is "tight": fragmentation and other programs can tip it over. */
export const TIGHT_SHARE = 0.9;

export function usableBytes(t: Target): number {
  return t.kind === 'unified' ? t.bytes * metalWorkingSetShare(t.bytes) : t.bytes;
}

export function verdict(totalBytes: number, t: Target): Verdict {
  const share = totalBytes / usableBytes(t);
  return share <= TIGHT_SHARE ? 'fits' : share <= 1 ? 'tight' : 'no';
}

export function gibTarget(label: string, gib: number, kind: Target['kind'] = 'gpu', gpus = 1): Target {
  return { label, bytes: gib * 2 ** 30 * gpus, kind, gpus };
}

/**
 * The largest context (tokens, a multiple of 256) at which the estimate still fits the target, or
 * 0 when even 256 tokens do not; capped at the model's own context window when known.
 */
export function largestContext(input: EstimateInput, t: Target, cap = 1 << 20): number {
  const fitsAt = (contextTokens: number) => estimateMemory({ ...input, contextTokens }).totalBytes <= usableBytes(t);
  const step = 256;
  let lo = 0;
  let hi = Math.floor(cap / step);
  if (!fitsAt(step)) return 0;
  if (fitsAt(hi * step)) return hi * step;
  lo = 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fitsAt(mid * step)) lo = mid;
    else hi = mid;
  }
  return lo * step;
}

/** Verdicts for one estimate against several targets. */
export function fitTable(
  e: MemoryEstimate,
  targets: readonly Target[],
): Array<{ target: Target; verdict: Verdict; share: number }> {
  return targets.map(target => ({
    target,
    verdict: verdict(e.totalBytes, target),
    share: e.totalBytes / usableBytes(target),
  }));
}
