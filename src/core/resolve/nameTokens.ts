// Splits a model name into comparable words, the way people vary them: case, "-", "_", " " and ":"
// separators, a family word glued to its version or not ("llama-3.1" = "llama3.1", "Hermes-3" =
// "hermes3"). The size ("8B", "8x7B", "30B-A3B", "E4B") is read apart, never as a word.
import { findParamSizeInName, type ParamSize } from '../recognize/paramSize';

export interface NameWords {
  /** The organisation before the last "/", lower case ('' when none). */
  org: string;
  /** Lower-case words without the size, e.g. ["hermes3", "llama3.1"]. */
  words: string[];
  /** The size written in the name, if any. */
  size?: ParamSize;
  /** The size as written, lower case ("8b", "8x7b", "e4b"). */
  sizeText?: string;
}

const FILE_SUFFIX = /(?:-\d{5}-of-\d{5})?\.(?:gguf|safetensors|bin|pt|pth|onnx|llamafile)$/i;

/** A name's words. Never throws; a name longer than 300 characters has none. */
export function nameWords(raw: string): NameWords {
  if (typeof raw !== 'string' || raw.length > 300) return { org: '', words: [] };
  let name = raw.trim().replace(FILE_SUFFIX, '');
  const slash = name.lastIndexOf('/');
  const org = slash >= 0 ? name.slice(0, slash).toLowerCase() : '';
  if (slash >= 0) name = name.slice(slash + 1);
  // GGUF file names join the quant with a dot: "mistral-7b-instruct-v0.2.Q4_K_M".
  name = name.replace(/\.(?=(?:ud-)?i?q\d|f16|bf16|f32)/i, '-');
  const found = findParamSizeInName(name);
  let size: ParamSize | undefined;
  let sizeText: string | undefined;
  if (found) {
    size = found.size;
    sizeText = name.slice(found.start, found.end).toLowerCase();
    name = `${name.slice(0, found.start)} ${name.slice(found.end)}`;
  }
  const words = name
    .toLowerCase()
    // An underscore between a family's version digits stands for the dot where a dot is not allowed
    // (Python names, file stems): "Llama3_1" is Llama 3.1, "qwen2_5" Qwen2.5, "internlm2_5" 2.5.
    .replace(/([a-z]\d+)_(\d)(?![\d.])/g, '$1.$2')
    // "llama-3.1" → "llama3.1", "hermes-3" → "hermes3"; a release date stays a word of its own
    // ("Magistral-Small-2506", "Qwen3-4B-Instruct-2507": yymm, see isReleaseDate).
    .replace(/([a-z])[-_ ](?=\d)(?!(?:1[89]|2\d)(?:0[1-9]|1[0-2])(?![\d.]))/g, '$1')
    .split(/[\s:_-]+|\.(?!\d)|(?<!\d)\./)
    .filter(Boolean)
    // A ".0" release is the whole version: IBM's "granite-4.0" is Ollama's "granite4".
    .map(w => w.replace(/^([a-z]+\d+)\.0$/, '$1'));
  return { org, words, size, sizeText };
}

/** A release date written as yymm ("2409", "2512"), the way Mistral and Qwen date releases. */
export function isReleaseDate(word: string): boolean {
  return /^(?:1[89]|2\d)(?:0[1-9]|1[0-2])$/.test(word);
}
