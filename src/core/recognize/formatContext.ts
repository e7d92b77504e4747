// How the text around a token changes what a format or size in it reads as: ExLlamaV3's "bpw", the
// K-quant shorthand ("q4k"), the experts form written with a star ("8\*7B") and an Ollama tag's part
// after the colon ("7b-q3_K_S"). Every check reads a bounded stretch of text around the token.
import { EXL3_WORDS } from '../quant/parseQuant';
import { parseParamSize, type ParamSize, type ParamSizeInName } from './paramSize';
import type { QuantInName } from '../quant/parseQuant';
import { CONTEXT_CHARS, modelWordClose } from './context';
import type { Token } from './tokens';

/** Whether "exl3" or "exllamav3" stands within the context window of the token. */
export function exl3Around(text: string, start: number, end: number): boolean {
  return EXL3_WORDS.test(text.slice(Math.max(0, start - CONTEXT_CHARS), end + CONTEXT_CHARS));
}

// Words that put a K-quant shorthand in llama.cpp's world ("dequant", "GGUF", "llama.cpp", "imatrix").
const GGUF_WORDS =
  /(?<![A-Za-z])(?:gguf|ggml|llama\.?cpp|llamafile|ollama|(?:de)?quant\w*|k-?quants?|imatrix)(?![A-Za-z])/i;
// Another GGUF type listed right beside it: "q2k, q3k, q5k", "Q4_K_M / q5km".
const GGUF_TYPE_BESIDE = /(?<![A-Za-z0-9])(?:q[2-8]k[sml]?|q[2-8]_k(?:_[sml])?|q[458]_[01])(?![A-Za-z0-9])/i;
const GGUF_REACH = 80;
const LIST_REACH = 24;

/**
 * Why a K-quant shorthand ("q4k", "q5km") is one here, or undefined: a llama.cpp word nearby, another
 * GGUF type listed beside it, or a model word close by. Alone it is a three-letter run that hashes,
 * base64 and identifiers contain too.
 */
export function ggufShorthandAround(text: string, start: number, end: number): string | undefined {
  const near = text.slice(Math.max(0, start - GGUF_REACH), start) + ' ' + text.slice(end, end + GGUF_REACH);
  const word = GGUF_WORDS.exec(near);
  if (word) return `"${word[0]}" nearby`;
  const list = text.slice(Math.max(0, start - LIST_REACH), start) + ' ' + text.slice(end, end + LIST_REACH);
  if (GGUF_TYPE_BESIDE.test(list)) return 'listed with other GGUF types';
  const model = modelWordClose(text, start, end);
  return model ? `"${model}" nearby` : undefined;
}

// "8\*7B" (Markdown escapes the star) or "8*7B" before a size token: the digits and the star.
const STAR_BEFORE = /(?<![A-Za-z0-9.*\\])(\d{1,3})\\?\*$/;

/**
 * "Mixtral 8\*7B", "8*22B": the experts form NxM written with a star. Returns the token widened over
 * the count and the star, its text rewritten as "8x7B" for the readers that look names up.
 */
export function starredExperts(text: string, t: Token): { token: Token; size: ParamSize } | undefined {
  if (!/^\d+(?:\.\d+)?[Bb]$/.test(t.text)) return undefined;
  const m = STAR_BEFORE.exec(text.slice(Math.max(0, t.start - 6), t.start));
  if (!m) return undefined;
  const experts = Number(m[1]);
  if (experts < 2 || experts > 256) return undefined;
  const size = parseParamSize(`${experts}x${t.text}`);
  if (!size || size.form !== 'experts') return undefined;
  return { token: { start: t.start - m[0].length, end: t.end, text: `${experts}x${t.text}` }, size };
}

/**
 * "7b-q3_K_S", "13b-instruct-q4_0", "13b-llama2-q5_K_S": a token that is the size, variant words and
 * the format, in that order, as an Ollama tag writes what follows its colon.
 */
export function tagPart(token: string, size: ParamSizeInName, quant: QuantInName): boolean {
  if (size.start !== 0 || quant.end !== token.length || size.end > quant.start) return false;
  return /^(?:[-_][A-Za-z0-9.]+)*[-_]$/.test(token.slice(size.end, quant.start));
}
