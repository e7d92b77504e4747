// Reads the text around an ambiguous label ("Q4", a bare "7B", "INT8") for evidence of what it is.
// Only a bounded window is ever looked at.
import { FAMILY_CONTEXT_WORDS } from '../catalog/modelFamilies';

/** Characters looked at on each side of a label. */
export const CONTEXT_CHARS = 160;

// The family words come from data/modelFamilies.json.
const MODEL_WORDS = new RegExp(
  String.raw`(?<![A-Za-z])(?:models?|llms?|gguf|ggml|ollama|${FAMILY_CONTEXT_WORDS}|hugging ?face|hf|transformers|` +
    String.raw`vllm|llama\.cpp|quant\w*|weights?|params?|parameters?|checkpoints?|instruct|chat|vram|gpus?|cuda|` +
    String.raw`inference|fine-?tun\w*|lora|qlora|torch|pytorch|dtype|precision|bnb|bitsandbytes|awq|gptq|exl2|mlx|` +
    String.raw`safetensors|embeddings?|moe|experts?|kv|bpw|compression|compressed)(?![A-Za-z])`,
  'i',
);
/** A count of something other than parameters: "15T tokens", "3M rows", "8B people". */
const OTHER_COUNT_AFTER = new RegExp(
  String.raw`^[\s-]*(?:tokens?|samples?|rows?|words?|requests?|images?|users?|people|records?|documents?|` +
    String.raw`examples?|steps?|pairs?|lines?|characters?|chars|bytes?|instructions?|context|ctx)\b`,
  'i',
);
const MONEY_BEFORE = new RegExp(
  String.raw`(?:revenue|sales|valuation|funding|raised|worth|profit|earnings|` +
    String.raw`budget|market cap|arr|usd|eur|dollars?)\s+(?:\w+\s+){0,3}$`,
  'i',
);
const VERSION_BEFORE = /(?:version|release|ver\.)\s*$/i;
const QUARTER_WORDS = new RegExp(
  String.raw`(?<![A-Za-z])(?:fy\s?'?\d{2,4}|fiscal|quarters?|quarterly|revenue|earnings|sales|profit|budget|` +
    String.raw`roadmap|okrs?|h[12]|` +
    String.raw`q[1-4]\s*['’]?\s*(?:19|20)?\d{2}|(?:19|20)\d{2}\s*q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|` +
    String.raw`nov|dec)(?![A-Za-z])`,
  'i',
);
const BYTE_WORDS = new RegExp(
  String.raw`(?<![A-Za-z])(?:bytes?|aligned|alignment|align|padding|padded|offset|header|packet|struct|sizeof|` +
    String.raw`uint\d*_?t?|int\d+_t|cache ?line|register|checksum|crc\d*|buffer|octets?|words?)(?![A-Za-z])`,
  'i',
);
const MONEY_AFTER = /^\s*(?:usd|eur|dollars?|euros?|in revenue|revenue|valuation|market|funding|raised|arr|budget)/i;
const CURRENCY_BEFORE = /[$€£¥]\s*$/;

export interface Surroundings {
  before: string;
  after: string;
}

export function surroundings(text: string, start: number, end: number): Surroundings {
  return {
    before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    after: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** The first model-related word near the label, if any. */
const MODEL_WORDS_ALL = new RegExp(MODEL_WORDS.source, 'gi');

/**
 * The model-related word nearest to the label, if any: the hover cites it, so it must be the one
 * that stands next to the label, not one at the far end of the window.
 */
export function modelWord(s: Surroundings): string | undefined {
  let before: RegExpExecArray | undefined;
  MODEL_WORDS_ALL.lastIndex = 0;
  for (let m = MODEL_WORDS_ALL.exec(s.before); m; m = MODEL_WORDS_ALL.exec(s.before)) before = m;
  const after = MODEL_WORDS.exec(s.after);
  if (!before) return after?.[0];
  if (!after) return before[0];
  return s.before.length - (before.index + before[0].length) <= after.index ? before[0] : after[0];
}

/** A model word within a few words of the label ("a 350m model", "params: 125m"). */
export function modelWordClose(text: string, start: number, end: number): string | undefined {
  return modelWord({ before: text.slice(Math.max(0, start - 32), start), after: text.slice(end, end + 32) });
}

/** "Q4 2024", "FY24 Q4", "Q4 revenue". */
export function looksLikeQuarter(s: Surroundings): boolean {
  if (/^\s*[-/'’]?\s*(?:19|20)?\d{2}(?!\d)/.test(s.after)) return true; // Q4 2024, Q4'24, Q4-2024
  if (/(?:fy|(?:19|20)\d{2})\s*['’]?\d{0,2}[\s/-]*$/i.test(s.before)) return true; // FY24 Q4, 2024 Q4
  return QUARTER_WORDS.test(s.before.slice(-60)) || QUARTER_WORDS.test(s.after.slice(0, 60));
}

/** "$70B", "70B USD", "70B valuation", "revenue hit 1.5B". */
export function looksLikeMoney(s: Surroundings): boolean {
  return CURRENCY_BEFORE.test(s.before) || MONEY_AFTER.test(s.after) || MONEY_BEFORE.test(s.before.slice(-60));
}

/** "15T tokens", "3M rows": a number of something else; "version 1.5b": a version. */
export function looksLikeOtherCount(s: Surroundings): boolean {
  return OTHER_COUNT_AFTER.test(s.after) || VERSION_BEFORE.test(s.before.slice(-12));
}

/** "a 4B header", "64B aligned". */
export function looksLikeBytes(s: Surroundings): boolean {
  return BYTE_WORDS.test(s.before.slice(-40)) || BYTE_WORDS.test(s.after.slice(0, 40));
}
