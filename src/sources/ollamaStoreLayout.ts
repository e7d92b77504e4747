// The Ollama model store as ollama writes it (ollama/ollama, commit
// fb30760996871fa9460115c753afd2c60d4ab0f7):
// - envconfig/config.go Models() (line 113): $OLLAMA_MODELS, else ~/.ollama/models.
// - types/model/name.go: a name is [host/][namespace/]model[:tag] with the defaults
//   registry.ollama.ai, library and latest (lines 39-41); Filepath() (line 292) is
//   host/namespace/model/tag under manifests/ (manifest/paths.go Path, PathForName).
// - manifest/paths.go BlobsPath: a digest `sha256:<64 hex>` is stored as blobs/sha256-<64 hex>.
// - manifest/manifest.go, layer.go: the manifest is JSON with `layers` of { mediaType, digest,
//   size }; server/create.go writes the weights as application/vnd.ollama.image.model and a
//   vision projector as application/vnd.ollama.image.projector.
// Pure: parsing and paths only.
import type { Env } from './hfCacheLayout';
import { expandPath } from './hfCacheLayout';

export const MODEL_MEDIA_TYPE = 'application/vnd.ollama.image.model';
export const PROJECTOR_MEDIA_TYPE = 'application/vnd.ollama.image.projector';

export interface OllamaName {
  host: string;
  namespace: string;
  model: string;
  tag: string;
}

export function ollamaModelsDir(env: Env, home: string | undefined): string | undefined {
  const set = env.OLLAMA_MODELS;
  if (set) return expandPath(set, env, home);
  return home ? `${home.replace(/[\\/]+$/, '')}/.ollama/models` : undefined;
}

const PART = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,79}$/;
const HOST = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,349}$/;

/** `qwen3:8b` → registry.ollama.ai/library/qwen3/8b; `hf.co/org/repo:Q4_K_M` keeps its host and namespace. */
export function parseOllamaName(s: string): OllamaName {
  const colon = s.lastIndexOf(':');
  const slash = s.lastIndexOf('/');
  const hasTag = colon > slash;
  const path = hasTag ? s.slice(0, colon) : s;
  const tag = hasTag ? s.slice(colon + 1) : 'latest';
  const parts = path.split('/');
  if (parts.length > 3 || parts.some(p => !p)) throw new TypeError(`${JSON.stringify(s)} is not an Ollama model name`);
  const model = parts[parts.length - 1];
  const namespace = parts.length >= 2 ? parts[parts.length - 2] : 'library';
  const host = parts.length === 3 ? parts[0] : 'registry.ollama.ai';
  if (![model, namespace, tag].every(p => PART.test(p) && p !== '..') || !HOST.test(host)) {
    throw new TypeError(`${JSON.stringify(s)} is not an Ollama model name`);
  }
  return { host, namespace, model, tag };
}

/** The manifest's path under the store folder. */
export function manifestPath(n: OllamaName): string {
  return `manifests/${n.host}/${n.namespace}/${n.model}/${n.tag}`;
}

/** `sha256:abc…` → `blobs/sha256-abc…`; anything else is refused (BlobsPath accepts only sha256 digests). */
export function blobPath(digest: string): string {
  if (typeof digest !== 'string' || !/^sha256[:-][0-9a-fA-F]{64}$/.test(digest)) {
    throw new TypeError(`layer digest ${JSON.stringify(String(digest).slice(0, 80))} is not a sha256 digest`);
  }
  return `blobs/${digest.replace(':', '-')}`;
}

export interface OllamaLayer {
  digest: string;
  size: number;
}
export interface OllamaLayers {
  model: OllamaLayer;
  projectors: OllamaLayer[];
}

/** The weights layer and any projector layers of a manifest's text. */
export function readManifest(text: string): OllamaLayers {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    if (e instanceof SyntaxError) throw new TypeError('the manifest is not JSON');
    throw e;
  }
  const layers = (json as { layers?: unknown })?.layers;
  if (!Array.isArray(layers)) throw new TypeError('the manifest has no layers');
  const pick = (type: string) =>
    layers
      .filter(
        (l): l is { mediaType: string; digest: string; size: unknown } =>
          !!l && typeof l === 'object' && l.mediaType === type,
      )
      .map(l => {
        blobPath(l.digest);
        const size = typeof l.size === 'number' && Number.isSafeInteger(l.size) && l.size >= 0 ? l.size : -1;
        return { digest: l.digest, size };
      });
  const models = pick(MODEL_MEDIA_TYPE);
  if (models.length === 0) throw new TypeError(`the manifest has no ${MODEL_MEDIA_TYPE} layer`);
  return { model: models[0], projectors: pick(PROJECTOR_MEDIA_TYPE) };
}
