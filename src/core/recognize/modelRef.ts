// Reads a token as a whole model identifier: a GGUF file name, an Ollama tag, a Hugging Face id
// (or a huggingface.co URL), or a plain model name such as "Llama-3.1-70B-Instruct".
import { findCatalogModel, isCatalogOrganisation } from '../catalog/lookupModel';
import type { CatalogModel } from '../catalog/catalogModel';
import { findQuantInName, type QuantInName } from '../quant/parseQuant';
import { findParamSizeInName, type ParamSizeInName } from './paramSize';
import { Memo, ownCopy } from '../memo';
import { findOllamaTag } from '../resolve/ollamaLibrary';
import { resolveName } from '../resolve/resolveName';
import { FAMILY_NAME_WORD } from '../catalog/modelFamilies';

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
  /** A name without a size that the resolver knows through its base ("zai-org/GLM-4.6"). */
  base?: CatalogModel;
  shard?: number;
  shards?: number;
}

// A llamafile is a GGUF with a runtime around it: same name conventions.
const GGUF_FILE = /\.(?:gguf|llamafile)$/i;
const SHARD = /-(\d{5})-of-(\d{5})$/;
const OLLAMA_TAG = /^([a-z0-9][a-z0-9._-]*(?:\/[a-z0-9._-]+)?):([a-z0-9][a-z0-9._-]*)$/i;
const HF_PART = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
// The repo part may carry an Ollama-style ":Q4_K_M" tag (ollama pull hf.co/org/repo:Q4_K_M).
const HF_REPO = /^[A-Za-z0-9][A-Za-z0-9._-]*(?::[A-Za-z0-9._-]+)?$/;
const HF_HOSTS = new Set(['huggingface.co', 'hf.co', 'www.huggingface.co', 'ollama.com', 'registry.ollama.ai']);
// First path parts that are directories, not organisations ("models/Qwen3-8B", "data/zephyr-7b-sft").
const GENERIC_DIR = new RegExp(
  `^(?:${[
    'models?',
    'data',
    'tmp',
    'temp',
    'path',
    'mnt',
    'home',
    'checkpoints?',
    'ckpts?',
    'weights',
    'outputs?',
    'out',
    'cache',
    'raid',
    'workspace',
    'local',
    'src',
    'configs?',
    'experiments?',
    'runs?',
    'saved?',
    'results?',
    'downloads?',
    'assets',
  ].join('|')})$`,
  'i',
);
// "megatron_output", "sft-checkpoints", "my_models": a directory named for what it holds.
const GENERIC_DIR_SUFFIX = /[_-](?:outputs?|checkpoints?|ckpts?|models?|weights|saves?|runs?|results?)$/i;
// "hf://org/name", "ollama://gemma:2b", "pvc://…", "s3://…": a scheme before a path (not http).
const SCHEME = /^(?!https?:)[a-z][a-z0-9+.-]*:\/\//i;
// "${MODEL_PATH:-Qwen/Qwen3-32B}": a shell default value.
const SHELL_DEFAULT = /^[A-Za-z_][A-Za-z0-9_]*:-/;
const HUB_NOT_MODEL = /(?:^|\/)(?:huggingface\.co|hf\.co)\/(?:datasets|spaces|collections|papers|blog|docs)\//i;
const FILE_EXT = /\.[A-Za-z]{1,10}$/;
// A bit width on its own at the end of a name part ("Qwen2.5-7B-Instruct-4bit").
const MLX_BITS = /(^|[-_])([2-8])-?bit(?![A-Za-z0-9])/i;
// Hugging Face Inference Providers, written after an id as "org/model:provider" (huggingface/
// huggingface.js packages/inference/src/types.ts, INFERENCE_PROVIDERS).
const INFERENCE_PROVIDER = new RegExp(
  '^(?:' +
    [
      'hf-inference',
      'fireworks-ai',
      'together',
      'groq',
      'sambanova',
      'novita',
      'nebius',
      'cerebras',
      'hyperbolic',
      'featherless-ai',
      'cohere',
      'replicate',
      'fal-ai',
      'nscale',
      'scaleway',
      'publicai',
      'ovhcloud',
      'black-forest-labs',
      'zai-org',
      'wavespeed',
      'clarifai',
      'baseten',
      'auto',
      'fastest',
      'cheapest',
    ].join('|') +
    ')$',
);
// Model hubs whose model pages end in /<owner>/<model> (ModelScope under /models/, NVIDIA's API
// catalog, OpenRouter, Replicate, the Hugging Face mirror, Modelers and WiseModel).
const MODEL_HUBS = new Set([
  'modelscope.cn',
  'www.modelscope.cn',
  'build.nvidia.com',
  'openrouter.ai',
  'replicate.com',
  'hf-mirror.com',
  'modelers.cn',
  'wisemodel.cn',
  'www.wisemodel.cn',
]);
// Path parts of model pages that come before the owner ("/models/", "/library/", "/api/").
const PAGE_DIR = /^(?:library|api|v\d+|hub|repos?|tree|blob|resolve|main)$/i;
// Object-store schemes: the first path part is a bucket, never an organisation.
const STORAGE_SCHEME = /^(?:s3|gs|gcs|az|abfss?|wasbs?|oss|cos|r2|pvc):\/\//i;
// A name part begins with a word of two or more letters ("llama", "Qwen2.5", "gpt-oss").
const NAMEY = /^[A-Za-z]{2}/;

function describe(name: string, source: ModelRef['source'], start: number, end: number, lookupKey = name): ModelRef {
  return {
    start,
    end,
    source,
    name,
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
  const ref = describe(name, 'gguf', slash + 1, token.length, file.replace(GGUF_FILE, '.gguf'));
  // "model.gguf", "args.gguf", "test.gguf": a file name that says nothing about size or format.
  if (!ref.size && !ref.quant && !ref.catalog) return undefined;
  if (shard) {
    ref.shard = Number(shard[1]);
    ref.shards = Number(shard[2]);
  }
  return ref;
}

function ollamaTag(token: string): ModelRef | undefined {
  const m = OLLAMA_TAG.exec(token);
  if (!m || !/[a-z]/i.test(m[1]) || !/[a-z]/i.test(m[2])) return undefined; // localhost:8080, 12:30
  const ref = describe(m[2], 'ollama', 0, token.length, token);
  ref.name = m[1];
  return ref.size || ref.quant || ref.catalog || findOllamaTag(token) ? ref : undefined; // library tags too
}

function huggingFaceId(token: string): ModelRef | undefined {
  const parts = token.split('/');
  let at = -1;
  const host = parts.findIndex(p => HF_HOSTS.has(p.toLowerCase()));
  if (host >= 0 && parts.length >= host + 3) at = host + 1;
  else if (host < 0 && (parts.length === 2 || FILE_EXT.test(parts[parts.length - 1]))) at = 0;
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const [org, name] = [parts[at], parts[at + 1]];
  if (!HF_PART.test(org) || !HF_REPO.test(name) || !/[A-Za-z]/.test(org) || !/[A-Za-z]{2}/.test(name)) return undefined;
  if (at === 0 && (GENERIC_DIR.test(org) || GENERIC_DIR_SUFFIX.test(org))) return undefined;
  // "org/name/config.json": a file inside a repository; the file itself must not be the name.
  if (at === 0 && parts.length > 2 && FILE_EXT.test(name)) return undefined;
  const start = parts.slice(0, at).join('/').length + (at > 0 ? 1 : 0);
  // An Ollama-style tag on a Hub id (":free", ":Q4_K_M") is not part of the model's name.
  const repo = name.replace(/:.*$/, '');
  // "org/model:fireworks-ai": the inference provider that serves it, after the id.
  const served = INFERENCE_PROVIDER.test(name.slice(repo.length + 1));
  const end = start + org.length + 1 + (served ? repo.length : name.length);
  const ref = describe(served ? repo : name, 'hf', start, end, `${org}/${repo}`);
  // mlx-community uploads write the bit width alone ("-4bit", "-2bit"): that is MLX's format.
  const bits = /^mlx/i.test(org) ? MLX_BITS.exec(name) : null;
  const mlx = bits ? findQuantInName(`MLX-${bits[2]}bit`) : undefined;
  if (bits && mlx) {
    const at = bits.index + bits[1].length;
    ref.quant = { start: at, end: at + bits[0].length - bits[1].length, parsed: mlx.parsed };
  }
  if (ref.size || ref.quant || ref.catalog) return ref;
  // "zai-org/GLM-4.6": no size written, but a family's name the resolver maps to a base it keeps
  const r = FAMILY_NAME_WORD.test(repo) ? resolveName(`${org}/${repo}`, false) : undefined;
  if (r?.model && r.as === 'derivative') return { ...ref, base: r.model };
  return undefined;
}

// "T5-11B": a one-letter family with its version, then a size written in capitals.
const SHORT_NAME = /^[A-Za-z]\d+-\d+(?:\.\d+)?[BM]$/;

function plainName(token: string): ModelRef | undefined {
  if ((!NAMEY.test(token) && !SHORT_NAME.test(token)) || !/\d/.test(token)) return undefined;
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
  const prefix = SCHEME.exec(token)?.[0] ?? SHELL_DEFAULT.exec(token)?.[0];
  if (prefix) {
    const rest = token.slice(prefix.length);
    let ref = read(rest);
    // "s3://bucket/deepseek-coder-6.7b-instruct": the bucket is not the model's organisation.
    const bucket = rest.slice(0, rest.indexOf('/'));
    if (ref?.source === 'hf' && STORAGE_SCHEME.test(prefix) && ref.start === 0 && !isCatalogOrganisation(bucket)) {
      ref = lastPathSegment(rest.slice(bucket.length + 1));
      if (ref) ref = { ...ref, start: ref.start + bucket.length + 1, end: ref.end + bucket.length + 1 };
    }
    return ref && { ...ref, start: ref.start + prefix.length, end: ref.end + prefix.length };
  }
  if (GGUF_FILE.test(token)) return ggufFile(token);
  if (token.includes(':') && !token.includes('/')) return ollamaTag(token);
  if (token.includes('/')) {
    // huggingface.co/datasets/…, /spaces/…, /collections/…: pages that are not a model.
    if (HUB_NOT_MODEL.test(token)) return undefined;
    return huggingFaceId(token) ?? lastPathSegment(token);
  }
  return plainName(token);
}

/**
 * A path such as "models/llama-2-7b/config.json": the segment that names a model, with the
 * organisation before it when that is one: a publisher of catalog models ("/models/meta-llama/
 * Llama-3.1-8B"), or the owner in a model page's URL ("modelscope.cn/models/okwinds/…",
 * "build.nvidia.com/nvidia/…").
 */
function lastPathSegment(token: string): ModelRef | undefined {
  const parts = token.split('/');
  let offset = token.length;
  for (let i = parts.length - 1; i >= 0; i--) {
    offset -= parts[i].length;
    const ref = plainName(parts[i]);
    if (ref) {
      const org = i > 0 ? parts[i - 1] : '';
      const owner = HF_PART.test(org) && !GENERIC_DIR.test(org) && !PAGE_DIR.test(org) && /[A-Za-z]/.test(org);
      // the host: the first part, or the one after "https://"
      const host = /^https?:$/i.test(parts[0]) && parts[1] === '' ? 2 : 0;
      if (
        owner &&
        (isCatalogOrganisation(org) || (i - 1 > host && MODEL_HUBS.has((parts[host] ?? '').toLowerCase())))
      ) {
        const id = `${org}/${parts[i]}`;
        const start = offset - org.length - 1;
        return { ...describe(parts[i], 'hf', start, offset + parts[i].length, id), name: parts[i] };
      }
      return { ...ref, start: offset, end: offset + parts[i].length };
    }
    offset -= 1;
  }
  return undefined;
}
