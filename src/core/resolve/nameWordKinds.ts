// Which words of a model name leave the weights' architecture as it is. Three kinds:
// - variant words name a release of the same weights (instruct/chat tunes, base, "hf" exports);
// - format words name how the same weights are stored (GGUF, AWQ, MLX 4-bit, bitsandbytes, …);
// - serving words name how a hosted API serves them (Together "-Turbo", Groq "-instant",
//   Vertex "-maas", OpenRouter ":free", Ollama "-cloud"; see src/core/data/hostedProviders.json for
//   sources).
// Everything else (a tuner's name, "uncensored", "hermes3", a date) marks a different model.
import FORMAT_WORDS from '../data/formatWords.json';

const VARIANT = new Set(['instruct', 'it', 'chat', 'base', 'hf', 'pt', 'text', 'original', 'latest', 'thinking']);

const FORMAT = new Set<string>(FORMAT_WORDS.words); // data/formatWords.json

// "cloud": Ollama's "<size>-cloud" tags run the same weights on ollama.com (https://ollama.com/cloud).
// "turbomind", "vllm": the engine an evaluation config serves the weights with, in OpenCompass's
// model abbreviations ("llama-2-70b-turbomind", "qwen2-7b-instruct-vllm";
// open-compass/opencompass configs/models/*/lmdeploy_*.py and vllm_*.py).
const SERVING = new Set([
  'turbomind',
  'vllm',
  'turbo',
  'free',
  'tput',
  'instant',
  'versatile',
  'maas',
  'basic',
  'nitro',
  'serverless',
  'cloud',
]);

const QUANT_WORD = /^(?:i?q\d(?:[._][0-9a-z]+)*|\d(?:\.\d+)?bpw|\d+bits?|g\d{2,3}|h\d|mxfp4(?:_moe)?|k[_-]?[sml])$/;

/** A word that names the same weights in another release or storage format. */
export function isSameWeightsWord(word: string): boolean {
  return VARIANT.has(word) || FORMAT.has(word) || QUANT_WORD.test(word);
}

/** A word a hosted API adds to the id of the weights it serves. */
export function isServingWord(word: string): boolean {
  if (SERVING.has(word)) return true;
  // A context length the provider serves ("llama3-70b-8192", "mixtral-8x7b-32768", "-128k").
  const n = /^\d{4,7}$/.test(word) ? Number(word) : /^\d{1,4}k$/.test(word) ? 1024 * Number(word.slice(0, -1)) : 0;
  return n >= 2048 && (n & (n - 1)) === 0;
}

/** A format word: the name keeps the weights but stores them differently (a re-upload). */
export function isFormatWord(word: string): boolean {
  return FORMAT.has(word) || QUANT_WORD.test(word);
}
