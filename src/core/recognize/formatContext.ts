// How the text around a token changes what a format or size in it reads as: ExLlamaV3's "bpw", the
// K-quant shorthand ("q4k"), the experts form written with a star ("8\*7B") and an Ollama tag's part
// after the colon ("7b-q3_K_S"). Every check reads a bounded stretch of text around the token.
import { EXL3_WORDS } from '../quant/parseQuant';
import { parseParamSize, type ParamSize, type ParamSizeInName } from './paramSize';
import type { QuantInName } from '../quant/parseQuant';
import { CONTEXT_CHARS } from './context';
import type { Token } from './tokens';

/** Whether "exl3" or "exllamav3" stands within the context window of the token. */
export function exl3Around(text: string, start: number, end: number): boolean {
  return EXL3_WORDS.test(text.slice(Math.max(0, start - CONTEXT_CHARS), end + CONTEXT_CHARS));
}

// Words that put a K-quant shorthand in llama.cpp's world ("dequant", "GGUF", "llama.cpp", "imatrix").
const GGUF_WORDS = new RegExp(
  String.raw`(?<![A-Za-z])(?:gguf|ggml|llama\.?cpp|llamafile|ollama|(?:de)?quant(?:s|ize[ds]?|ization)?|` +
    String.raw`k-?quants?|imatrix)(?![A-Za-z])`,
  'i',
);
// Another GGUF type listed right beside it: "q2k, q3k, q5k", "q4km and iq4nl", "Q4_K_M / q5km".
const GGUF_TYPE_BESIDE = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:q[2-8]k[sml]?|q[2-8]_k(?:_[sml])?|q[458]_[01]|iq[1-4]_?(?:xxs|xs|s|m|nl))` +
    String.raw`(?![A-Za-z0-9])`,
  'i',
);
// mistral.rs in-situ quantization ("mistralrs serve --quant q4k", in_situ_quant="Q4K") converts every
// linear layer to that one ggml type while loading: its own reading (codeFormat.ts isqFormat), not the
// llama.cpp file mix the shorthand names elsewhere. "isq" alone without its flag ("isq q4k") says too
// little: codeFormat.ts reads "--isq q4k" and "isq: q4k" itself.
const ISQ_WORDS = /(?<![A-Za-z])(?:in_situ_quant|IsqType|mistralrs|mistral\.rs|uqff)(?![A-Za-z])/i;
const ISQ_ALONE = /(?<![A-Za-z])isq(?![A-Za-z])/i;
// A size just before it: "Qwen3-8B q4km", "llama 7b q4k".
const SIZE_BEFORE = /(?<![A-Za-z0-9])\d+(?:\.\d+)?[BbMm](?:[-_.][A-Za-z0-9]+)*[\s:@/(-]{1,3}$/;
const GGUF_REACH = 80;
const LIST_REACH = 24;

/**
 * Why a K-quant or i-quant shorthand ("q4k", "q5km", "iq4nl") is one here, or undefined: a llama.cpp
 * word nearby, another GGUF type listed beside it, or a size right before it. Alone it is a short
 * letter run that hashes, base64 and identifiers ("q2k" for query-to-key) contain too.
 */
export function ggufShorthandAround(
  text: string,
  start: number,
  end: number,
): { reason: string; isq?: boolean } | undefined {
  const near = text.slice(Math.max(0, start - GGUF_REACH), start) + ' ' + text.slice(end, end + GGUF_REACH);
  const isq = ISQ_WORDS.exec(near);
  if (isq) return { reason: `mistral.rs in-situ quantization ("${isq[0]}" nearby)`, isq: true };
  if (ISQ_ALONE.test(near)) return undefined;
  const word = GGUF_WORDS.exec(near);
  if (word) return { reason: `"${word[0]}" nearby` };
  const list = text.slice(Math.max(0, start - LIST_REACH), start) + ' ' + text.slice(end, end + LIST_REACH);
  if (GGUF_TYPE_BESIDE.test(list)) return { reason: 'listed with other GGUF types' };
  return SIZE_BEFORE.test(text.slice(Math.max(0, start - 48), start))
    ? { reason: 'written after a model size' }
    : undefined;
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
