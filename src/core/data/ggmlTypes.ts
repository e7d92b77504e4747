// Storage cost of every ggml tensor type, from its block layout: bits per weight =
// 8 × block bytes / weights per block.
// Source: the block structs and static_asserts of ggml-common.h (ggml-org/llama.cpp
// ggml/src/ggml-common.h; as vendored in ollama/ollama ml/backend/ggml/ggml/src/ggml-common.h at
// f63eea3d), cross-checked against Ollama's TypeSize() table (ollama/ollama fs/ggml/ggml.go) and
// the Hub's GGML_QUANT_SIZES (@huggingface/gguf src/quant-descriptions.ts).

export interface GgmlType {
  /** Weights per block. */
  blockWeights: number;
  /** Bytes per block. */
  blockBytes: number;
  /** What one block holds, in a few words. */
  layout: string;
}

export const GGML_TYPES = {
  F32: { blockWeights: 1, blockBytes: 4, layout: 'IEEE float32' },
  F16: { blockWeights: 1, blockBytes: 2, layout: 'IEEE float16' },
  BF16: { blockWeights: 1, blockBytes: 2, layout: 'bfloat16' },
  Q8_0: { blockWeights: 32, blockBytes: 34, layout: 'fp16 scale + 32 int8' },
  Q4_0: { blockWeights: 32, blockBytes: 18, layout: 'fp16 scale + 32 nibbles' },
  Q4_1: { blockWeights: 32, blockBytes: 20, layout: 'fp16 scale and min + 32 nibbles' },
  Q5_0: { blockWeights: 32, blockBytes: 22, layout: 'fp16 scale + 32 nibbles + 32 high bits' },
  Q5_1: { blockWeights: 32, blockBytes: 24, layout: 'fp16 scale and min + 5-bit values' },
  IQ4_NL: { blockWeights: 32, blockBytes: 18, layout: 'fp16 scale + 32 non-linear 4-bit codes' },
  MXFP4: { blockWeights: 32, blockBytes: 17, layout: 'E8M0 shared exponent + 32 FP4 (E2M1) values' },
  Q2_K: { blockWeights: 256, blockBytes: 84, layout: 'super-block of 16×16, 4-bit scales and mins' },
  Q3_K: { blockWeights: 256, blockBytes: 110, layout: 'super-block of 16×16, 6-bit scales' },
  Q4_K: { blockWeights: 256, blockBytes: 144, layout: 'super-block of 8×32, 6-bit scales and mins' },
  Q5_K: { blockWeights: 256, blockBytes: 176, layout: 'super-block of 8×32, 6-bit scales and mins' },
  Q6_K: { blockWeights: 256, blockBytes: 210, layout: 'super-block of 16×16, 8-bit scales' },
  IQ1_S: { blockWeights: 256, blockBytes: 50, layout: 'lattice codebook, 1.56 bits' },
  IQ1_M: { blockWeights: 256, blockBytes: 56, layout: 'lattice codebook, 1.75 bits' },
  IQ2_XXS: { blockWeights: 256, blockBytes: 66, layout: 'E8 lattice codebook' },
  IQ2_XS: { blockWeights: 256, blockBytes: 74, layout: 'E8 lattice codebook + scales' },
  IQ2_S: { blockWeights: 256, blockBytes: 82, layout: 'E8 lattice codebook + scales' },
  IQ3_XXS: { blockWeights: 256, blockBytes: 98, layout: 'D4 lattice codebook' },
  IQ3_S: { blockWeights: 256, blockBytes: 110, layout: 'D4 lattice codebook + signs and scales' },
  IQ4_XS: { blockWeights: 256, blockBytes: 136, layout: 'non-linear 4-bit + 6-bit sub-block scales' },
  TQ1_0: { blockWeights: 256, blockBytes: 54, layout: 'ternary, base-3 packed' },
  TQ2_0: { blockWeights: 256, blockBytes: 66, layout: 'ternary, 2 bits each' },
} as const satisfies Record<string, GgmlType>;

export type GgmlTypeName = keyof typeof GGML_TYPES;

export function ggmlBitsPerWeight(type: GgmlTypeName): number {
  const t = GGML_TYPES[type];
  return (8 * t.blockBytes) / t.blockWeights;
}
