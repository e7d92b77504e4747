// The weights-memory comparison shown in hovers and in the glossary's worked examples: what the
// same model needs at FP16, 8-bit, 4-bit (and, in a hover, the label's own format).
import type { EstimateInput } from '../types';
import { estimateWeightsBytes } from '../estimate/estimateMemory';
import { formatBytes, formatParamsShort, type MemoryUnit } from '../units';
import { table } from './markdown';
import { unlessInvalid } from '../errors';
import { COMPARISON_FORMATS } from '../options';

export { COMPARISON_FORMATS };

/** A model as an estimate names it: a catalog id or name, or a bare size. */
export type ModelInput = Pick<EstimateInput, 'model' | 'params' | 'activeParams'>;

/**
 * An estimate input for a model with the given settings, written out field by field: the hover
 * builds several per label, and in V8 (Node 20) spreading an object and then adding fields it did
 * not have costs about 2 µs each time.
 */
export function estimateInput(
  m: ModelInput,
  s: Pick<EstimateInput, 'quant' | 'contextTokens' | 'engine' | 'kvCacheQuant'>,
): EstimateInput {
  return {
    model: m.model,
    params: m.params,
    activeParams: m.activeParams,
    quant: s.quant,
    contextTokens: s.contextTokens,
    engine: s.engine,
    kvCacheQuant: s.kvCacheQuant,
  };
}

/** Weights bytes of a model (name or bare size) in a format; undefined when it cannot be estimated. */
export function weightsIn(format: string, model: ModelInput): number | undefined {
  return unlessInvalid(() => estimateWeightsBytes(estimateInput(model, { quant: format })));
}

/** Rows: one per model size; columns: the comparison formats plus any extra ones. */
export function weightsTable(sizes: readonly number[], units: MemoryUnit, extra: readonly string[] = []): string {
  const formats = [...COMPARISON_FORMATS, ...extra.filter(f => !(COMPARISON_FORMATS as readonly string[]).includes(f))];
  const rows = sizes.map(params => [
    formatParamsShort(params),
    ...formats.map(f => {
      const b = weightsIn(f, { params });
      return b === undefined ? '—' : formatBytes(b, units);
    }),
  ]);
  return table(['Model', ...formats.map(f => (f === 'F16' ? 'FP16' : f))], rows);
}
