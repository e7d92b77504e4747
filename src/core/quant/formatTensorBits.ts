// Bits per weight of one tensor in the formats whose tooling stores tensors by kind rather than by
// llama.cpp's per-tensor rules: MLC LLM / WebLLM (data/mlcFormats.ts) and ExLlamaV3's EXL3
// (data/quantFormats.ts, EXL3 row). The estimator sums these over a model's tensor inventory.
import { mlcFtBits, mlcGroupBits, type MlcScheme } from '../data/mlcFormats';

/** The few facts of a tensor these rules read (estimate/tensorInventory.ts Tensor). */
export interface TensorShapeFacts {
  role: string;
  /** Input width: what a row-wise group or scale runs along. */
  rowLength: number;
}

const EMBEDDING_ROLES = new Set(['token_embd', 'per_layer_embd']);

/**
 * MLC: `linear` says whether the tensor is a matrix of nn.Linear (attention, feed-forward, experts, a
 * vision tower's projections); routers, norms and biases stay in the scheme's float type.
 */
export function mlcTensorBits(t: TensorShapeFacts, s: MlcScheme, linear: boolean): number {
  if (s.kind === 'none') return s.floatBits;
  const k = Math.max(1, t.rowLength);
  if (EMBEDDING_ROLES.has(t.role)) return s.quantizeEmbedding ? mlcGroupBits(s, k) : s.floatBits;
  if (t.role === 'output') return s.quantizeFinalFc ? mlcGroupBits(s, k) : s.floatBits;
  if (!linear && t.role !== 'vision') return s.floatBits;
  return s.kind === 'ft' ? mlcFtBits(s, k) : mlcGroupBits(s, k);
}

/** EXL3's output layer when the conversion does not say (exllamav3 doc/convert.md: --head_bits, default 6). */
export const EXL3_HEAD_BITS = 6;

/**
 * EXL3: linear layers at the label's bits, the output layer at the head bits, each with its two fp16
 * channel vectors (taken as 16 bits per input and per output channel of a square-ish matrix: 32 / k);
 * embeddings, norms and routers stay 16-bit.
 */
export function exl3TensorBits(t: TensorShapeFacts, bits: number, linear: boolean): number {
  const channels = 32 / Math.max(1, t.rowLength);
  if (t.role === 'output') return EXL3_HEAD_BITS + channels;
  return linear ? bits + channels : 16;
}
