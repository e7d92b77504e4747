// The weight formats of MLC LLM and WebLLM ("q4f16_1" in "Llama-3.1-8B-Instruct-q4f16_1-MLC"): the
// name says the weight bits (q4), the float type of the scales and of every tensor left unquantized
// (f16, bf16, f32) and a variant (_0/_1: weight layout only; _2: embeddings and output unquantized;
// _ft: FasterTransformer kernels). DATA; sources:
// - current registry: mlc-ai/mlc-llm python/mlc_llm/quantization/quantization.py
//   @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 (QUANTIZATION: group_size, quantize_dtype, storage_dtype,
//   model_dtype, quantize_embedding, quantize_final_fc of each name);
// - how a group is stored: group_quantization.py at the same commit (symmetric: no zero point; one scale
//   of model_dtype per group along the input dimension, ceildiv(k, group_size) of them; weights packed
//   32 // bits to a uint32, ceildiv(k, that) words per row; nn.Linear, nn.Embedding and MoE experts are
//   quantized, MoE router gates (is_moe_gate) and norms are not);
// - ft_quantization.py at the same commit (linear weights int4 packed two to an int8 with one scale per
//   output channel when group_size is None; embeddings and the final layer fall back to 32-wide groups);
// - q8f16_1 and q8f16_ft are from the registry before the current one: mlc-ai/mlc-llm
//   mlc_llm/quantization/__init__.py @ 2fd1bf510c2c5ec54bb8323b5166851cb9007885 (int8, group 32, fp16
//   scales; embeddings and the final layer "same_as_linear_weight" for q8f16_1, 32-wide groups for _ft).

export interface MlcScheme {
  /** The name as MLC writes it. */
  name: string;
  kind: 'none' | 'group' | 'ft';
  /** Bits of the float type of the scales and of every unquantized tensor (model_dtype). */
  floatBits: 16 | 32;
  /** Bits of a quantized weight (quantize_dtype); the float width for kind 'none'. */
  weightBits: number;
  /** Weights per group sharing one scale (kind 'group'; the fallback groups of kind 'ft'). */
  groupSize: number;
  /** Whether the token embeddings and the final layer (lm_head) are quantized too. */
  quantizeEmbedding: boolean;
  quantizeFinalFc: boolean;
  source: string;
}

const CURRENT = 'mlc-ai/mlc-llm python/mlc_llm/quantization/quantization.py @ 79d603f0';
const BEFORE = 'mlc-ai/mlc-llm mlc_llm/quantization/__init__.py @ 2fd1bf51 (registry before the current one)';

function none(name: string, floatBits: 16 | 32): MlcScheme {
  const q = { quantizeEmbedding: false, quantizeFinalFc: false };
  return { name, kind: 'none', floatBits, weightBits: floatBits, groupSize: 1, ...q, source: CURRENT };
}

function group(name: string, weightBits: number, groupSize: number, floatBits: 16 | 32, all = true, source = CURRENT) {
  const scheme: MlcScheme = {
    name,
    kind: 'group',
    floatBits,
    weightBits,
    groupSize,
    quantizeEmbedding: all,
    quantizeFinalFc: all,
    source,
  };
  return scheme;
}

function ft(name: string, weightBits: number, source: string): MlcScheme {
  const q = { quantizeEmbedding: true, quantizeFinalFc: true };
  return { name, kind: 'ft', floatBits: 16, weightBits, groupSize: 32, ...q, source };
}

export const MLC_SCHEMES: readonly MlcScheme[] = [
  none('q0f16', 16),
  none('q0bf16', 16),
  none('q0f32', 32),
  group('q3f16_0', 3, 40, 16),
  group('q3f16_1', 3, 40, 16),
  group('q4f16_0', 4, 32, 16),
  group('q4f16_1', 4, 32, 16),
  group('q4bf16_0', 4, 32, 16),
  group('q4bf16_1', 4, 32, 16),
  group('q4f32_1', 4, 32, 32),
  group('q4f16_2', 4, 32, 16, false),
  group('q8f16_1', 8, 32, 16, true, BEFORE),
  ft('q4f16_ft', 4, CURRENT),
  ft('q8f16_ft', 8, BEFORE),
];

const BY_NAME = new Map(MLC_SCHEMES.map(s => [s.name, s]));

/** The scheme of an MLC format name (lower case, as MLC writes it). */
export function mlcScheme(name: string): MlcScheme | undefined {
  return BY_NAME.get(name);
}

/**
 * Bits per weight of a group-quantized row of `k` weights: the packed words (32 // bits weights to a
 * uint32, the last one part-filled) and one scale per group (the last group part-filled).
 */
export function mlcGroupBits(s: Pick<MlcScheme, 'weightBits' | 'groupSize' | 'floatBits'>, k: number): number {
  const perWord = Math.floor(32 / s.weightBits);
  return (Math.ceil(k / perWord) * 32 + Math.ceil(k / s.groupSize) * s.floatBits) / k;
}

/** FasterTransformer linear weights: packed two int4 (or one int8) to a byte, one fp16 scale per output channel. */
export function mlcFtBits(s: Pick<MlcScheme, 'weightBits'>, k: number): number {
  return s.weightBits + 16 / k;
}
