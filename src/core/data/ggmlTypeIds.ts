// The numeric ids GGUF files use for tensor types (enum ggml_type in ggml/include/ggml.h of
// ggml-org/llama.cpp; the same list as GGMLQuantizationType in @huggingface/tasks src/gguf.ts),
// and the block layout of each: quantized types from GGML_TYPES, plus the plain integer and
// float64 types and the activation-only Q8_1/Q8_K blocks (ggml-common.h: block_q8_1 = 2 fp16 +
// 32 int8 = 36 bytes; block_q8_K = f32 scale + 256 int8 + 16 int16 sums = 292 bytes).
import { GGML_TYPES, type GgmlType } from './ggmlTypes';

export const GGML_TYPE_IDS: Readonly<Record<number, string>> = {
  0: 'F32',
  1: 'F16',
  2: 'Q4_0',
  3: 'Q4_1',
  6: 'Q5_0',
  7: 'Q5_1',
  8: 'Q8_0',
  9: 'Q8_1',
  10: 'Q2_K',
  11: 'Q3_K',
  12: 'Q4_K',
  13: 'Q5_K',
  14: 'Q6_K',
  15: 'Q8_K',
  16: 'IQ2_XXS',
  17: 'IQ2_XS',
  18: 'IQ3_XXS',
  19: 'IQ1_S',
  20: 'IQ4_NL',
  21: 'IQ3_S',
  22: 'IQ2_S',
  23: 'IQ4_XS',
  24: 'I8',
  25: 'I16',
  26: 'I32',
  27: 'I64',
  28: 'F64',
  29: 'IQ1_M',
  30: 'BF16',
  34: 'TQ1_0',
  35: 'TQ2_0',
  39: 'MXFP4',
};

const EXTRA_TYPES: Readonly<Record<string, GgmlType>> = {
  I8: { blockWeights: 1, blockBytes: 1, layout: 'int8' },
  I16: { blockWeights: 1, blockBytes: 2, layout: 'int16' },
  I32: { blockWeights: 1, blockBytes: 4, layout: 'int32' },
  I64: { blockWeights: 1, blockBytes: 8, layout: 'int64' },
  F64: { blockWeights: 1, blockBytes: 8, layout: 'IEEE float64' },
  Q8_1: { blockWeights: 32, blockBytes: 36, layout: 'fp16 scale and sum + 32 int8' },
  Q8_K: { blockWeights: 256, blockBytes: 292, layout: 'f32 scale + 256 int8 + 16 int16 block sums' },
};

/** The block layout of a GGUF tensor type id, or undefined for an id this table does not know. */
export function ggmlTypeById(id: number): { name: string; type: GgmlType } | undefined {
  const name = GGML_TYPE_IDS[id];
  if (!name) return undefined;
  const type = (GGML_TYPES as Record<string, GgmlType>)[name] ?? EXTRA_TYPES[name];
  return type ? { name, type } : undefined;
}
