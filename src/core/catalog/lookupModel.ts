// Finds a catalog model from what a user writes: a Hugging Face id (with or without the
// organisation, with -Instruct/-it/-AWQ/… suffixes), a GGUF file name, an Ollama tag or a plain
// name. The catalog is parsed and the index built on first use, not when the extension starts.
import type { ModelInfo } from '../types';
import type { CatalogModel } from './catalogModel';
import MODELS_TEXT from 'json-text:../data/models.json';
import { normalizeName, withoutVersion } from './normalizeName';
import { Memo } from '../memo';
import { isBareTagSpelling, resolveName } from '../resolve/resolveName';

let catalog: readonly CatalogModel[] | undefined;
interface Index {
  names: Map<string, CatalogModel>;
  /** Ollama default tags without a size ("llama3.1", "gemma3"): a model only where Ollama is meant. */
  bareTags: Map<string, CatalogModel>;
}
let index: Index | undefined;

function buildIndex(): Index {
  const names = new Map<string, CatalogModel>();
  const bareTags = new Map<string, CatalogModel>();
  const add = (map: Map<string, CatalogModel>, name: string, model: CatalogModel) => {
    const key = normalizeName(name);
    if (key && !map.has(key)) map.set(key, model);
  };
  // Ids first, then names, aliases and tags: an exact id always wins over another model's alias.
  for (const m of catalogModels()) add(names, m.id, m);
  for (const m of catalogModels()) {
    add(names, m.name, m);
    for (const alias of m.aliases ?? []) add(names, alias, m);
    for (const tag of m.ollamaTags ?? []) add(tag.includes(':') ? names : bareTags, tag, m);
  }
  return { names, bareTags };
}

/**
 * The catalog entry for a name, or undefined. Never throws. `ollama` allows bare Ollama tags
 * ("llama3.1" means the 8B there, but in prose it names the whole family).
 */
export function findCatalogModel(name: string, ollama = false): CatalogModel | undefined {
  if (typeof name !== 'string' || name.length === 0 || name.length > 300) return undefined;
  return found.get(`${ollama ? 1 : 0}${name}`, () => find(name, ollama) ?? null) ?? undefined;
}

const found = new Memo<CatalogModel | null>(2000);

function find(name: string, ollama: boolean): CatalogModel | undefined {
  index ??= buildIndex();
  const key = normalizeName(name);
  if (!key) return undefined;
  const loose = withoutVersion(key);
  const bare = ollama && isBareTagSpelling(name) ? index.bareTags.get(key) : undefined;
  return index.names.get(key) ?? bare ?? index.names.get(loose);
}

let organisations: Set<string> | undefined;

/** Whether a Hub organisation publishes a catalog model ("meta-llama", "Qwen"); case-insensitive. */
export function isCatalogOrganisation(org: string): boolean {
  organisations ??= new Set(
    catalogModels()
      .filter(m => m.id.includes('/'))
      .map(m => m.id.split('/')[0].toLowerCase()),
  );
  return organisations.has(org.toLowerCase());
}

/** Every catalog entry, in catalog order. */
export function catalogModels(): readonly CatalogModel[] {
  catalog ??= JSON.parse(MODELS_TEXT) as readonly CatalogModel[];
  return catalog;
}

/** A copy: callers may change what they get without changing the catalog. */
export function toModelInfo(m: CatalogModel): ModelInfo {
  return { ...structuredClone(m), resolvedAs: 'catalog' };
}

/**
 * Public API: the model a name refers to, or undefined when no catalog model fits. A hosted-API id
 * or an Ollama tag gives the model it serves; a fine-tune or re-upload gives its base's facts with
 * `resolvedAs: 'derivative'`, `baseModel` and its own name as `id` (src/core/resolve/).
 */
export function lookupModel(name: string): ModelInfo | undefined {
  const r = resolveName(name, true);
  if (!r?.model) return undefined;
  const info = toModelInfo(r.model);
  if (r.as === 'derivative') Object.assign(info, { id: name.trim(), resolvedAs: 'derivative', baseModel: r.model.id });
  else info.resolvedAs = 'catalog';
  if (r.how) info.resolution = r.how;
  if (r.format) info.shippedFormat = r.format;
  return info;
}
