// The catalog built from real configs: each entry of src/core/data/models.json that has a real
// config.json in test/data/configs takes every architecture field from modelFromConfig (the same
// reader users' files go through), and keeps only what a config cannot say by hand: names,
// aliases, Ollama tags, the published parameter count, the documented context, the release
// format and the sources. Configs of models the catalog lacks become new entries. Run by
// `node out/test/bench/buildCatalog.js` (writes models.json) and checked by a unit test (models.json
// must equal what this builds).
import type { CatalogModel } from '../../src/core/catalog/catalogModel';
import { modelFromConfig, type ConfigModelInfo } from '../../src/core/model/modelFromConfig';
import { normalizeName } from '../../src/core/catalog/normalizeName';
import { tensorInventory } from '../../src/core/estimate/tensorInventory';
import type { ConfigSource } from '../unit/core/model/realConfigs';

/** Fields that come from the config reader and nowhere else. */
export const ARCH_FIELDS = [
  'layers',
  'hiddenSize',
  'intermediateSize',
  'attentionHeads',
  'kvHeads',
  'headDim',
  'vocabSize',
  'tiedEmbeddings',
  'attentionBias',
  'gatedFfn',
  'experts',
  'expertsPerToken',
  'expertIntermediateSize',
  'sharedExperts',
  'sharedExpertIntermediateSize',
  'expertLatentSize',
  'denseLayers',
  'moeLayerStep',
  'slidingWindow',
  'slidingLayers',
  'fullAttentionKvHeads',
  'fullAttentionHeadDim',
  'kvLoraRank',
  'qLoraRank',
  'qkRopeHeadDim',
  'qkNopeHeadDim',
  'vHeadDim',
  'perLayerEmbeddings',
  'kvLayers',
  'linearAttentionLayers',
  'recurrentStateBytes',
  'layerBlocks',
  'encoderOnly',
  'encoderDecoder',
  'encoderTokens',
] as const;

/** Field order of an entry in models.json. */
const ORDER = [
  'id',
  'name',
  'family',
  'aliases',
  'ollamaTags',
  'params',
  'activeParams',
  // the shape first (layers … tiedEmbeddings), then the context and dtype, then the rest
  ...ARCH_FIELDS.slice(0, ARCH_FIELDS.indexOf('tiedEmbeddings') + 1),
  'contextLength',
  'nativeDtype',
  ...ARCH_FIELDS.slice(ARCH_FIELDS.indexOf('tiedEmbeddings') + 1),
  'visionParams',
  'releasedQuant',
  'ollamaDefaultQuant',
  'estimated',
  'config',
  'source',
  'note',
];

/** Repositories of the same weights in another format: not separate catalog entries. */
const FORMAT_VARIANT = /[-_](FP8|NVFP4|AWQ|GPTQ|INT4|INT8|W4A16|W8A8|MXFP4|GGUF|bnb)\b|-FP8-/i;

export interface BuildResult {
  models: CatalogModel[];
  fromConfig: number;
  added: number;
  handTyped: string[];
}

function ordered(m: Record<string, unknown>): CatalogModel {
  const out: Record<string, unknown> = {};
  for (const k of ORDER) if (m[k] !== undefined) out[k] = m[k];
  for (const k of Object.keys(m)) if (!(k in out) && m[k] !== undefined) out[k] = m[k];
  return out as unknown as CatalogModel;
}

function configSourceText(s: ConfigSource): string {
  // Repository, commit (12 digits resolve on GitHub) and path; SOURCES.json holds the full record.
  return `config.json: ${s.repo}@${s.commit.slice(0, 12)} ${s.path}`;
}

/** Whether a computed count agrees with a published one to the figure's own precision. */
function exactCount(n: number | null | undefined): n is number {
  return typeof n === 'number' && n > 0 && String(n).replace(/0+$/, '').length >= 7;
}

export function buildCatalog(
  current: readonly CatalogModel[],
  sources: Record<string, ConfigSource>,
  read: (file: string) => string,
): BuildResult {
  const byModel = new Map<string, string>();
  for (const [file, s] of Object.entries(sources)) byModel.set(normalizeName(s.model), file);
  const models: CatalogModel[] = [];
  const handTyped: string[] = [];
  const taken = new Set<string>();
  let fromConfig = 0;
  // Entries added from configs are rebuilt from their config every time; curated ones are updated.
  const curated = current.filter(m => m.template !== false);
  for (const entry of curated) {
    const names = [entry.id, ...(entry.aliases ?? [])];
    const file = entry.config ?? names.map(n => byModel.get(normalizeName(n))).find(Boolean);
    if (!file || !sources[file]) {
      handTyped.push(entry.id);
      models.push(ordered({ ...entry }));
      continue;
    }
    const info = modelFromConfig(read(file), { id: entry.id });
    const next: Record<string, unknown> = { ...entry, config: file };
    for (const k of ARCH_FIELDS) next[k] = info[k as keyof ConfigModelInfo];
    models.push(ordered(next));
    taken.add(file);
    fromConfig++;
  }
  const known = new Set(curated.flatMap(m => [m.id, ...(m.aliases ?? [])].map(normalizeName)));
  let added = 0;
  for (const [file, s] of Object.entries(sources).sort(([a], [b]) => a.localeCompare(b))) {
    if (taken.has(file) || FORMAT_VARIANT.test(s.model) || known.has(normalizeName(s.model))) continue;
    let info: ConfigModelInfo;
    try {
      info = modelFromConfig(read(file), { id: s.model });
    } catch {
      continue;
    }
    // Only configs that say everything an estimate needs (a context length too).
    if (/not one this reader knows/.test(info.source) || !info.contextLength) continue;
    // Omni checkpoints are read through their thinker only: their speech parts are not counted.
    if (/speech and talker parts not counted/.test(info.source)) continue;
    const published = exactCount(s.publishedParams) ? s.publishedParams : undefined;
    const entry: Record<string, unknown> = {
      id: s.model,
      name: s.model.split('/').pop(),
      family: info.family,
      // NVIDIA writes versions with underscores in repo names (Llama-3_3-Nemotron); people write 3.3.
      aliases: /\d_\d/.test(s.model) ? [s.model.replace(/(\d)_(\d)/g, '$1.$2')] : undefined,
      params: published ?? info.params,
      contextLength: info.contextLength,
      nativeDtype: info.nativeDtype,
      activeParams: info.activeParams !== undefined ? Math.round(info.activeParams) : undefined,
      visionParams: info.visionParams !== undefined ? Math.round(info.visionParams) : undefined,
      releasedQuant: info.releasedQuant,
      config: file,
      template: false,
      source:
        `${configSourceText(s)}; params ` +
        `${published ? `published: ${s.publishedSource}` : 'computed from the config'}` +
        `${!published && s.publishedSource ? ` (published figure: ${s.publishedSource})` : ''}`,
    };
    for (const k of ARCH_FIELDS) entry[k] = info[k as keyof ConfigModelInfo];
    // Only models the estimator's tensor layout can represent (uniform blocks: not Mamba hybrids
    // or NAS stacks whose layers drop attention or FFN): their tensors must add up to the count.
    const shape = { ...entry, family: String(entry.family) } as unknown as Parameters<typeof tensorInventory>[0];
    const elements = tensorInventory(shape).reduce((sum, t) => sum + t.elements, 0);
    if (Math.abs(elements - Number(entry.params)) > 1e-6 * Number(entry.params)) continue;
    if (info.mtpParams) {
      entry.note = `the checkpoint also holds ${(info.mtpParams / 1e9).toFixed(2)}B of multi-token-prediction layers`;
    }
    models.push(ordered(entry));
    known.add(normalizeName(s.model));
    added++;
  }
  return { models, fromConfig, added, handTyped };
}
