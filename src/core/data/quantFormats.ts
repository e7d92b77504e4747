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
import { MLC_SCHEMES, type MlcScheme } from './mlcFormats';

export type QuantFamily =
  'float' | 'gguf' | 'gptq' | 'awq' | 'bnb' | 'fp8' | 'fp4' | 'int' | 'exl2' | 'exl3' | 'mlx' | 'mlc';

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
  /** MLC LLM / WebLLM formats: how each kind of tensor is stored (data/mlcFormats.ts). */
  mlc?: MlcScheme;
}

// Sources of the GGUF figures, named once (see the header above for what each one measured).
const LLAMA_CPP_TABLE =
  'llama.cpp tools/quantize/README.md, Llama-3.1-8B table (effectiveBpw); ggml-common.h block layout (typeBpw)';
const BLOCK_LAYOUT = 'ggml-common.h block layout (ggml-org/llama.cpp)';
const QUANTIZE_HELP = 'llama.cpp tools/quantize/quantize.cpp help: 3.74 GiB @ Llama-3-8B (8.03e9 weights)';
const MXFP4_MOE_RULE = 'llama-quant.cpp MXFP4_MOE rule; block_mxfp4 layout';
const UPLOADER_L =
  'bartowski model cards (Q*_K_L: "Uses Q8_0 for embed and output weights"); ' + 'base mix from the llama.cpp table';
const REPACK =
  'ggml-org/llama.cpp ggml/src/ggml-cpu repack (block_q4_0x4, block_q4_0x8 of block_q4_0); ' + 'storage as Q4_0';
const IK_LLAMA = 'ikawrakow/ik_llama.cpp ggml/src/ggml-common.h @ 8337e4cd (block struct and static_assert)';

/** A format outside GGUF's file types; MXFP4 alone also names the ggml type it is stored as. */
function other(
  name: string,
  family: QuantFamily,
  bits: number,
  typeBpw: number,
  effectiveBpw: number,
  glossaryId: string,
  describe: string,
  source: string,
  ggmlBase?: GgmlTypeName,
): QuantFormat {
  return ggmlBase
    ? { name, family, bits, typeBpw, effectiveBpw, ggmlBase, describe, glossaryId, source }
    : { name, family, bits, typeBpw, effectiveBpw, describe, glossaryId, source };
}

/** A GGUF file type (llama_ftype) and the ggml type most of its tensors get. */
function gguf(
  name: string,
  ggmlBase: GgmlTypeName,
  bits: number,
  typeBpw: number,
  effectiveBpw: number,
  glossaryId: string,
  source: string,
  describe: string,
): QuantFormat {
  return { name, family: 'gguf', bits, typeBpw, effectiveBpw, ggmlBase, describe, glossaryId, source };
}

/** An ik_llama.cpp type: bits from its block of 256 weights; `layout` says what the block holds. */
function ik(name: string, bpw: number, layout: string): QuantFormat {
  return {
    name,
    family: 'gguf',
    bits: Math.floor(bpw),
    typeBpw: bpw,
    effectiveBpw: bpw,
    describe: `ik_llama.cpp ${Math.floor(bpw)}-bit type (${layout}; ${bpw} bits per weight)`,
    glossaryId: 'i-quants',
    source: `${IK_LLAMA}: ${bpw * 32} bytes per 256 weights`,
  };
}

// One row per format: its figures on the first line, then what it is, then where the figures come
// from (for GGUF the source is a column of the first line).
const NAMED_FORMATS: readonly QuantFormat[] = [
  //    name         family   bits  typeBpw  effectiveBpw  glossaryId
  other('F32', 'float', 32, 32, 32, 'fp32', '32-bit floating point (full precision)', 'IEEE 754 binary32: 4 bytes'),
  other(
    'F16',
    'float',
    16,
    16,
    16,
    'fp16',
    '16-bit floating point (half precision)',
    'IEEE 754 binary16: 2 bytes; llama.cpp table: F16 = 16.0005 bpw',
  ),
  other('BF16', 'float', 16, 16, 16, 'bf16', '16-bit bfloat (float32 range, fewer mantissa bits)', 'bfloat16: 2 bytes'),
  other(
    'FP8',
    'fp8',
    8,
    8,
    8.002,
    'fp8',
    '8-bit floating point (E4M3) with per-tensor or 128×128-block scales',
    'deepseek-ai/DeepSeek-V3 README_WEIGHTS.md (weight_block_size [128,128], one fp32 scale per 16,384 weights)',
  ),
  other(
    'INT8',
    'int',
    8,
    8,
    8.03,
    'int8',
    '8-bit integer weights with per-channel scales',
    'LLM.int8 / W8A16: int8 weights + one 16-bit scale per output row',
  ),
  other(
    'INT4',
    'int',
    4,
    4,
    4.25,
    'int4',
    '4-bit integer weights with group-wise scales',
    'group size 128 with a 16-bit scale and zero point: 4 + 32/128 bits',
  ),
  other(
    'GPTQ',
    'gptq',
    4,
    4.15625,
    4.15625,
    'gptq',
    'GPTQ 4-bit, group size 128 (int32-packed weights, fp16 scales, packed zeros)',
    'GPTQ checkpoint layout (qweight, scales, qzeros): 4 + 16/128 + 4/128 bits; ESTIMATION.md 3.3',
  ),
  other(
    'GPTQ-Int8',
    'gptq',
    8,
    8.15625,
    8.15625,
    'gptq',
    'GPTQ 8-bit, group size 128',
    'GPTQ layout: 8 + 16/128 + 4/128 bits',
  ),
  other(
    'AWQ',
    'awq',
    4,
    4.15625,
    4.15625,
    'awq',
    'AWQ 4-bit, group size 128 (activation-aware scaling)',
    'AWQ GEMM layout: int32-packed 4-bit weights, fp16 scales and packed zeros per group of 128',
  ),
  other(
    'NF4',
    'bnb',
    4,
    4.5,
    4.127,
    'nf4',
    'bitsandbytes 4-bit NormalFloat, blocks of 64 (4.5 bits; 4.13 with double quantization)',
    'QLoRA, arXiv:2305.14314 §3: fp32 absmax per 64 weights, ' +
      'or 8-bit absmax + fp32 per 256 blocks with double quantization',
  ),
  other(
    'MXFP4',
    'fp4',
    4,
    4.25,
    4.25,
    'mxfp4',
    'OCP microscaling FP4: 32 values share one 8-bit exponent',
    'OCP MX spec; ggml block_mxfp4 (17 bytes / 32 weights); openai/gpt-oss README (experts only)',
    'MXFP4',
  ),
  other(
    'NVFP4',
    'fp4',
    4,
    4.5,
    4.5,
    'mxfp4',
    'NVIDIA FP4 with an FP8 scale per 16 values',
    'ggml NVFP4 block: 36 bytes / 64 weights (Ollama fs/ggml/ggml.go TypeSize)',
  ),
  other(
    'EXL2',
    'exl2',
    4,
    4.65,
    4.65,
    'exl2',
    'ExLlamaV2 mixed-precision format; the "bpw" number is the average over the linear layers',
    'turboderp/exllamav2 README.md (any average bitrate from 2 to 8 bpw); ' +
      '4.65 is a common default when no bpw is given',
  ),
  other(
    'EXL3',
    'exl3',
    4,
    4,
    4,
    'quantization',
    'ExLlamaV3 trellis-coded format (QTIP variant); the "bpw" number is the average over the linear layers',
    // The trellis of a K-bit tensor holds 16·K int16 per 16×16 tile: exactly K bits per weight, plus one
    // fp16 sign/scale vector per input and per output channel (suh, svh). The output layer takes
    // --head_bits (default 6); embeddings stay 16-bit and prefer system RAM ("prefer_cpu").
    'turboderp-org/exllamav3 @ 4f8ad0121f483ba66a5336244a4c3b6d7210385e: exllamav3/modules/quant/exl3.py ' +
      '(trellis int16, K = trellis.shape[-1] // 16; suh/svh fp16), doc/convert.md (-b target bits, -hb ' +
      'head bits default 6), exllamav3/modules/embedding.py (prefer_cpu); 4.0 bpw assumed when none is written',
  ),
  other(
    'MLX-4bit',
    'mlx',
    4,
    4.5,
    4.5,
    'quantization',
    'MLX affine 4-bit, groups of 64 with a 16-bit scale and bias',
    'MLX default group size 64 with fp16 scale + bias: 4 + 32/64 bits',
  ),
  other(
    'MLX-8bit',
    'mlx',
    8,
    8.5,
    8.5,
    'quantization',
    'MLX affine 8-bit, groups of 64',
    'MLX default group size 64: 8 + 32/64 bits',
  ),
  other(
    'MLX-3bit',
    'mlx',
    3,
    3.5,
    3.5,
    'quantization',
    'MLX affine 3-bit, groups of 64',
    'MLX default group size 64: 3 + 32/64 bits',
  ),
  other(
    'MLX-2bit',
    'mlx',
    2,
    2.5,
    2.5,
    'quantization',
    'MLX affine 2-bit, groups of 64',
    'mlx.core.quantize affine mode: bits 2, 3, 4, 5, 6 or 8, group size 64 by default ' +
      '(ml-explore.github.io/mlx, mlx.core.quantize): 2 + 32/64 bits',
  ),
  other(
    'MLX-5bit',
    'mlx',
    5,
    5.5,
    5.5,
    'quantization',
    'MLX affine 5-bit, groups of 64',
    'mlx.core.quantize affine mode (as MLX-2bit): 5 + 32/64 bits',
  ),
  other(
    'MLX-6bit',
    'mlx',
    6,
    6.5,
    6.5,
    'quantization',
    'MLX affine 6-bit, groups of 64',
    'MLX default group size 64: 6 + 32/64 bits',
  ),

  // GGUF file types (llama_ftype). Base type per llama-quant.cpp; the naming trap: IQ2_S files are
  // mostly IQ2_XS tensors, IQ2_M mostly IQ2_S, IQ3_XS and IQ3_M mostly IQ3_S.
  //   name         ggmlBase    bits  typeBpw  effectiveBpw  glossaryId    source
  gguf('Q8_0', 'Q8_0', 8, 8.5, 8.5008, 'q8-0', LLAMA_CPP_TABLE, 'GGUF 8-bit, blocks of 32 with one fp16 scale'),
  gguf('Q6_K', 'Q6_K', 6, 6.5625, 6.5633, 'k-quants', LLAMA_CPP_TABLE, 'GGUF 6-bit K-quant'),
  gguf('Q5_K_M', 'Q5_K', 5, 5.5, 5.7036, 'k-quants', LLAMA_CPP_TABLE, 'GGUF 5-bit K-quant mix (some tensors at Q6_K)'),
  gguf('Q5_K_S', 'Q5_K', 5, 5.5, 5.5704, 'k-quants', LLAMA_CPP_TABLE, 'GGUF 5-bit K-quant, small mix'),
  gguf('Q5_1', 'Q5_1', 5, 6, 6, 'gguf', BLOCK_LAYOUT, 'GGUF legacy 5-bit with scale and minimum'),
  gguf('Q5_0', 'Q5_0', 5, 5.5, 5.5, 'gguf', BLOCK_LAYOUT, 'GGUF legacy 5-bit'),
  gguf(
    'Q4_K_M',
    'Q4_K',
    4,
    4.5,
    4.8944,
    'q4-k-m',
    LLAMA_CPP_TABLE,
    'GGUF 4-bit K-quant mix (attn_v and ffn_down partly at Q6_K)',
  ),
  gguf('Q4_K_S', 'Q4_K', 4, 4.5, 4.6672, 'k-quants', LLAMA_CPP_TABLE, 'GGUF 4-bit K-quant, small mix'),
  gguf('Q4_1', 'Q4_1', 4, 5, 5, 'gguf', BLOCK_LAYOUT, 'GGUF legacy 4-bit with scale and minimum'),
  gguf('Q4_0', 'Q4_0', 4, 4.5, 4.5, 'gguf', BLOCK_LAYOUT, 'GGUF legacy 4-bit, blocks of 32 with one fp16 scale'),
  gguf('IQ4_NL', 'IQ4_NL', 4, 4.5, 4.6818, 'i-quants', LLAMA_CPP_TABLE, 'GGUF 4-bit non-linear i-quant'),
  gguf('IQ4_XS', 'IQ4_XS', 4, 4.25, 4.4597, 'i-quants', LLAMA_CPP_TABLE, 'GGUF 4-bit non-linear i-quant, extra small'),
  gguf(
    'Q3_K_L',
    'Q3_K',
    3,
    3.4375,
    4.2979,
    'k-quants',
    LLAMA_CPP_TABLE,
    'GGUF 3-bit K-quant, large mix (several tensors at Q5_K)',
  ),
  gguf('Q3_K_M', 'Q3_K', 3, 3.4375, 4.0006, 'k-quants', QUANTIZE_HELP, 'GGUF 3-bit K-quant mix'),
  gguf('Q3_K_S', 'Q3_K', 3, 3.4375, 3.6429, 'k-quants', LLAMA_CPP_TABLE, 'GGUF 3-bit K-quant, small mix'),
  gguf('IQ3_M', 'IQ3_S', 3, 3.4375, 3.7628, 'i-quants', LLAMA_CPP_TABLE, 'GGUF 3-bit i-quant, medium mix'),
  gguf('IQ3_S', 'IQ3_S', 3, 3.4375, 3.6606, 'i-quants', LLAMA_CPP_TABLE, 'GGUF 3-bit i-quant'),
  gguf('IQ3_XS', 'IQ3_S', 3, 3.4375, 3.4977, 'i-quants', LLAMA_CPP_TABLE, 'GGUF 3-bit i-quant, extra small mix'),
  gguf('IQ3_XXS', 'IQ3_XXS', 3, 3.0625, 3.2548, 'i-quants', LLAMA_CPP_TABLE, 'GGUF 3-bit i-quant, smallest'),
  gguf('Q2_K', 'Q2_K', 2, 2.625, 3.1593, 'k-quants', LLAMA_CPP_TABLE, 'GGUF 2-bit K-quant mix'),
  gguf('Q2_K_S', 'Q2_K', 2, 2.625, 2.9697, 'k-quants', LLAMA_CPP_TABLE, 'GGUF 2-bit K-quant, small mix'),
  gguf('IQ2_M', 'IQ2_S', 2, 2.5625, 2.9294, 'i-quants', LLAMA_CPP_TABLE, 'GGUF 2-bit i-quant, medium mix'),
  gguf('IQ2_S', 'IQ2_XS', 2, 2.3125, 2.7403, 'i-quants', LLAMA_CPP_TABLE, 'GGUF 2-bit i-quant, small mix'),
  gguf('IQ2_XS', 'IQ2_XS', 2, 2.3125, 2.5882, 'i-quants', LLAMA_CPP_TABLE, 'GGUF 2-bit i-quant, extra small'),
  gguf('IQ2_XXS', 'IQ2_XXS', 2, 2.0625, 2.3824, 'i-quants', LLAMA_CPP_TABLE, 'GGUF 2-bit i-quant, smallest'),
  gguf('IQ1_M', 'IQ1_M', 1, 1.75, 2.146, 'i-quants', LLAMA_CPP_TABLE, 'GGUF 1-bit i-quant, medium'),
  gguf('IQ1_S', 'IQ1_S', 1, 1.5625, 2.0042, 'i-quants', LLAMA_CPP_TABLE, 'GGUF 1-bit i-quant, small'),
  gguf('TQ2_0', 'TQ2_0', 2, 2.0625, 2.0625, 'gguf', BLOCK_LAYOUT, 'GGUF ternary (−1, 0, +1) weights, 2-bit packing'),
  gguf('TQ1_0', 'TQ1_0', 2, 1.6875, 1.6875, 'gguf', BLOCK_LAYOUT, 'GGUF ternary (−1, 0, +1) weights, base-3 packing'),
  gguf(
    'MXFP4_MOE',
    'MXFP4',
    4,
    4.25,
    4.25,
    'mxfp4',
    MXFP4_MOE_RULE,
    'GGUF with MoE experts in MXFP4 and other tensors in Q8_0',
  ),

  // Uploader mixes named after llama.cpp's: "_L" is the _M mix (Q6_K for Q6_K_L) with token_embd and
  // output.weight stored as Q8_0. Source: bartowski's model cards, e.g. huggingface.co/bartowski/
  // Qwen2.5-32B-Instruct-GGUF README, "Q6_K_L … Uses Q8_0 for embed and output weights". The
  // effectiveBpw is the base figure plus that change on Llama-3.1-8B (two 128256 × 4096 matrices of
  // 8,030,261,248 weights; in the base mix token_embd has the base type and output Q6_K):
  // Q4_K_L 4.8944 + 525336576 × (4.0 + 1.9375) / 8030261248, and likewise for Q5_K_L and Q6_K_L.
  gguf(
    'Q4_K_L',
    'Q4_K',
    4,
    4.5,
    5.2828,
    'k-quants',
    UPLOADER_L,
    'uploader 4-bit mix: Q4_K_M with embeddings and output at Q8_0',
  ),
  gguf(
    'Q5_K_L',
    'Q5_K',
    5,
    5.5,
    6.0266,
    'k-quants',
    UPLOADER_L,
    'uploader 5-bit mix: Q5_K_M with embeddings and output at Q8_0',
  ),
  gguf(
    'Q6_K_L',
    'Q6_K',
    6,
    6.5625,
    6.8168,
    'k-quants',
    UPLOADER_L,
    'uploader 6-bit mix: Q6_K with embeddings and output at Q8_0',
  ),

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
  gguf('Q4_0_4_4', 'Q4_0', 4, 4.5, 4.5, 'gguf', REPACK, 'GGUF Q4_0 repacked in groups of 4 blocks for ARM NEON'),
  gguf('Q4_0_4_8', 'Q4_0', 4, 4.5, 4.5, 'gguf', REPACK, 'GGUF Q4_0 repacked for ARM i8mm'),
  gguf('Q4_0_8_8', 'Q4_0', 4, 4.5, 4.5, 'gguf', REPACK, 'GGUF Q4_0 repacked in groups of 8 blocks for ARM SVE'),
];

// A bare width ("Q4", "Q8") names no mix: it takes every figure of the mix most uploads of that
// width use (Q4_K_M is Ollama's and most uploaders' 4-bit default), from that mix's own row.
const BARE_WIDTHS: Readonly<Record<string, { mix: string; describe: string }>> = {
  Q8: { mix: 'Q8_0', describe: 'an 8-bit GGUF quant (almost always Q8_0)' },
  Q6: { mix: 'Q6_K', describe: 'a 6-bit GGUF quant (almost always Q6_K)' },
  Q5: { mix: 'Q5_K_M', describe: 'a 5-bit GGUF quant of unnamed mix (figures: Q5_K_M)' },
  Q4: { mix: 'Q4_K_M', describe: 'a 4-bit GGUF quant of unnamed mix (figures: Q4_K_M)' },
  Q3: { mix: 'Q3_K_M', describe: 'a 3-bit GGUF quant of unnamed mix (figures: Q3_K_M)' },
  Q2: { mix: 'Q2_K', describe: 'a 2-bit GGUF quant of unnamed mix (figures: Q2_K)' },
};

/** The mix a bare width ("Q4") stands for ("Q4_K_M"); undefined for any other name. */
export function bareWidthMix(name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(BARE_WIDTHS, name) ? BARE_WIDTHS[name].mix : undefined;
}

/** An MLC LLM / WebLLM format: bits per weight of a wide row (scales included), from its scheme. */
function mlc(s: MlcScheme): QuantFormat {
  const perWord = Math.floor(32 / s.weightBits);
  const typeBpw =
    s.kind === 'none' ? s.floatBits : s.kind === 'ft' ? s.weightBits : 32 / perWord + s.floatBits / s.groupSize;
  const float = s.floatBits === 32 ? 'float32' : s.name.includes('bf16') ? 'bfloat16' : 'float16';
  const describe =
    s.kind === 'none'
      ? `MLC LLM / WebLLM weights unquantized in ${float}`
      : s.kind === 'ft'
        ? `MLC LLM ${s.weightBits}-bit FasterTransformer format: one ${float} scale per output channel; ` +
          `embeddings and output in ${s.groupSize}-wide groups`
        : `MLC LLM / WebLLM ${s.weightBits}-bit group quantization: one ${float} scale per ${s.groupSize} weights` +
          (s.quantizeEmbedding ? ', embeddings and output included' : '; embeddings and output unquantized');
  return {
    name: s.name,
    family: 'mlc',
    bits: s.weightBits,
    typeBpw,
    effectiveBpw: typeBpw,
    describe,
    glossaryId: 'quantization',
    source: s.source,
    mlc: s,
  };
}

export const QUANT_FORMATS: readonly QuantFormat[] = [
  ...NAMED_FORMATS,
  ...MLC_SCHEMES.map(mlc),
  ...Object.entries(BARE_WIDTHS).map(([name, { mix, describe }]) => {
    const row = NAMED_FORMATS.find(f => f.name === mix);
    if (!row) throw new Error(`quant table: the bare width ${name} names ${mix}, which has no row`);
    return { ...row, name, describe };
  }),
];

const BY_NAME = new Map(QUANT_FORMATS.map(f => [f.name, f]));

export function quantFormat(name: string): QuantFormat | undefined {
  return BY_NAME.get(name);
}
