// Weight formats people write in model names and configs, with what one weight costs.
//
// typeBpw      bits per weight of the underlying type (Label.bitsPerWeight): Q4_K_M → Q4_K → 4.5.
// effectiveBpw bits per weight over a whole model file when only the label is known. For the GGUF
//              mixes this is llama.cpp's measured figure for Llama-3.1-8B (tools/quantize/README.md,
//              "Quantization" table, ggml-org/llama.cpp @ 311c2c9f), which includes embeddings and
//              output at their own types; other models land a little above or below it. Q3_K_M is
//              not in that table: its 3.74 GiB for Llama-3-8B comes from llama-quantize's help text
//              (tools/quantize/quantize.cpp QUANT_OPTIONS) over 8.03e9 weights.
// Formats outside GGUF quantize the linear layers only; their effectiveBpw is the linear-layer
// cost and the estimator keeps embeddings at 16 bits where it knows the architecture.
import type { GgmlTypeName } from './ggmlTypes';

export type QuantFamily = 'float' | 'gguf' | 'gptq' | 'awq' | 'bnb' | 'fp8' | 'fp4' | 'int' | 'exl2' | 'mlx';

export interface QuantFormat {
  /** Canonical name, as Label.quant carries it. */
  name: string;
  family: QuantFamily;
  /** Nominal bits of the weights (4 for Q4_K_M, 16 for BF16). */
  bits: number;
  typeBpw: number;
  effectiveBpw: number;
  /** GGUF file types: the ggml type most tensors get (llama-quant.cpp default_type switch). */
  ggmlBase?: GgmlTypeName;
  /** A short phrase saying what it is, in our words. */
  describe: string;
  /** Glossary entry that explains the format. */
  glossaryId: string;
  source: string;
}

const LLAMA_CPP_TABLE = 'llama.cpp tools/quantize/README.md, Llama-3.1-8B table (effectiveBpw); ggml-common.h block layout (typeBpw)';
const BLOCK_LAYOUT = 'ggml-common.h block layout (ggml-org/llama.cpp)';
const UPLOADER_L = 'bartowski model cards (Q*_K_L: "Uses Q8_0 for embed and output weights"); '
  + 'base mix from the llama.cpp table';
const REPACK = 'ggml-org/llama.cpp ggml/src/ggml-cpu repack (block_q4_0x4, block_q4_0x8 of block_q4_0); '
  + 'storage as Q4_0';

function gguf(name: string, base: GgmlTypeName, typeBpw: number, effectiveBpw: number, bits: number, describe: string,
  source = LLAMA_CPP_TABLE, glossaryId = 'k-quants'): QuantFormat {
  return { name, family: 'gguf', bits, typeBpw, effectiveBpw, ggmlBase: base, describe, glossaryId, source };
}

const IK_LLAMA = 'ikawrakow/ik_llama.cpp ggml/src/ggml-common.h @ 8337e4cd (block struct and static_assert)';

/** An ik_llama.cpp type: bits from its block of 256 weights; `layout` says what the block holds. */
function ik(name: string, bpw: number, layout: string): QuantFormat {
  return {
    name, family: 'gguf', bits: Math.floor(bpw), typeBpw: bpw, effectiveBpw: bpw,
    describe: `ik_llama.cpp ${Math.floor(bpw)}-bit type (${layout}; ${bpw} bits per weight)`, glossaryId: 'i-quants',
    source: `${IK_LLAMA}: ${bpw * 32} bytes per 256 weights`,
  };
}

export const QUANT_FORMATS: readonly QuantFormat[] = [
  { name: 'F32', family: 'float', bits: 32, typeBpw: 32, effectiveBpw: 32, describe: '32-bit floating point (full precision)', glossaryId: 'fp32', source: 'IEEE 754 binary32: 4 bytes' },
  { name: 'F16', family: 'float', bits: 16, typeBpw: 16, effectiveBpw: 16, describe: '16-bit floating point (half precision)', glossaryId: 'fp16', source: 'IEEE 754 binary16: 2 bytes; llama.cpp table: F16 = 16.0005 bpw' },
  { name: 'BF16', family: 'float', bits: 16, typeBpw: 16, effectiveBpw: 16, describe: '16-bit bfloat (float32 range, fewer mantissa bits)', glossaryId: 'bf16', source: 'bfloat16: 2 bytes' },
  { name: 'FP8', family: 'fp8', bits: 8, typeBpw: 8, effectiveBpw: 8.002, describe: '8-bit floating point (E4M3) with per-tensor or 128×128-block scales', glossaryId: 'fp8', source: 'deepseek-ai/DeepSeek-V3 README_WEIGHTS.md (weight_block_size [128,128], one fp32 scale per 16,384 weights)' },
  { name: 'INT8', family: 'int', bits: 8, typeBpw: 8, effectiveBpw: 8.03, describe: '8-bit integer weights with per-channel scales', glossaryId: 'int8', source: 'LLM.int8 / W8A16: int8 weights + one 16-bit scale per output row' },
  { name: 'INT4', family: 'int', bits: 4, typeBpw: 4, effectiveBpw: 4.25, describe: '4-bit integer weights with group-wise scales', glossaryId: 'int4', source: 'group size 128 with a 16-bit scale and zero point: 4 + 32/128 bits' },
  { name: 'GPTQ', family: 'gptq', bits: 4, typeBpw: 4.15625, effectiveBpw: 4.15625, describe: 'GPTQ 4-bit, group size 128 (int32-packed weights, fp16 scales, packed zeros)', glossaryId: 'gptq', source: 'GPTQ checkpoint layout (qweight, scales, qzeros): 4 + 16/128 + 4/128 bits; ESTIMATION.md 3.3' },
  { name: 'GPTQ-Int8', family: 'gptq', bits: 8, typeBpw: 8.15625, effectiveBpw: 8.15625, describe: 'GPTQ 8-bit, group size 128', glossaryId: 'gptq', source: 'GPTQ layout: 8 + 16/128 + 4/128 bits' },
  { name: 'AWQ', family: 'awq', bits: 4, typeBpw: 4.15625, effectiveBpw: 4.15625, describe: 'AWQ 4-bit, group size 128 (activation-aware scaling)', glossaryId: 'awq', source: 'AWQ GEMM layout: int32-packed 4-bit weights, fp16 scales and packed zeros per group of 128' },
  { name: 'NF4', family: 'bnb', bits: 4, typeBpw: 4.5, effectiveBpw: 4.127, describe: 'bitsandbytes 4-bit NormalFloat, blocks of 64 (4.5 bits; 4.13 with double quantization)', glossaryId: 'nf4', source: 'QLoRA, arXiv:2305.14314 §3: fp32 absmax per 64 weights, or 8-bit absmax + fp32 per 256 blocks with double quantization' },
  { name: 'MXFP4', family: 'fp4', bits: 4, typeBpw: 4.25, effectiveBpw: 4.25, ggmlBase: 'MXFP4', describe: 'OCP microscaling FP4: 32 values share one 8-bit exponent', glossaryId: 'mxfp4', source: 'OCP MX spec; ggml block_mxfp4 (17 bytes / 32 weights); openai/gpt-oss README (experts only)' },
  { name: 'NVFP4', family: 'fp4', bits: 4, typeBpw: 4.5, effectiveBpw: 4.5, describe: 'NVIDIA FP4 with an FP8 scale per 16 values', glossaryId: 'mxfp4', source: 'ggml NVFP4 block: 36 bytes / 64 weights (Ollama fs/ggml/ggml.go TypeSize)' },
  { name: 'EXL2', family: 'exl2', bits: 4, typeBpw: 4.65, effectiveBpw: 4.65, describe: 'ExLlamaV2 mixed-precision format; the "bpw" number is the average over the linear layers', glossaryId: 'exl2', source: 'turboderp/exllamav2 README.md (any average bitrate from 2 to 8 bpw); 4.65 is a common default when no bpw is given' },
  { name: 'MLX-4bit', family: 'mlx', bits: 4, typeBpw: 4.5, effectiveBpw: 4.5, describe: 'MLX affine 4-bit, groups of 64 with a 16-bit scale and bias', glossaryId: 'quantization', source: 'MLX default group size 64 with fp16 scale + bias: 4 + 32/64 bits' },
  { name: 'MLX-8bit', family: 'mlx', bits: 8, typeBpw: 8.5, effectiveBpw: 8.5, describe: 'MLX affine 8-bit, groups of 64', glossaryId: 'quantization', source: 'MLX default group size 64: 8 + 32/64 bits' },
  { name: 'MLX-3bit', family: 'mlx', bits: 3, typeBpw: 3.5, effectiveBpw: 3.5, describe: 'MLX affine 3-bit, groups of 64', glossaryId: 'quantization', source: 'MLX default group size 64: 3 + 32/64 bits' },
  { name: 'MLX-6bit', family: 'mlx', bits: 6, typeBpw: 6.5, effectiveBpw: 6.5, describe: 'MLX affine 6-bit, groups of 64', glossaryId: 'quantization', source: 'MLX default group size 64: 6 + 32/64 bits' },

  // GGUF file types (llama_ftype). Base type per llama-quant.cpp; the naming trap: IQ2_S files are
  // mostly IQ2_XS tensors, IQ2_M mostly IQ2_S, IQ3_XS and IQ3_M mostly IQ3_S.
  gguf('Q8_0', 'Q8_0', 8.5, 8.5008, 8, 'GGUF 8-bit, blocks of 32 with one fp16 scale', LLAMA_CPP_TABLE, 'q8-0'),
  gguf('Q6_K', 'Q6_K', 6.5625, 6.5633, 6, 'GGUF 6-bit K-quant'),
  gguf('Q5_K_M', 'Q5_K', 5.5, 5.7036, 5, 'GGUF 5-bit K-quant mix (some tensors at Q6_K)'),
  gguf('Q5_K_S', 'Q5_K', 5.5, 5.5704, 5, 'GGUF 5-bit K-quant, small mix'),
  gguf('Q5_1', 'Q5_1', 6, 6, 5, 'GGUF legacy 5-bit with scale and minimum', BLOCK_LAYOUT, 'gguf'),
  gguf('Q5_0', 'Q5_0', 5.5, 5.5, 5, 'GGUF legacy 5-bit', BLOCK_LAYOUT, 'gguf'),
  gguf('Q4_K_M', 'Q4_K', 4.5, 4.8944, 4, 'GGUF 4-bit K-quant mix (attn_v and ffn_down partly at Q6_K)', LLAMA_CPP_TABLE, 'q4-k-m'),
  gguf('Q4_K_S', 'Q4_K', 4.5, 4.6672, 4, 'GGUF 4-bit K-quant, small mix'),
  gguf('Q4_1', 'Q4_1', 5, 5, 4, 'GGUF legacy 4-bit with scale and minimum', BLOCK_LAYOUT, 'gguf'),
  gguf('Q4_0', 'Q4_0', 4.5, 4.5, 4, 'GGUF legacy 4-bit, blocks of 32 with one fp16 scale', BLOCK_LAYOUT, 'gguf'),
  gguf('IQ4_NL', 'IQ4_NL', 4.5, 4.6818, 4, 'GGUF 4-bit non-linear i-quant', LLAMA_CPP_TABLE, 'i-quants'),
  gguf('IQ4_XS', 'IQ4_XS', 4.25, 4.4597, 4, 'GGUF 4-bit non-linear i-quant, extra small', LLAMA_CPP_TABLE, 'i-quants'),
  gguf('Q3_K_L', 'Q3_K', 3.4375, 4.2979, 3, 'GGUF 3-bit K-quant, large mix (several tensors at Q5_K)'),
  gguf('Q3_K_M', 'Q3_K', 3.4375, 4.0006, 3, 'GGUF 3-bit K-quant mix', 'llama.cpp tools/quantize/quantize.cpp help: 3.74 GiB @ Llama-3-8B (8.03e9 weights)'),
  gguf('Q3_K_S', 'Q3_K', 3.4375, 3.6429, 3, 'GGUF 3-bit K-quant, small mix'),
  gguf('IQ3_M', 'IQ3_S', 3.4375, 3.7628, 3, 'GGUF 3-bit i-quant, medium mix', LLAMA_CPP_TABLE, 'i-quants'),
  gguf('IQ3_S', 'IQ3_S', 3.4375, 3.6606, 3, 'GGUF 3-bit i-quant', LLAMA_CPP_TABLE, 'i-quants'),
  gguf('IQ3_XS', 'IQ3_S', 3.4375, 3.4977, 3, 'GGUF 3-bit i-quant, extra small mix', LLAMA_CPP_TABLE, 'i-quants'),
  gguf('IQ3_XXS', 'IQ3_XXS', 3.0625, 3.2548, 3, 'GGUF 3-bit i-quant, smallest', LLAMA_CPP_TABLE, 'i-quants'),
  gguf('Q2_K', 'Q2_K', 2.625, 3.1593, 2, 'GGUF 2-bit K-quant mix'),
  gguf('Q2_K_S', 'Q2_K', 2.625, 2.9697, 2, 'GGUF 2-bit K-quant, small mix'),
  gguf('IQ2_M', 'IQ2_S', 2.5625, 2.9294, 2, 'GGUF 2-bit i-quant, medium mix', LLAMA_CPP_TABLE, 'i-quants'),
  gguf('IQ2_S', 'IQ2_XS', 2.3125, 2.7403, 2, 'GGUF 2-bit i-quant, small mix', LLAMA_CPP_TABLE, 'i-quants'),
  gguf('IQ2_XS', 'IQ2_XS', 2.3125, 2.5882, 2, 'GGUF 2-bit i-quant, extra small', LLAMA_CPP_TABLE, 'i-quants'),
  gguf('IQ2_XXS', 'IQ2_XXS', 2.0625, 2.3824, 2, 'GGUF 2-bit i-quant, smallest', LLAMA_CPP_TABLE, 'i-quants'),
  gguf('IQ1_M', 'IQ1_M', 1.75, 2.146, 1, 'GGUF 1-bit i-quant, medium', LLAMA_CPP_TABLE, 'i-quants'),
  gguf('IQ1_S', 'IQ1_S', 1.5625, 2.0042, 1, 'GGUF 1-bit i-quant, small', LLAMA_CPP_TABLE, 'i-quants'),
  gguf('TQ2_0', 'TQ2_0', 2.0625, 2.0625, 2, 'GGUF ternary (−1, 0, +1) weights, 2-bit packing', BLOCK_LAYOUT, 'gguf'),
  gguf('TQ1_0', 'TQ1_0', 1.6875, 1.6875, 2, 'GGUF ternary (−1, 0, +1) weights, base-3 packing', BLOCK_LAYOUT, 'gguf'),
  gguf('MXFP4_MOE', 'MXFP4', 4.25, 4.25, 4, 'GGUF with MoE experts in MXFP4 and other tensors in Q8_0', 'llama-quant.cpp MXFP4_MOE rule; block_mxfp4 layout', 'mxfp4'),

  // Uploader mixes named after llama.cpp's: "_L" is the _M mix (Q6_K for Q6_K_L) with token_embd and
  // output.weight stored as Q8_0. Source: bartowski's model cards, e.g. huggingface.co/bartowski/
  // Qwen2.5-32B-Instruct-GGUF README, "Q6_K_L … Uses Q8_0 for embed and output weights". The
  // effectiveBpw is the base figure plus that change on Llama-3.1-8B (two 128256 × 4096 matrices of
  // 8,030,261,248 weights; in the base mix token_embd has the base type and output Q6_K):
  // Q4_K_L 4.8944 + 525336576 × (4.0 + 1.9375) / 8030261248, and likewise for Q5_K_L and Q6_K_L.
  gguf('Q4_K_L', 'Q4_K', 4.5, 5.2828, 4, 'uploader 4-bit mix: Q4_K_M with embeddings and output at Q8_0', UPLOADER_L),
  gguf('Q5_K_L', 'Q5_K', 5.5, 6.0266, 5, 'uploader 5-bit mix: Q5_K_M with embeddings and output at Q8_0', UPLOADER_L),
  gguf('Q6_K_L', 'Q6_K', 6.5625, 6.8168, 6, 'uploader 6-bit mix: Q6_K with embeddings and output at Q8_0', UPLOADER_L),
  // ik_llama.cpp's own types (ikawrakow/ik_llama.cpp ggml/src/ggml-common.h @ 8337e4cd, block
  // structs and static_asserts; QK_K = 256). The _KS types also keep one float per row (negligible);
  // _R4 interleaves 4 rows of the same blocks. A file's mix is not in the name: effectiveBpw = typeBpw.
  ik('IQ2_KS', 2.1875, 'uint16 extra + 4 scale bytes + 64 quant bytes'),
  ik('IQ2_K', 2.375, 'fp16 d + uint16 extra + 8 scale bytes + 64 quant bytes'),
  ik('IQ2_K_R4', 2.375, 'four IQ2_K rows interleaved'),
  ik('IQ3_KS', 3.1875, 'uint16 extra + 4 scale bytes + 64 + 32 quant bytes'),
  ik('IQ3_K', 3.4375, 'fp16 d + 2 uint16 + 8 scale bytes + 64 + 32 quant bytes'),
  ik('IQ3_K_R4', 3.4375, 'four IQ3_K rows interleaved'),
  ik('IQ4_KS', 4.25, '8 scale bytes + 128 quant bytes'),
  ik('IQ4_KS_R4', 4.25, 'four IQ4_KS rows interleaved'),
  ik('IQ4_K', 4.5, 'fp16 d + uint16 extra + 128 quant bytes + 12 scale bytes'),
  ik('IQ4_K_R4', 4.5, 'four IQ4_K rows interleaved'),
  ik('IQ5_KS', 5.25, '8 scale bytes + 128 + 32 quant bytes'),
  ik('IQ5_K', 5.5, 'fp16 d + uint16 extra + 128 + 32 quant bytes + 12 scale bytes'),
  ik('IQ5_K_R4', 5.5, 'four IQ5_K rows interleaved'),
  ik('IQ6_K', 6.625, 'fp16 d + uint16 extra + 128 + 64 quant bytes + 16 scale bytes'),

  // ARM repacks: the same Q4_0 blocks interleaved 4 or 8 at a time for NEON/SVE kernels, so the
  // storage is Q4_0's (ggml-cpu repack: block_q4_0x4 / block_q4_0x8 hold 4 or 8 block_q4_0).
  gguf('Q4_0_4_4', 'Q4_0', 4.5, 4.5, 4, 'GGUF Q4_0 repacked in groups of 4 blocks for ARM NEON', REPACK, 'gguf'),
  gguf('Q4_0_4_8', 'Q4_0', 4.5, 4.5, 4, 'GGUF Q4_0 repacked for ARM i8mm', REPACK, 'gguf'),
  gguf('Q4_0_8_8', 'Q4_0', 4.5, 4.5, 4, 'GGUF Q4_0 repacked in groups of 8 blocks for ARM SVE', REPACK, 'gguf'),

  // A bare width ("Q4", "Q8") names no mix; the figures are those of the mix most uploads of that
  // width use (Q4_K_M is Ollama's and most uploaders' 4-bit default).
  gguf('Q8', 'Q8_0', 8.5, 8.5008, 8, 'an 8-bit GGUF quant (almost always Q8_0)', LLAMA_CPP_TABLE, 'q8-0'),
  gguf('Q6', 'Q6_K', 6.5625, 6.5633, 6, 'a 6-bit GGUF quant (almost always Q6_K)'),
  gguf('Q5', 'Q5_K', 5.5, 5.7036, 5, 'a 5-bit GGUF quant of unnamed mix (figures: Q5_K_M)'),
  gguf('Q4', 'Q4_K', 4.5, 4.8944, 4, 'a 4-bit GGUF quant of unnamed mix (figures: Q4_K_M)', LLAMA_CPP_TABLE, 'q4-k-m'),
  gguf('Q3', 'Q3_K', 3.4375, 4.0006, 3, 'a 3-bit GGUF quant of unnamed mix (figures: Q3_K_M)'),
  gguf('Q2', 'Q2_K', 2.625, 3.1593, 2, 'a 2-bit GGUF quant of unnamed mix (figures: Q2_K)'),
];

const BY_NAME = new Map(QUANT_FORMATS.map(f => [f.name, f]));

export function quantFormat(name: string): QuantFormat | undefined {
  return BY_NAME.get(name);
}
