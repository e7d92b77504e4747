// Turns the many ways people write a model name into one comparable key:
//   "meta-llama/Meta-Llama-3.1-70B-Instruct", "Llama 3.1 70B", "llama3.1:70b",
//   "Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf"  →  "llama3.170b"
// Dots between digits survive ("3.1" must not equal "31"); everything that does not change the
// weights' architecture (organisation, instruct/chat suffixes, quant and file suffixes) is removed.

import FORMAT_WORDS from '../data/formatWords.json';

const FILE_SUFFIX = /(?:-\d{5}-of-\d{5})?\.(?:gguf|safetensors|bin|pt|pth|onnx)$/i;
const SEPARATORS = /[\s:-]+/g;
// MLC LLM / WebLLM builds: "Llama-3.2-3B-Instruct-q4f32_1-MLC", "gemma-2-2b-it-q4f16_1-MLC-1k" (the
// weights' format, the runtime and a build's context window; mlc-ai/mlc-llm python/mlc_llm/
// quantization/quantization.py names the formats q0f16 … q4f16_1, q4bf16_1).
const MLC_BUILD = /-q\d+b?f\d+(?:_\d+)?(?:-mlc)?(?:-\d+k)?$/i;

// Suffix words that name a variant of the same weights. Only whole words separated by - : or space
// ("_" stays inside words: it is part of quant names such as Q4_K_M). "thinking" is not one: the
// catalog holds Thinking and Instruct releases as entries of their own.
const VARIANT_WORDS = new Set<string>([
  'instruct',
  'it',
  'chat',
  'base',
  'hf',
  '4bit',
  '8bit',
  'latest',
  'text',
  'original',
  'pt',
  ...FORMAT_WORDS.words, // data/formatWords.json: the same weights stored another way
]);

const QUANT_WORD = /^(?:i?q\d(?:_[0-9a-z]+)*|f16|f32|bf16|\d(?:\.\d+)?bpw|h\d|mxfp4(?:_moe)?)$/;

/** The comparable key of a model name; '' when nothing is left. */
export function normalizeName(raw: string): string {
  let name = raw.trim();
  const slash = name.lastIndexOf('/');
  if (slash >= 0) name = name.slice(slash + 1);
  name = name.replace(FILE_SUFFIX, '').replace(MLC_BUILD, '');
  // GGUF names join the quant with a dot: "mistral-7b-instruct-v0.2.Q4_K_M"
  name = name.replace(/\.(?=(?:ud-)?i?q\d|f16|bf16|f32)/i, '-');
  const words = name
    .toLowerCase()
    .replace(/^meta[-_ ]/, '')
    .split(SEPARATORS)
    .filter(Boolean);
  const kept = words.filter(w => !VARIANT_WORDS.has(w) && !QUANT_WORD.test(w));
  return kept.join('').replace(/\.(?!\d)|(?<!\d)\./g, '');
}

/** The same key without a trailing version ("v0.2", "2507", "2409"): a looser second try. */
export function withoutVersion(key: string): string {
  return key.replace(/(?:v\d+(?:\.\d+)*|\d{4})$/, '');
}
