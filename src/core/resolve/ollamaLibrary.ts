// Ollama's library as data (src/core/data/ollamaLibrary.json, built by scripts/ollama/buildLibrary.py
// from a public scrape of ollama.com/library, source and commit inside): for a tag, which size
// "latest" is, the format the tag downloads in and its download size.
import LIBRARY from '../data/ollamaLibrary.json';

export interface OllamaTagRow {
  /** The size tag ("8b", "e4b", "8x7b") or "latest" for single-tag models. */
  tag: string;
  /** Download size in bytes as ollama.com shows it (decimal, rounded as shown). */
  size: number;
  sizeText: string;
  /** The GGUF format this tag downloads in, when the listing shows it (see the build script). */
  format?: string;
  /** Words Ollama's own tags give this size ("instruct", "0528-qwen3", "llama3.1"). */
  variant?: string;
  context?: number;
  /** Another tag of the same download, as the listing names it ("medium" for phi3's "14b"). */
  alias?: string;
  /** The download holds a vision projector. */
  vision?: boolean;
  /** Embedding models: the parameter count and the release the tag ships (scripts/ollama/embeddings.json). */
  params?: number;
  hf?: string;
  source?: string;
}

export interface OllamaModelRow {
  name: string;
  pulls?: number;
  capabilities: string[];
  /** The size tag "latest" points to. */
  latest?: string;
  /** Every size tag the model's page lists ("e2b", "26b"), whether or not a row here has it. */
  sizes?: string[];
  tags: OllamaTagRow[];
}

export interface OllamaTag {
  model: OllamaModelRow;
  row: OllamaTagRow;
  /** The tag as asked, without its quant ("13b-code" for "codellama:13b-code-q8_0"). */
  asked: string;
  /** A quant written in the tag itself ("8b-instruct-q8_0" → "Q8_0"). */
  quantInTag?: string;
}

const MODELS = (LIBRARY as { models: OllamaModelRow[] }).models;
let byName: Map<string, OllamaModelRow> | undefined;

const { repo, commit, url } = LIBRARY.source;
export const OLLAMA_LIBRARY_SOURCE = `${repo}@${commit.slice(0, 8)} (${url})`;

/** Every model row of the library table. */
export function ollamaLibrary(): readonly OllamaModelRow[] {
  return MODELS;
}

const QUANT_TAIL = /-(q\d_(?:k_[sml]|k|\d)|fp16|bf16|mxfp4)$/i;

/** The library row of an Ollama tag ("llama3.1", "llama3.1:70b", "qwen3:8b-q8_0"), or undefined. */
export function findOllamaTag(raw: string): OllamaTag | undefined {
  if (typeof raw !== 'string' || raw.length > 200) return undefined;
  byName ??= new Map(MODELS.map(m => [m.name, m]));
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/^(?:registry\.ollama\.ai\/)?library\//, '');
  const colon = text.indexOf(':');
  const name = colon >= 0 ? text.slice(0, colon) : text;
  const model = byName.get(name);
  if (!model) return undefined;
  let tag = colon >= 0 ? text.slice(colon + 1) : 'latest';
  const quant = QUANT_TAIL.exec(tag);
  const quantInTag = quant ? canonicalQuant(quant[1]) : undefined;
  if (tag === 'latest') tag = model.latest ?? 'latest';
  const asked = quant ? tag.slice(0, quant.index) : tag;
  const row =
    model.tags.find(t => t.tag === asked || t.alias === asked) ??
    model.tags.find(t => t.tag === tag) ??
    model.tags.find(t => tag.startsWith(`${t.tag}-`));
  return row ? { model, row, quantInTag, asked } : undefined;
}

/** The library row of a model name ("gemma4"), or undefined. */
export function findOllamaModel(name: string): OllamaModelRow | undefined {
  if (typeof name !== 'string') return undefined;
  byName ??= new Map(MODELS.map(m => [m.name, m]));
  return byName.get(name.trim().toLowerCase());
}

function canonicalQuant(q: string): string {
  const upper = q.toUpperCase();
  return upper === 'FP16' ? 'F16' : upper.replace(/_K_([SML])$/, '_K_$1');
}
