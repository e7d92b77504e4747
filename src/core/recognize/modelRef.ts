// Reads a token as a whole model identifier: a GGUF file name, an Ollama tag, a Hugging Face id
// (or a huggingface.co URL), or a plain model name such as "Llama-3.1-70B-Instruct".
import { findCatalogModel } from '../catalog/lookupModel';
import type { CatalogModel } from '../catalog/catalogModel';
import { findQuantInName, type QuantInName } from '../quant/parseQuant';
import { findParamSizeInName, type ParamSizeInName } from './paramSize';
import { Memo, ownCopy } from '../memo';
import { findOllamaTag } from '../resolve/ollamaLibrary';

export interface ModelRef {
  /** Span of the identifier inside the token. */
  start: number;
  end: number;
  source: 'hf' | 'gguf' | 'ollama' | 'plain';
  /** The part that names the model (no organisation, no extension). */
  name: string;
  size?: ParamSizeInName;
  quant?: QuantInName;
  catalog?: CatalogModel;
  shard?: number;
  shards?: number;
}

const GGUF_FILE = /\.gguf$/i;
const SHARD = /-(\d{5})-of-(\d{5})$/;
const OLLAMA_TAG = /^([a-z0-9][a-z0-9._-]*(?:\/[a-z0-9._-]+)?):([a-z0-9][a-z0-9._-]*)$/i;
const HF_PART = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
// The repo part may carry an Ollama-style ":Q4_K_M" tag (ollama pull hf.co/org/repo:Q4_K_M).
const HF_REPO = /^[A-Za-z0-9][A-Za-z0-9._-]*(?::[A-Za-z0-9._-]+)?$/;
const HF_HOSTS = new Set(['huggingface.co', 'hf.co', 'www.huggingface.co']);
// A name part begins with a word of two or more letters ("llama", "Qwen2.5", "gpt-oss").
const NAMEY = /^[A-Za-z]{2}/;

function describe(name: string, source: ModelRef['source'], start: number, end: number, lookupKey = name): ModelRef {
  return {
    start, end, source, name,
    size: findParamSizeInName(name),
    quant: findQuantInName(name),
    catalog: findCatalogModel(lookupKey, source === 'ollama'),
  };
}

function ggufFile(token: string): ModelRef | undefined {
  const slash = token.lastIndexOf('/');
  const file = token.slice(slash + 1);
  let name = file.replace(GGUF_FILE, '');
  const shard = SHARD.exec(name);
  if (shard) name = name.slice(0, shard.index);
  if (!name) return undefined;
  const ref = describe(name, 'gguf', slash + 1, token.length, file);
  if (shard) { ref.shard = Number(shard[1]); ref.shards = Number(shard[2]); }
  return ref;
}

function ollamaTag(token: string): ModelRef | undefined {
  const m = OLLAMA_TAG.exec(token);
  if (!m || !/[a-z]/i.test(m[1]) || !/[a-z]/i.test(m[2])) return undefined;   // localhost:8080, 12:30
  const ref = describe(m[2], 'ollama', 0, token.length, token);
  ref.name = m[1];
  return ref.size || ref.quant || ref.catalog || findOllamaTag(token) ? ref : undefined;   // library tags too
}

function huggingFaceId(token: string): ModelRef | undefined {
  const parts = token.split('/');
  let at = -1;
  const host = parts.findIndex(p => HF_HOSTS.has(p.toLowerCase()));
  if (host >= 0 && parts.length >= host + 3) at = host + 1;
  else if (parts.length === 2) at = 0;
  if (at < 0) return undefined;
  const [org, name] = [parts[at], parts[at + 1]];
  if (!HF_PART.test(org) || !HF_REPO.test(name)) return undefined;
  const start = parts.slice(0, at).join('/').length + (at > 0 ? 1 : 0);
  const ref = describe(name, 'hf', start, start + org.length + 1 + name.length, `${org}/${name}`);
  // mlx-community uploads write the bit width alone ("-4bit"): that is MLX's format.
  if (ref.quant && /^mlx/i.test(org) && /^\d-?bit$/i.test(name.slice(ref.quant.start, ref.quant.end))) {
    ref.quant = findQuantInName(`MLX-${name.slice(ref.quant.start, ref.quant.end)}`) ?? ref.quant;
  }
  return ref.size || ref.quant || ref.catalog ? ref : undefined;
}

function plainName(token: string): ModelRef | undefined {
  if (!NAMEY.test(token) || !/\d/.test(token)) return undefined;
  const ref = describe(token, 'plain', 0, token.length);
  return ref.size || ref.catalog ? ref : undefined;
}

/** Readings of tokens seen before: a model id recurs across a file, in many contexts. */
const readings = new Memo<ModelRef | null>(2000);

/**
 * The model identifier a token is, if it is one (shared with later calls: read it only). It is
 * read from a copy of the token, so that the names it holds do not keep the document line alive.
 */
export function readModelRef(token: string): ModelRef | undefined {
  return readings.get(token, () => read(ownCopy(token)) ?? null) ?? undefined;
}

function read(token: string): ModelRef | undefined {
  if (GGUF_FILE.test(token)) return ggufFile(token);
  if (token.includes(':') && !token.includes('/')) return ollamaTag(token);
  if (token.includes('/')) {
    return huggingFaceId(token) ?? lastPathSegment(token);
  }
  return plainName(token);
}

/** A path such as "models/llama-2-7b/config.json": the segment that names a model. */
function lastPathSegment(token: string): ModelRef | undefined {
  const parts = token.split('/');
  let offset = token.length;
  for (let i = parts.length - 1; i >= 0; i--) {
    offset -= parts[i].length;
    const ref = plainName(parts[i]);
    if (ref) return { ...ref, start: offset, end: offset + parts[i].length };
    offset -= 1;
  }
  return undefined;
}
