// Weight formats as code and tools spell them: dtypes behind a module ("torch.float16",
// "tl.float32"), llama.cpp's enum names ("GGML_TYPE_Q4_K", "LLAMA_FTYPE_MOSTLY_Q4_K_M"),
// bitsandbytes and Unsloth switches ("load_in_8bit", "--load-8bit", "merged_16bit"), and a
// "half" that a dtype key names. Pure string work on one token and a few characters before it.
import { parseQuant, type ParsedQuant } from '../quant/parseQuant';
import { quantFormat } from '../data/quantFormats';

export interface CodeFormat {
  /** Span of the label inside the token. */
  start: number;
  end: number;
  parsed: ParsedQuant;
  /** A precision written as a dtype: its hover stays brief. */
  dtype: boolean;
}

// Array libraries whose dtype objects name a float width (PyTorch, Triton, NumPy, MLX, JAX, TF).
const DTYPE_MODULE = /^(?:torch|tl|np|numpy|mx|jnp|jax\.numpy|tf|dtypes|paddle|ms)\.([a-z0-9_]+)$/;
const DTYPE_NAMES: Record<string, string> = {
  float16: 'F16',
  half: 'F16',
  fp16: 'F16',
  bfloat16: 'BF16',
  bf16: 'BF16',
  float32: 'F32',
  fp32: 'F32',
  float8_e4m3fn: 'FP8',
  float8_e5m2: 'FP8',
  fp8: 'FP8',
};
// llama.cpp: enum ggml_type (ggml.h) and enum llama_ftype (llama.h), and gguf-py's MOSTLY_ names.
const LLAMA_CPP_ENUM = /^(?:GGML_TYPE_|LLAMA_FTYPE_(?:MOSTLY_|ALL_)?|MOSTLY_|BNB_)([A-Z0-9_]+?)(?:_GUESSED)?$/;
// transformers' load_in_8bit / load_in_4bit, FastChat's --load-8bit, alpaca-lora's --load_8bit.
const LOAD_BITS = /^(?:.*[-_])?load[-_](?:in[-_])?([48])[-_]?bit$/i;
// Unsloth's save_method values: merged weights at 16 bits, or in bitsandbytes 4-bit.
const MERGED = /^merged_(16|4)bit$/;
// mistral.rs in-situ quantization: "--isq q4k" quantizes every linear layer to that ggml type
// (EricLBuehler/mistral.rs mistralrs-core/src/pipeline/isq.rs: "q4k" => IsqType::Q4K, …); the
// closest GGUF file type is the small mix, which keeps almost every tensor at that type.
const ISQ_BEFORE = /(?:--isq[ =]|isq["']?\s*[:=]\s*["']?)$/i;
const ISQ_TYPES: Record<string, string> = {
  q2k: 'Q2_K_S',
  q3k: 'Q3_K_S',
  q4k: 'Q4_K_S',
  q5k: 'Q5_K_S',
  q6k: 'Q6_K',
  q8_0: 'Q8_0',
};
/** The GGUF file type a mistral.rs in-situ quantization type ("q4k", "Q6K") is priced as. */
export function isqFormat(token: string): string | undefined {
  const key = token.toLowerCase();
  return Object.prototype.hasOwnProperty.call(ISQ_TYPES, key) ? ISQ_TYPES[key] : undefined;
}
// imatrix uploads prefix the format with "i1-" (mradermacher: "Model.i1-IQ3_M.gguf").
const IMATRIX = /^i1-(.+)$/;
// A GGUF type as a member of a type or module in code: huggingface.js
// `GGMLFileQuantizationType.Q6_K`, Rust `GgmlType::Q4_0`, `ggml_quants::Q4_0`.
const QUALIFIED_TYPE =
  /^((?:[A-Za-z_]\w*(?:\.|::))*[A-Za-z_]*(?:ggml|gguf|quant|ftype)\w*(?:\.|::))([A-Z][A-Za-z0-9_]*)$/i;
// PyTorch Lightning's precision values ("bf16-mixed", "16-mixed", "32-true", "bf16-true"):
// lightning.ai/docs/pytorch/stable/common/trainer.html#precision.
const LIGHTNING = /^(bf16|16|32|64)-(?:mixed|true)$/;
const LIGHTNING_TYPES: Record<string, string> = { bf16: 'BF16', '16': 'F16', '32': 'F32' };
const DIGIT_OR_WORD = /\d|half|awq|gptq/i;
const DTYPE_KEY_BEFORE = /(?:dtype|precision)["']?\s*[:=]\s*["']?$/i;

function named(name: string): ParsedQuant | undefined {
  const format = quantFormat(name);
  return format ? { format, bitsPerWeight: format.typeBpw, ambiguous: false } : undefined;
}

/** The format a code-form token names, if it names one. `before` is the text just before it. */
export function readCodeFormat(token: string, before: string): CodeFormat | undefined {
  // Every form below holds a digit (a width, a bit count, a GGUF type) except "half" and the
  // digit-less formats an enum may name: one test spares the rest for ordinary identifiers.
  if (!DIGIT_OR_WORD.test(token)) return undefined;
  const dtype = DTYPE_MODULE.exec(token);
  if (dtype && DTYPE_NAMES[dtype[1]]) {
    const parsed = named(DTYPE_NAMES[dtype[1]]);
    const start = token.length - dtype[1].length;
    return parsed && { start, end: token.length, parsed, dtype: true };
  }
  const member = QUALIFIED_TYPE.exec(token);
  if (member) {
    const parsed = parseQuant(member[2]);
    const start = token.length - member[2].length;
    // the qualifier says it is a format, as llama.cpp's enum prefixes do
    if (parsed) return { start, end: token.length, parsed: { ...parsed, ambiguous: false }, dtype: false };
  }
  const llama = LLAMA_CPP_ENUM.exec(token);
  if (llama) {
    const parsed = parseQuant(llama[1]);
    return parsed && { start: 0, end: token.length, parsed: { ...parsed, ambiguous: false }, dtype: false };
  }
  const load = LOAD_BITS.exec(token);
  if (load) {
    const parsed = named(load[1] === '8' ? 'INT8' : 'NF4');
    return parsed && { start: token.length - 4, end: token.length, parsed, dtype: true };
  }
  const merged = MERGED.exec(token);
  if (merged) {
    const parsed = named(merged[1] === '16' ? 'F16' : 'NF4');
    return parsed && { start: 0, end: token.length, parsed, dtype: true };
  }
  const lightning = LIGHTNING.exec(token);
  if (lightning) {
    const parsed = LIGHTNING_TYPES[lightning[1]] ? named(LIGHTNING_TYPES[lightning[1]]) : undefined;
    // "bf16-mixed" is labelled on "bf16"; "16-mixed" has no format word, so the whole value is.
    const end = lightning[1] === 'bf16' ? 4 : token.length;
    return parsed && { start: 0, end, parsed, dtype: true };
  }
  const imatrix = IMATRIX.exec(token);
  const weighted = imatrix ? parseQuant(imatrix[1]) : undefined;
  if (weighted && !weighted.ambiguous) return { start: 3, end: token.length, parsed: weighted, dtype: false };
  const isq = isqFormat(token);
  if (isq && ISQ_BEFORE.test(before)) {
    const parsed = named(isq);
    return parsed && { start: 0, end: token.length, parsed, dtype: false };
  }
  if (token === 'half' && DTYPE_KEY_BEFORE.test(before)) {
    const parsed = named('F16');
    return parsed && { start: 0, end: 4, parsed, dtype: true };
  }
  return undefined;
}
