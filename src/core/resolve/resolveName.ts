// What a written model name resolves to, and how: the catalog model itself, the model a hosted-API
// id or an Ollama tag serves, or the base a fine-tune, merge or re-upload keeps the architecture
// of. Order: hosted-API prefix → Ollama library tag → catalog name → a catalog model whose words
// the name holds and nothing else → a listed same-architecture family → a catalog base whose words
// and size the name holds. Remembered per name.
import type { CatalogModel } from '../catalog/catalogModel';
import { catalogModels, findCatalogModel } from '../catalog/lookupModel';
import { normalizeName, withoutVersion } from '../catalog/normalizeName';
import { Memo, ownCopy } from '../memo';
import { findParamSizeInName } from '../recognize/paramSize';
import { findBaseInName } from './baseInName';
import { formatFromDownload } from './formatFromDownload';
import { parseHostedId } from './hostedIds';
import { isReleaseDate, nameWords } from './nameTokens';
import { findOllamaModel, findOllamaTag, ollamaLibrary, OLLAMA_LIBRARY_SOURCE, type OllamaTag } from './ollamaLibrary';
import { sameArchitectureBase } from './sameArchitecture';

export interface NameResolution {
  /** The catalog model whose architecture the estimate uses; absent for an Ollama tag with none. */
  model?: CatalogModel;
  /** 'catalog': the model itself (or what a hosted id / Ollama tag serves); 'derivative': a model
   *  built on `model`; 'size': an Ollama library tag with no catalog architecture. */
  as: 'catalog' | 'derivative' | 'size';
  /** How, in words, for the hover ("served by Groq", "fine-tune of Llama 3.1 8B (…)"). */
  how?: string;
  /** An Ollama library tag: its row (download size, format, latest). */
  ollama?: OllamaTag;
  /** The format the name's source ships when the name itself names none (Ollama's tag format). */
  format?: string;
  /** Nominal parameters of an Ollama tag with no catalog architecture ("27b" → 2.7e10). */
  params?: number;
  /** The format was judged from the download size and the parameter count, not read from the listing. */
  formatFromSize?: boolean;
  /** Why no KV cache is kept (an embedding model: a bidirectional encoder run once per input). */
  noKvCache?: string;
}

// llama.cpp (src/llama-model.cpp, llama_model::create_memory) gives encoder architectures such as
// bert and nomic-bert no KV cache: each input is embedded in one pass. Ollama runs its embedding
// models that way; every row of scripts/ollama/embeddings.json is such an encoder.
const ENCODER_NOTE = 'an embedding model (bidirectional encoder): one pass per input, no KV cache is kept';
// The same for any catalog model whose config.json the reader knows for an encoder (encoderOnly).
const ENCODER_ONLY_NOTE = 'a bidirectional encoder (its config.json): one pass per input, no KV cache is kept';

// Words that make a model of another kind: a vision or audio tower, an embedding or guard model.
// LLaVA wraps a language model in a vision tower and projector of its own. The word may carry its
// own generation glued on ("Llama-Guard-3-8B" reads guard3): still another kind of model.
const OTHER_KIND = /^(?:vl|vision|omni|audio|embed|embedding|reranker|tts|asr|guard|ocr|moe|llava)(?:\d+(?:\.\d+)*)?$/;

const memo = new Memo<NameResolution | null>(2000);

/** The resolution of a name, or undefined. `ollama`: bare library names ("llama3.1") are tags. Never throws. */
export function resolveName(name: string, ollama = false): NameResolution | undefined {
  if (typeof name !== 'string' || name.trim().length === 0 || name.length > 300) return undefined;
  return memo.get(`${ollama ? 1 : 0}${name}`, () => resolve(ownCopy(name).trim(), ollama) ?? null) ?? undefined;
}

function resolve(written: string, ollama: boolean): NameResolution | undefined {
  // The Hugging Face cache keeps a repository in a folder named "models--org--name".
  const cached = /^models--([^/]+?)--([^/]+)$/.exec(written);
  const name = cached ? `${cached[1]}/${cached[2]}` : written;
  const hosted = parseHostedId(name);
  if (hosted) {
    const served = (hosted.ollama ? resolveTag(hosted.served, true) : undefined) ?? resolvePlain(hosted.served, true);
    if (!served) return undefined;
    const via = `served by ${hosted.provider}`;
    return encoder({
      ...served,
      how: served.how ? `${via}; ${served.how}` : `${via} as ${served.model?.name ?? name}`,
    });
  }
  return encoder(resolveTag(name, ollama) ?? resolvePlain(name, false));
}

let encoders: Set<string> | undefined;

/** A catalog model that is the release of an embedding row of the library, or that its config
 *  shows to be an encoder, keeps no KV cache either. */
function encoder(r: NameResolution | undefined): NameResolution | undefined {
  encoders ??= new Set(ollamaLibrary().flatMap(m => m.tags.flatMap(t => (t.hf ? [t.hf] : []))));
  const m = r?.model;
  if (!r || r.noKvCache || !m) return r;
  if ([m.id, ...(m.aliases ?? [])].some(id => encoders!.has(id))) return { ...r, noKvCache: ENCODER_NOTE };
  return m.encoderOnly ? { ...r, noKvCache: ENCODER_ONLY_NOTE } : r;
}

/**
 * An Ollama library tag ("qwen3:8b", or a bare "qwen3" where Ollama is meant). A bare name written
 * with capitals ("DeepSeek-R1", "Qwen3") is a release or family name, never a tag: Ollama's library
 * writes its names in lowercase, and "DeepSeek-R1" in prose is the 671B model, not the 8B tag.
 */
function resolveTag(name: string, ollama: boolean): NameResolution | undefined {
  if (!/^[a-z0-9][a-z0-9._-]*(?::[a-z0-9._-]+)?$/i.test(name)) return undefined;
  if (!name.includes(':') && (!ollama || !isBareTagSpelling(name))) return undefined;
  const tag = findOllamaTag(name);
  if (!tag) return missingSize(name);
  const { model: row, row: size } = tag;
  const format = tag.quantInTag ?? size.format;
  const inFormat = format ? `, ${format}` : '';
  const shipped = `Ollama's ${row.name}:${size.tag} (${size.sizeText} download${inFormat}; ${OLLAMA_LIBRARY_SOURCE})`;
  const noKvCache = size.hf ? ENCODER_NOTE : undefined;
  const exact =
    (size.hf ? findCatalogModel(size.hf) : undefined) ??
    catalogByOllamaTag(`${row.name}:${size.tag}`) ??
    (size.tag === row.latest || size.tag === 'latest' ? catalogByOllamaTag(row.name) : undefined);
  if (exact) return withSizedFormat({ model: exact, as: 'catalog', ollama: tag, format, how: shipped, noKvCache });
  // The words of the tag as asked ("13b-code"), else the variant the size tag was found to download.
  const own =
    tag.asked !== size.tag && tag.asked.startsWith(`${size.tag}-`) ? tag.asked.slice(size.tag.length + 1) : '';
  const variant = own || size.variant || '';
  const words = [row.name, size.tag === 'latest' ? '' : size.tag, variant].filter(Boolean).join('-');
  const base = resolvePlain(words, false);
  if (base?.model) {
    return withSizedFormat({ ...base, ollama: tag, format, how: `${shipped}; ${base.how ?? base.model.name}` });
  }
  const counted =
    size.params !== undefined
      ? `; ${formatCount(size.params)} parameters (${size.source?.split(' ')[0]})`
      : effectiveSize(size.tag)
        ? `; ${size.tag.toUpperCase()} is an effective size: the download holds more, and is what the weights weigh`
        : '';
  return {
    as: 'size',
    ollama: tag,
    format,
    params: size.params ?? sizeOfTag(size.tag) ?? effectiveSize(size.tag),
    how: `${shipped}${counted}; no catalog model has its architecture`,
    noKvCache,
  };
}

/** How Ollama's library spells a bare model name: lowercase. */
export function isBareTagSpelling(name: string): boolean {
  return name === name.toLowerCase();
}

/**
 * A tag whose size the model's page does not list ("gemma4:27b", "llama3.2:70b"): `ollama pull`
 * finds no such tag, so no model is claimed; the size written still prices it, and the hover says so.
 */
function missingSize(name: string): NameResolution | undefined {
  const colon = name.indexOf(':');
  const row = colon > 0 ? findOllamaModel(name.slice(0, colon)) : undefined;
  const size = colon > 0 ? /^[a-z]?\d+(?:\.\d+)?[mb]\b/i.exec(name.slice(colon + 1))?.[0].toLowerCase() : undefined;
  if (!row?.sizes?.length || !size || row.sizes.includes(size)) return undefined;
  const how =
    `Ollama's ${row.name} has no ${size} tag (its sizes: ${row.sizes.join(', ')}; ${OLLAMA_LIBRARY_SOURCE}); ` +
    'priced by the size written';
  return { as: 'size', params: sizeOfTag(size), how };
}

/** A tag the listing gives no format: the format its download size implies for the model's parameters. */
function withSizedFormat(r: NameResolution): NameResolution {
  if (r.format || !r.model || !r.ollama) return r;
  const format = formatFromDownload(r.ollama.row.size, r.model.params);
  return format ? { ...r, format, formatFromSize: true, how: `${r.how}; ${format} judged from the download size` } : r;
}

/** The effective count of a size tag such as "e4b" (4e9), which prices the KV cache and buffers only. */
function effectiveSize(tag: string): number | undefined {
  const found = findParamSizeInName(tag);
  return found && found.start === 0 && found.size.effective ? found.size.params : undefined;
}

function formatCount(n: number): string {
  return n >= 1e9 ? `${+(n / 1e9).toFixed(2)}B` : `${+(n / 1e6).toFixed(1)}M`;
}

let byTag: Map<string, CatalogModel> | undefined;

/** The catalog model listing exactly this Ollama tag ("qwen3:8b", or a bare default "qwen3"). */
function catalogByOllamaTag(tag: string): CatalogModel | undefined {
  if (!byTag) {
    byTag = new Map();
    for (const m of catalogModels()) for (const t of m.ollamaTags ?? []) if (!byTag.has(t)) byTag.set(t, m);
  }
  return byTag.get(tag);
}

/**
 * Whether a catalog hit for a name that is not a tag came only through an Ollama tag's key: plain
 * "mistral-7b" matches the tag "mistral:7b" (v0.3), but in a repo id it names no version.
 */
function onlyThroughTag(name: string, model: CatalogModel): boolean {
  if (name.includes(':') || !model.ollamaTags?.length) return false;
  const key = normalizeName(name);
  const own = [model.id, model.name, ...(model.aliases ?? [])].map(normalizeName);
  return !own.includes(key) && !own.includes(withoutVersion(key));
}

/**
 * Whether a catalog hit came only by dropping a release date the name writes and the model's own
 * names lack: "mistral-large-2411" is a later release on Mistral Large 2407's architecture, not 2407.
 */
function otherRelease(name: string, model: CatalogModel): boolean {
  const key = normalizeName(name);
  const own = [model.id, model.name, ...(model.aliases ?? [])].map(normalizeName);
  return !own.includes(key) && nameWords(name).words.some(isReleaseDate);
}

/**
 * The total parameters a size tag writes ("27b", "8x7b", "7b-a1b-h" → 7e9), or undefined. An
 * effective size ("e4b": Gemma's per-layer embeddings are held too) gives no total.
 */
function sizeOfTag(tag: string): number | undefined {
  const found = findParamSizeInName(tag);
  if (!found || found.start !== 0 || found.size.effective) return undefined;
  return found.size.params;
}

/** A Hugging Face id, file or plain name. `hosted`: the organisation is the provider's spelling. */
function resolvePlain(name: string, hosted: boolean): NameResolution | undefined {
  const words = nameWords(name);
  const hit = findCatalogModel(name, false);
  const exact = hit && !onlyThroughTag(name, hit) && !otherRelease(name, hit) ? hit : undefined;
  if (exact) {
    const match = findBaseInName(name);
    // Another organisation's upload of the same name is a re-upload, whether or not the name has a
    // size the base index keys on ("unsloth/whisper-small").
    const otherOrg =
      !hosted && words.org !== '' && ((match?.model === exact && match.otherOrg) || !publishes(exact, words.org));
    if (!otherOrg) return { model: exact, as: 'catalog' };
    const how = `re-upload of ${exact.name} by ${words.org} (architecture of ${exact.id})`;
    return { model: exact, as: 'derivative', how };
  }
  const match = findBaseInName(name);
  // A name that holds all of a catalog model's words and nothing else is that model (DeepSeek V3.1 is
  // its own catalog entry now); a same-architecture row speaks only for names the catalog lacks.
  // So is a name built on a catalog model that the row itself names ("DeepSeek-V3.1-Terminus" is
  // built on the catalog's V3.1, nearer than the V3 the row for V3.1 points to).
  const whole = match !== undefined && match.extra.length === 0;
  let same = whole ? undefined : sameArchitectureBase(words);
  if (same && match && match.model !== same.model && holdsAll(match.model, same.words)) same = undefined;
  // A name that writes another catalog base's own words, which the family row does not know, is
  // built on that base: "zephyr-7b-gemma" is Zephyr on Gemma 7B, not on Zephyr's Mistral 7B.
  if (same && match && match.model !== same.model) {
    const row = same.words;
    const base = nameWords(match.model.id).words.filter(w => !row.includes(w));
    const usual = nameWords(same.model.id).words.filter(w => !/^v\d/.test(w));
    if (base.length === nameWords(match.model.id).words.length && !usual.every(w => words.words.includes(w))) {
      same = undefined;
    }
  }
  if (same) {
    const how = `built on ${same.model.name}: same architecture (${same.source})`;
    return { model: same.model, as: 'derivative', how };
  }
  if (!match || match.extra.some(w => OTHER_KIND.test(w))) return undefined;
  const { model } = match;
  // No version written: the maker's own or a hosted "mistral-7b-instruct" names no single release; a
  // fine-tune or another organisation's upload is built on the first (see baseInName).
  let version = '';
  if (match.unversioned) {
    if (!match.otherOrg && match.extra.length === 0) return undefined;
    if (hosted && match.extra.length === 0) return undefined;
    const others = match.unversioned.map(m => m.name).join(', ');
    version = `; no version written: the first release's (${others} share its shape)`;
  }
  if (match.extra.length === 0 && (hosted || !match.otherOrg)) return { model, as: 'catalog' };
  const kind = match.extra.length ? 'fine-tune' : 're-upload';
  const by = words.org && match.otherOrg ? ` by ${words.org}` : '';
  return { model, as: 'derivative', how: `${kind} of ${model.name}${by} (architecture of ${model.id})${version}` };
}

/** Whether an organisation publishes a catalog model under one of its ids or aliases. */
function publishes(model: CatalogModel, org: string): boolean {
  return [model.id, ...(model.aliases ?? [])].some(
    id => id.slice(0, Math.max(0, id.lastIndexOf('/'))).toLowerCase() === org,
  );
}

/** Whether one of a catalog model's ids or aliases holds all of these words in order. */
function holdsAll(model: CatalogModel, words: string[]): boolean {
  return [model.id, ...(model.aliases ?? [])].some(id => {
    let i = 0;
    for (const w of nameWords(id).words) if (i < words.length && w === words[i]) i++;
    return i === words.length;
  });
}
