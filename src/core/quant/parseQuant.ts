// Reads a weights-format label as people write it ("Q4_K_M", "UD-Q4_K_XL", "GPTQ-Int4", "bnb-4bit",
// "4.65bpw", "fp8", "MLX-4bit") and returns the canonical format. Pure string work, no context.
import { GGMLFileQuantizationType } from '@huggingface/tasks/gguf';
import { quantFormat, type QuantFormat } from '../data/quantFormats';

export interface ParsedQuant {
  format: QuantFormat;
  /** Bits per weight of the type (EXL2 takes it from the label). */
  bitsPerWeight: number;
  /** Uploader recipe the name alone does not pin down (UD-, _L, _XL). */
  recipe?: string;
  /** True for labels that are common words elsewhere too (Q4, INT8, 8-bit, F16): need context. */
  ambiguous: boolean;
}

// GGUF file types the Hub knows (llama_ftype names plus Unsloth's _XL names), from @huggingface/tasks.
const HUB_GGUF_NAMES = new Set(Object.keys(GGMLFileQuantizationType).filter(k => Number.isNaN(Number(k))));
// Names that are not llama.cpp file types but formats of our table (uploader mixes).
const UPLOADER_NAMES = new Set(['Q4_K_L', 'Q5_K_L', 'Q6_K_L']);
// ik_llama.cpp's own types (quantFormats.ts), written the same way as llama.cpp's.
const IK_NAMES = /^IQ[2-6]_K(?:S|L)?(?:_R4)?$/;
// llama-quantize aliases (tools/quantize/quantize.cpp: "alias for Q4_K_M", …).
const GGUF_ALIASES: Record<string, string> = { Q3_K: 'Q3_K_M', Q4_K: 'Q4_K_M', Q5_K: 'Q5_K_M' };

function ggufFormat(upper: string): ParsedQuant | undefined {
  let name = upper;
  let recipe: string | undefined;
  if (name.startsWith('UD-')) {
    recipe = 'Unsloth Dynamic (UD): some layers are kept at higher precision; the size differs from the plain mix';
    name = name.slice(3);
  }
  // Q3_K_L is llama.cpp's own; Q4_K_L, Q5_K_L, Q6_K_L are uploader mixes of their own (embeddings
  // and output at Q8_0, quantFormats.ts); other _L and _XL names are recipes over the _M mix.
  if (UPLOADER_NAMES.has(name)) {
    recipe ??= "an _L upload keeps embeddings and output at Q8_0 (bartowski's model cards)";
  }
  const uploaderSuffix = quantFormat(name) ? null : /^(I?Q\d_K)_(XL|L)$/.exec(name);
  if (uploaderSuffix) {
    recipe ??=
      uploaderSuffix[2] === 'L'
        ? 'a _L upload keeps embeddings and output at Q8_0 over the Q_K_M mix (bartowski recipe)'
        : 'an _XL upload keeps some tensors at higher precision over the Q_K_M mix (uploader recipe)';
    name = `${uploaderSuffix[1]}_M`;
  }
  name = GGUF_ALIASES[name] ?? name;
  const format = quantFormat(name);
  // GGUF files also come unquantized: F16, BF16, F32 are both file types and plain floats.
  if (!format || (format.family !== 'gguf' && format.family !== 'float')) return undefined;
  // A full file-type name must also be one the Hub lists; the bare widths (Q4, Q8) are ours.
  const generic = /^Q\d$/.test(name);
  if (!generic && !HUB_GGUF_NAMES.has(name) && !UPLOADER_NAMES.has(name) && !IK_NAMES.test(name)) return undefined;
  const ambiguous = generic || name === 'F16' || name === 'F32';
  return { format, bitsPerWeight: format.typeBpw, recipe, ambiguous };
}

/** An ExLlama average bitrate within what its converters write (1.5 … 8.5 bits per weight). */
function exlBits(text: string): number | undefined {
  const b = Number(text);
  return b >= 1.5 && b <= 8.5 ? b : undefined;
}

interface Rule {
  re: RegExp;
  to: string | ((m: RegExpExecArray) => string | undefined);
  ambiguous?: boolean;
  bits?: (m: RegExpExecArray) => number | undefined;
}

// Non-GGUF spellings, matched against the whole (lower-cased) label.
const RULES: readonly Rule[] = [
  { re: /^(?:fp32|float32)$/, to: 'F32' },
  { re: /^(?:fp16|float16)$/, to: 'F16' },
  { re: /^(?:bf16|bfloat16)$/, to: 'BF16' },
  { re: /^(?:fp8|float8|fp8[-_]e4m3(?:fn)?|e4m3|fp8[-_]dynamic)$/, to: 'FP8' },
  { re: /^(?:int8|8-?bit|w8a(?:8|16))$/, to: 'INT8', ambiguous: true },
  // "32-bit precision", "16-bit weights": float widths written as bit counts need context.
  { re: /^32-?bit$/, to: 'F32', ambiguous: true },
  { re: /^16-?bit$/, to: 'F16', ambiguous: true },
  { re: /^(?:int4|4-?bit|w4a(?:8|16))$/, to: 'INT4', ambiguous: true },
  { re: /^(?:nf4|bnb-?4-?bit|bnb-nf4)$/, to: 'NF4' },
  { re: /^(?:bnb-?8-?bit|llm\.int8)$/, to: 'INT8' },
  { re: /^awq(?:-?int4|-4bit)?$/, to: 'AWQ' },
  { re: /^gptq(?:-?int4|-4bit)?$/, to: 'GPTQ' },
  { re: /^gptq-?(?:int8|8bit)$/, to: 'GPTQ-Int8' },
  { re: /^mxfp4$/, to: 'MXFP4' },
  { re: /^nvfp4(?:a16)?$/, to: 'NVFP4' },
  { re: /^mxfp4a16$/, to: 'MXFP4' },
  { re: /^exl2$/, to: 'EXL2' },
  { re: /^exl3$/, to: 'EXL3' },
  // MLC LLM / WebLLM names (data/mlcFormats.ts): only the ones MLC defines have a row.
  { re: /^q\d(?:b?f16|f32)(?:_(?:\d|ft))?$/, to: m => m[0] },
  {
    re: /^(\d(?:\.\d{1,3})?)bpw$/,
    to: 'EXL2',
    bits: m => exlBits(m[1]),
  },
  // A format and its bitrate in one name ("EXL3 6.0bpw", "6.0bpw-exl3"): how a label's own bits
  // reach an estimate (quantWithBits).
  { re: /^exl([23])[-_ ]?(\d(?:\.\d{1,3})?)bpw$/, to: m => `EXL${m[1]}`, bits: m => exlBits(m[2]) },
  { re: /^(\d(?:\.\d{1,3})?)bpw[-_ ]?exl([23])$/, to: m => `EXL${m[2]}`, bits: m => exlBits(m[1]) },
  { re: /^mlx-?([2-68])-?bit$/, to: m => `MLX-${m[1]}bit` },
];

// GGUF type names, matched against the whole (upper-cased) label.
const GGUF_NAME = /^(?:UD-)?(?:I?Q\d(?:_[0-9A-Z]+)*|B?F(?:16|32)|MXFP4_MOE|TQ[12]_0)$/;
// Whether any rule can match: one test rejects the identifiers of ordinary code (the recognizer
// asks about every token of a file) instead of one per rule.
const ANY_RULE = new RegExp(RULES.map(r => `(?:${r.re.source})`).join('|'));

/**
 * A bits-per-weight label ("4.0bpw") read as EXL3 when the text around it says exllamav3 ("exl3",
 * "exllamav3"): both ExLlama generations write the same "Nbpw", and EXL2 is the older default.
 */
export function asExl3(q: ParsedQuant, label: string): ParsedQuant {
  const exl3 = quantFormat('EXL3');
  return q.format.family === 'exl2' && exl3 && /bpw$/i.test(label) ? { ...q, format: exl3 } : q;
}

const EXL3_NO_BITS = 'no bits per weight written: 4.0 assumed; an EXL3 conversion can target any average';

/** Words that say the ExLlama format around a "bpw" label is the third generation. */
export const EXL3_WORDS = /(?<![A-Za-z0-9])(?:exl3|exllamav3|exllama3)(?![A-Za-z0-9])/i;

// The shorthand people write for llama.cpp's K-quant file types: q4k, q4km, q5ks, q3kl, q6k
// (llama-quantize's own aliases Q3_K, Q4_K, Q5_K stand for the _M mixes, tools/quantize/quantize.cpp).
const GGUF_SHORTHAND = /^q([2-6])k([sml])?$/i;
// i-quants written the same way: iq4nl, iq4xs, iq2xxs, iq3m (llama.cpp's IQ4_NL, IQ4_XS, …).
const IQ_SHORTHAND = /^iq([1-4])_?(xxs|xs|s|m|nl)$/i;

/**
 * A K-quant written without underscores ("q4km" → Q4_K_M, "q2k" → Q2_K). Undefined for anything
 * else; the caller decides whether the text around it makes it one (it is a short letter run that
 * also occurs in hashes and base64).
 */
export function parseGgufShorthand(label: string): ParsedQuant | undefined {
  const iq = IQ_SHORTHAND.exec(label);
  const m = iq ? null : GGUF_SHORTHAND.exec(label);
  if (!iq && !m) return undefined;
  const full = iq ? `IQ${iq[1]}_${iq[2].toUpperCase()}` : `Q${m![1]}_K${m![2] ? `_${m![2].toUpperCase()}` : ''}`;
  const g = ggufFormat(full);
  return g ? { ...g, ambiguous: true } : undefined;
}

/** Parses a whole label; undefined when it is not a weights format we know. */
export function parseQuant(label: string): ParsedQuant | undefined {
  if (label.length === 0 || label.length > 24) return undefined;
  const upper = label.toUpperCase();
  if (GGUF_NAME.test(upper)) {
    const g = ggufFormat(upper);
    if (g) return g;
  }
  const lower = label.toLowerCase();
  if (!ANY_RULE.test(lower)) return undefined;
  for (const rule of RULES) {
    const m = rule.re.exec(lower);
    if (!m) continue;
    const name = typeof rule.to === 'string' ? rule.to : rule.to(m);
    const format = name ? quantFormat(name) : undefined;
    if (!format) return undefined;
    const bits = rule.bits ? rule.bits(m) : format.typeBpw;
    if (bits === undefined) return undefined;
    const parsed: ParsedQuant = { format, bitsPerWeight: bits, ambiguous: rule.ambiguous ?? false };
    // "exl3" alone names no bitrate: conversions pick any average (exllamav3 doc/convert.md, -b)
    if (format.family === 'exl3' && !rule.bits) parsed.recipe = EXL3_NO_BITS;
    return parsed;
  }
  return undefined;
}

// Candidates for a format inside a longer name: bounded by non-alphanumerics on both sides.
const IN_NAME = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:UD-)?(?:I?Q\d(?:_[0-9A-Za-z]+)*|B?F(?:16|32)|FP(?:8|16|32)(?:[-_](?:dynamic|` +
    String.raw`e4m3))?|MXFP4(?:_MOE)?|NVFP4|` +
    String.raw`TQ[12]_0|GPTQ(?:-Int[48])?|AWQ(?:-INT4)?|NF4|bnb-(?:4|8)bit|MLX-\d-?bit|` +
    String.raw`\d(?:\.\d{1,3})?bpw|EXL[23]|INT[48]|q\d(?:b?f16|f32)(?:_[0-9A-Za-z]+)*|` +
    String.raw`w[48]a(?:8|16)|\d-?bit)(?![A-Za-z0-9])`,
  'gi',
);

export interface QuantInName {
  start: number;
  end: number;
  parsed: ParsedQuant;
}

/**
 * The weights format named inside a model name or file name. Like the Hub's parser, the last one
 * wins ("…-Q8_0-Q4_K_M.gguf" is Q4_K_M). Trailing words glued on with "_" ("Q4_K_M_imatrix") are
 * dropped until a known format remains.
 */
export function findQuantInName(name: string): QuantInName | undefined {
  const found = lastQuantInName(name);
  if (found) {
    // "Llama-3.1-70B-Instruct-exl3-3.75bpw", "…-EXL3-3.0bpw": the bits are EXL3's.
    if (!EXL3_WORDS.test(name)) return found;
    return { ...found, parsed: asExl3(found.parsed, name.slice(found.start, found.end)) };
  }
  // "gemma4-12b-q4km.gguf", "qwen3.5-4b-q4km": K-quant shorthand in a GGUF file name or beside a size.
  const short = SHORTHAND_IN_NAME.exec(name);
  if (short && (/\.gguf$/i.test(name) || SIZE_IN_NAME.test(name))) {
    const parsed = parseGgufShorthand(short[1]);
    if (parsed)
      return { start: short.index + short[0].length - short[1].length, end: short.index + short[0].length, parsed };
  }
  return undefined;
}

const SHORTHAND_IN_NAME = /(?:^|[^A-Za-z0-9])(q[2-6]k[sml]?)(?![A-Za-z0-9])/i;
const SIZE_IN_NAME = /(?:^|[^A-Za-z0-9.])\d+(?:\.\d+)?[bBmM](?![A-Za-z0-9])/;

function lastQuantInName(name: string): QuantInName | undefined {
  let found: QuantInName | undefined;
  IN_NAME.lastIndex = 0;
  for (let m = IN_NAME.exec(name); m; m = IN_NAME.exec(name)) {
    let text = m[0];
    let parsed = parseQuant(text);
    while (!parsed && text.includes('_')) {
      text = text.slice(0, text.lastIndexOf('_'));
      parsed = parseQuant(text);
    }
    if (!parsed) continue;
    // "4.65bpw-h6-exl2": the bits are the informative part, not the trailing format name.
    if (found?.parsed.format.name === 'EXL2' && parsed.format.name === 'EXL2' && !/bpw/i.test(text)) continue;
    found = { start: m.index, end: m.index + text.length, parsed };
  }
  return found;
}
