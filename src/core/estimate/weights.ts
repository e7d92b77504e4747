// Bytes of the weights as loaded. GGUF mixes use the format's whole-file bits per weight; the
// other quantized formats convert the linear layers only and keep embeddings (and an untied
// output matrix) at 16 bits, which matters a great deal for small models with large vocabularies.
import type { QuantFormat } from '../data/quantFormats';
import { embeddingParams, type Architecture } from './architecture';

export interface WeightsResult { bytes: number; bitsPerWeight: number; notes: string[] }

export function weightsBytes(params: number, a: Architecture, format: QuantFormat, bitsPerWeight: number): WeightsResult {
  const notes: string[] = [];
  if (format.family === 'float' || format.family === 'gguf' || format.family === 'fp8') {
    const bpw = format.family === 'gguf' ? format.effectiveBpw : bitsPerWeight;
    if (format.family === 'gguf') notes.push(`${format.name} averages about ${bpw.toFixed(2)} bits per weight over a whole file (llama.cpp's measured Llama-3.1-8B figure; embeddings and output get their own types)`);
    return { bytes: (params * bpw) / 8, bitsPerWeight: bpw, notes };
  }
  const embed = Math.min(embeddingParams(a), params * 0.5);
  const linear = params - embed;
  const bytes = (linear * bitsPerWeight) / 8 + embed * 2;
  notes.push(`${format.name}: linear layers at ${bitsPerWeight.toFixed(2)} bits per weight; ${(embed / 1e9).toFixed(2)}B embedding/output parameters stay at 16 bits`);
  return { bytes, bitsPerWeight: (8 * bytes) / params, notes };
}
