// The weights-memory comparison shown in hovers and in the glossary's worked examples: what the
// same model needs at FP16, 8-bit, 4-bit (and, in a hover, the label's own format).
import { estimateMemory } from '../estimate/estimateMemory';
import { formatBytes, formatParamsShort, type MemoryUnit } from '../units';
import { table } from './markdown';

export const COMPARISON_FORMATS = ['F16', 'Q8_0', 'Q4_K_M'] as const;

/** Weights bytes of a model (name or bare size) in a format; undefined when it cannot be estimated. */
export function weightsIn(format: string, model: { model?: string; params?: number; activeParams?: number }): number | undefined {
  try {
    return estimateMemory({ ...model, quant: format }).weightsBytes;
  } catch {
    return undefined;
  }
}

/** Rows: one per model size; columns: the comparison formats plus any extra ones. */
export function weightsTable(sizes: readonly number[], units: MemoryUnit, extra: readonly string[] = []): string {
  const formats = [...COMPARISON_FORMATS, ...extra.filter(f => !(COMPARISON_FORMATS as readonly string[]).includes(f))];
  const rows = sizes.map(params => [
    formatParamsShort(params),
    ...formats.map(f => { const b = weightsIn(f, { params }); return b === undefined ? '—' : formatBytes(b, units); }),
  ]);
  return table(['Model', ...formats.map(f => (f === 'F16' ? 'FP16' : f))], rows);
}
