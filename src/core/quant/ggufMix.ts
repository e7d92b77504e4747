// Which ggml type each tensor gets in a named GGUF file type (Q4_K_M, IQ2_XXS, …): our reading of
// llama_tensor_get_type() and the default-type switch in llama.cpp's src/llama-quant.cpp (as
// vendored in ollama/ollama llama/llama.cpp/src/llama-quant.cpp). Rules that need an importance
// matrix assume one was used for the IQ1/IQ2/IQ3_XXS mixes (llama-quantize refuses those
// without it) and not for the others, which is how most public uploads are made.
import { GGML_TYPES, type GgmlTypeName } from '../data/ggmlTypes';
import type { Tensor } from '../estimate/tensorInventory';

export interface MixContext {
  fileType: string;
  layers: number;
  /** Query heads per KV head. */
  gqa: number;
  experts: number;
  family: string;
  /** llama.cpp's LLM_TYPE_70B: an 80-layer llama-family model. */
  is70B: boolean;
  hasImatrix: boolean;
}

/** File type → the type most tensors get. */
export const GGUF_DEFAULT_TYPE: Record<string, GgmlTypeName> = {
  F32: 'F32',
  F16: 'F16',
  BF16: 'BF16',
  Q8_0: 'Q8_0',
  Q4_0: 'Q4_0',
  Q4_1: 'Q4_1',
  Q5_0: 'Q5_0',
  Q5_1: 'Q5_1',
  Q2_K: 'Q2_K',
  Q2_K_S: 'Q2_K',
  Q3_K_S: 'Q3_K',
  Q3_K_M: 'Q3_K',
  Q3_K_L: 'Q3_K',
  Q4_K_S: 'Q4_K',
  Q4_K_M: 'Q4_K',
  Q5_K_S: 'Q5_K',
  Q5_K_M: 'Q5_K',
  Q6_K: 'Q6_K',
  IQ1_S: 'IQ1_S',
  IQ1_M: 'IQ1_M',
  IQ2_XXS: 'IQ2_XXS',
  IQ2_XS: 'IQ2_XS',
  IQ2_S: 'IQ2_XS',
  IQ2_M: 'IQ2_S',
  IQ3_XXS: 'IQ3_XXS',
  IQ3_XS: 'IQ3_S',
  IQ3_S: 'IQ3_S',
  IQ3_M: 'IQ3_S',
  IQ4_NL: 'IQ4_NL',
  IQ4_XS: 'IQ4_XS',
  TQ1_0: 'TQ1_0',
  TQ2_0: 'TQ2_0',
  MXFP4_MOE: 'MXFP4',
};

const LOW_BIT = new Set(['IQ2_XXS', 'IQ2_XS', 'IQ1_S', 'IQ2_S', 'IQ2_M', 'IQ1_M']);
/** File types whose output tensor drops to Q5_K. */
const OUTPUT_Q5_K = new Set(['IQ2_XXS', 'IQ2_XS', 'IQ3_XXS', 'IQ1_S', 'IQ2_S', 'IQ2_M', 'IQ1_M']);
/** File types whose token embeddings go to Q2_K, and to IQ3_S. */
const EMBD_Q2_K = new Set(['IQ2_XXS', 'IQ2_XS', 'IQ1_S', 'IQ1_M']);
const EMBD_IQ3_S = new Set(['IQ2_S', 'IQ2_M', 'IQ3_XXS']);
/** File types whose attn_output goes to Q5_K in an 8-expert model. */
const MOE8_ATTN_OUTPUT_Q5_K = new Set([
  'Q2_K',
  'IQ3_XS',
  'IQ3_XXS',
  'Q3_K_S',
  'Q3_K_M',
  'IQ4_NL',
  'Q4_K_S',
  'Q4_K_M',
  'IQ3_S',
  'IQ3_M',
  'IQ4_XS',
]);

/** Integer division, as the C++ rules compute layer bounds. */
const div = (a: number, b: number) => Math.floor(a / b);

/** First n/8 layers, last n/8 layers, and every third layer in between. */
export function useMoreBits(layer: number, layers: number): boolean {
  return layer < div(layers, 8) || layer >= div(7 * layers, 8) || (layer - div(layers, 8)) % 3 === 2;
}

/**
 * Every per-layer rule below looks at a layer only through these tests, so two layers with the same
 * class get the same type in every file type, and the estimator prices them together (see
 * mergedTensorInventory). A new rule that tests the layer another way must add its test here; the
 * unit test "merged layers price exactly as every layer" checks the two agree.
 */
export function layerRuleClass(layer: number, layers: number): number {
  const tests = [
    useMoreBits(layer, layers),
    layer < 2,
    layer < 4,
    layer < div(layers, 16),
    layer < div(layers, 8),
    layer < div(7 * layers, 8),
  ];
  return tests.reduce((bits, pass, k) => bits | (pass ? 1 << k : 0), 0);
}

/** Tensors llama-quantize leaves in full precision. */
export function isQuantizable(t: Tensor): boolean {
  return t.role !== 'router' && t.role !== 'small' && t.role !== 'vision';
}

function outputType(ft: string, base: GgmlTypeName, t: Tensor, c: MixContext): GgmlTypeName {
  if (ft === 'MXFP4_MOE' || c.family === 'falcon' || t.rowLength % GGML_TYPES[base].blockWeights !== 0) return 'Q8_0';
  if (OUTPUT_Q5_K.has(ft)) return 'Q5_K';
  return base === 'Q8_0' ? 'Q8_0' : 'Q6_K';
}

function chosenType(ft: string, base: GgmlTypeName, t: Tensor, c: MixContext, tied: boolean): GgmlTypeName {
  const n = c.layers;
  const i = t.layer ?? 0;
  if (t.role === 'output' || (tied && t.role === 'token_embd')) return outputType(ft, base, t, c);
  if (ft === 'MXFP4_MOE') return t.experts ? 'MXFP4' : 'Q8_0';
  if (t.role === 'token_embd' || t.role === 'per_layer_embd') {
    if (EMBD_Q2_K.has(ft)) return 'Q2_K';
    if (EMBD_IQ3_S.has(ft)) return 'IQ3_S';
    if (ft === 'TQ1_0' || ft === 'TQ2_0') return 'Q4_K';
    return base;
  }
  const ffnDown = t.role === 'ffn_down' || t.role === 'ffn_down_exps' || t.role === 'ffn_down_shexp';
  if (LOW_BIT.has(ft)) {
    const iq2sm = ft === 'IQ2_S' || ft === 'IQ2_M';
    if (t.role === 'attn_v') return c.gqa >= 4 || c.experts >= 4 ? 'Q4_K' : iq2sm ? 'IQ3_S' : 'Q2_K';
    if (c.experts === 8 && t.role === 'attn_k') return 'Q4_K';
    if (ffnDown) return i < div(n, 8) ? (iq2sm ? 'IQ3_S' : 'Q2_K') : base;
    if (t.role === 'attn_output') {
      if (c.experts === 8) return 'Q5_K';
      if (ft === 'IQ1_S' || ft === 'IQ1_M') return 'IQ2_XXS';
      if (iq2sm) return 'IQ3_S';
    }
    return base;
  }
  switch (t.role) {
    case 'attn_v': {
      let type = base;
      if (ft === 'Q2_K') type = c.gqa >= 4 ? 'Q4_K' : 'Q3_K';
      else if (ft === 'Q2_K_S' && c.gqa >= 4) type = 'Q4_K';
      else if (ft === 'IQ3_XXS') type = c.gqa >= 4 ? 'Q4_K' : c.hasImatrix ? 'IQ3_XXS' : 'IQ3_S';
      else if ((ft === 'IQ3_XS' || ft === 'IQ3_S') && c.gqa >= 4) type = 'Q4_K';
      else if (ft === 'IQ3_M') type = 'Q4_K';
      else if (ft === 'Q3_K_M') type = i < 2 ? 'Q5_K' : 'Q4_K';
      else if (ft === 'Q3_K_L') type = 'Q5_K';
      else if ((ft === 'IQ4_NL' || ft === 'IQ4_XS') && c.gqa >= 4) type = 'Q5_K';
      else if ((ft === 'Q4_K_M' || ft === 'Q5_K_M') && useMoreBits(i, n)) type = 'Q6_K';
      else if (ft === 'Q4_K_S' && i < 4) type = 'Q5_K';
      if (c.is70B && (type === 'Q3_K' || type === 'Q4_K')) type = 'Q5_K';
      if (c.experts === 8) type = 'Q8_0';
      return type;
    }
    case 'attn_k':
      if (c.experts === 8) return 'Q8_0';
      if (ft === 'IQ3_XS') return 'IQ3_XXS';
      if (ft === 'IQ3_XXS') return 'IQ2_S';
      return base;
    case 'attn_q':
      if (ft === 'IQ3_XS') return 'IQ3_XXS';
      if (ft === 'IQ3_XXS') return 'IQ2_S';
      return base;
    case 'attn_output':
      if (c.family === 'falcon') return ft === 'Q3_K_L' ? 'Q4_K' : base;
      if (c.experts === 8) {
        return MOE8_ATTN_OUTPUT_Q5_K.has(ft) ? 'Q5_K' : base;
      }
      if (ft === 'Q2_K') return 'Q3_K';
      if (ft === 'IQ3_XXS') return 'IQ3_S';
      if (ft === 'Q3_K_M' || ft === 'IQ3_M') return 'Q4_K';
      if (ft === 'Q3_K_L') return 'Q5_K';
      return base;
    case 'attn_qkv':
      if (ft === 'Q3_K_M' || ft === 'Q3_K_L' || ft === 'IQ3_M') return 'Q4_K';
      if (ft === 'Q4_K_M') return 'Q5_K';
      if (ft === 'Q5_K_M') return 'Q6_K';
      return base;
    case 'ffn_gate':
    case 'ffn_gate_exps':
    case 'ffn_gate_shexp':
    case 'ffn_up':
    case 'ffn_up_exps':
    case 'ffn_up_shexp':
      return ft === 'IQ3_XS' && i >= div(n, 8) && i < div(7 * n, 8) ? 'IQ3_XXS' : base;
    default:
      break;
  }
  if (ffnDown) {
    const falcon = c.family === 'falcon';
    if (ft === 'Q2_K') return 'Q3_K';
    if (ft === 'Q2_K_S') return i < div(n, 8) ? 'Q4_K' : base;
    if (ft === 'IQ3_XXS' && !c.hasImatrix) return i < div(n, 8) ? 'Q4_K' : 'Q3_K';
    if (ft === 'Q3_K_M') return i < div(n, 16) ? 'Q5_K' : !falcon || useMoreBits(i, n) ? 'Q4_K' : 'Q3_K';
    if (ft === 'IQ3_M' && (i < div(n, 8) || (c.experts === 8 && useMoreBits(i, n)))) return 'Q4_K';
    if (ft === 'Q3_K_L') return falcon ? 'Q4_K' : 'Q5_K';
    if (ft === 'Q4_K_M') {
      if (falcon) return i < div(n, 16) ? 'Q6_K' : useMoreBits(i, n) ? 'Q5_K' : base;
      return useMoreBits(i, n) ? 'Q6_K' : base;
    }
    if (i < div(n, 8) && (ft === 'IQ4_NL' || ft === 'IQ4_XS') && !c.hasImatrix) return 'Q5_K';
    if (ft === 'Q5_K_M' && useMoreBits(i, n)) return 'Q6_K';
    if (ft === 'Q4_K_S' && !falcon && i < div(n, 8)) return 'Q5_K';
    if ((ft === 'Q4_0' || ft === 'Q5_0') && c.hasImatrix && i < div(n, 8)) return ft === 'Q4_0' ? 'Q4_1' : 'Q5_1';
  }
  return base;
}

/** Where a type goes when its blocks do not divide a row: a 32-weight type, else F16. */
const ROW_FALLBACK: Partial<Record<GgmlTypeName, GgmlTypeName>> = {
  TQ1_0: 'Q4_0',
  TQ2_0: 'Q4_0',
  IQ2_XXS: 'IQ4_NL',
  IQ2_XS: 'IQ4_NL',
  IQ2_S: 'IQ4_NL',
  IQ3_XXS: 'IQ4_NL',
  IQ3_S: 'IQ4_NL',
  IQ1_S: 'IQ4_NL',
  IQ1_M: 'IQ4_NL',
  Q2_K: 'IQ4_NL',
  Q3_K: 'IQ4_NL',
  IQ4_XS: 'IQ4_NL',
  Q4_K: 'Q5_0',
  Q5_K: 'Q5_1',
  Q6_K: 'Q8_0',
};

/** A type whose blocks do not divide the row falls back to a 32-weight type, then to F16. */
function fitRow(type: GgmlTypeName, rowLength: number): GgmlTypeName {
  if (rowLength % GGML_TYPES[type].blockWeights === 0) return type;
  const next = ROW_FALLBACK[type] ?? 'F16';
  return rowLength % GGML_TYPES[next].blockWeights === 0 ? next : 'F16';
}

/** The ggml type of one tensor in a GGUF file of type `fileType`. */
export function ggufTensorType(t: Tensor, c: MixContext, tied: boolean): GgmlTypeName {
  const base = GGUF_DEFAULT_TYPE[c.fileType];
  if (!isQuantizable(t)) return 'F32';
  if (base === 'F32' || base === 'F16' || base === 'BF16') return base;
  return fitRow(chosenType(c.fileType, base, t, c, tied), t.rowLength);
}
