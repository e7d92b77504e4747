// Checks a ModelInfo handed to estimateMemory: the fields the estimator computes with must be
// finite counts, so that a wrong object gives a clear error instead of NaN bytes.
import { LIMITS } from '../options';

const REQUIRED = ['layers', 'hiddenSize', 'attentionHeads', 'headDim', 'vocabSize'] as const;
const OPTIONAL_COUNTS = [
  'kvHeads',
  'contextLength',
  'intermediateSize',
  'experts',
  'expertsPerToken',
  'expertIntermediateSize',
  'slidingWindow',
  'slidingLayers',
  'kvLoraRank',
  'qkRopeHeadDim',
  'linearAttentionLayers',
  'kvLayers',
  'ggufTensorBytes',
] as const;

export function validateModelInfo(m: unknown): void {
  if (m === null || typeof m !== 'object' || Array.isArray(m)) {
    throw new TypeError('model must be a name or a ModelInfo object (lookupModel, modelFromConfig, modelFromGguf)');
  }
  const o = m as Record<string, unknown>;
  const p = o.params;
  if (typeof p !== 'number' || !Number.isFinite(p) || p < LIMITS.minParams || p > LIMITS.maxParams) {
    const range = `${LIMITS.minParams} and ${LIMITS.maxParams}`;
    throw new TypeError(`model.params must be a parameter count between ${range}, got ${String(p)}`);
  }
  const active = o.activeParams;
  if (active !== undefined && (typeof active !== 'number' || !(active > 0) || active > p)) {
    throw new TypeError(`model.activeParams must be a count no larger than params, got ${String(o.activeParams)}`);
  }
  for (const k of REQUIRED) {
    const v = o[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      throw new TypeError(`model.${k} must be a whole number ≥ 1, got ${String(v)}`);
    }
  }
  for (const k of OPTIONAL_COUNTS) {
    const v = o[k];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
      throw new TypeError(`model.${k} must be a number ≥ 0, got ${String(v)}`);
    }
  }
}
