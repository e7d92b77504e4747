// The architecture facts the estimator works from. A catalog model provides them from its
// config.json; a bare size label borrows them from the catalog model closest in size (a template
// fitted to the catalog), which is why label-only estimates carry wider uncertainty.
import type { CatalogModel } from '../catalog/catalogModel';
import { catalogModels } from '../catalog/lookupModel';
import { familyHint } from '../catalog/modelFamilies';

export type Architecture = Pick<
  CatalogModel,
  | 'layers'
  | 'hiddenSize'
  | 'intermediateSize'
  | 'attentionHeads'
  | 'kvHeads'
  | 'headDim'
  | 'vocabSize'
  | 'tiedEmbeddings'
  | 'contextLength'
  | 'slidingWindow'
  | 'slidingLayers'
  | 'kvLoraRank'
  | 'qkRopeHeadDim'
  | 'qkNopeHeadDim'
  | 'vHeadDim'
  | 'linearAttentionLayers'
  | 'recurrentStateBytes'
  | 'experts'
  | 'expertsPerToken'
  | 'expertIntermediateSize'
  | 'sharedExperts'
  | 'sharedExpertIntermediateSize'
  | 'denseLayers'
  | 'moeLayerStep'
  | 'qLoraRank'
  | 'visionParams'
  | 'kvLayers'
  | 'perLayerEmbeddings'
  | 'layerBlocks'
  | 'expertLatentSize'
  | 'fullAttentionKvHeads'
  | 'encoderDecoder'
  | 'encoderTokens'
  | 'fullAttentionHeadDim'
>;

/** Parameters in the token embedding and output matrices (counted once when tied). */
export function embeddingParams(a: Architecture): number {
  return a.vocabSize * a.hiddenSize * (a.tiedEmbeddings ? 1 : 2);
}

// Families a name can point to ("open_llama_7b" → llama, "qwen-7b-sft" → qwen2). Without a hint,
// dense labels take the shape of a Llama model and MoE labels that of a Mixtral/Qwen3-MoE model:
// the family templates of docs/ESTIMATION.md section 2.2 (hints: data/modelFamilies.json).
const DEFAULT_DENSE = ['llama'];
const DEFAULT_MOE = ['mixtral', 'qwen3-moe'];

function candidates(moe: boolean, name: string): CatalogModel[] {
  const hinted = familyHint(name);
  const of = (families: readonly string[], modern: boolean) =>
    catalogModels().filter(
      m =>
        families.includes(m.family) &&
        (m.experts !== undefined) === moe &&
        m.visionParams === undefined &&
        m.template !== false &&
        // Without a family named, today's models are meant: grouped-query attention, not Llama 2's
        // full multi-head cache (4–8× the KV memory).
        (!modern || m.kvHeads < m.attentionHeads),
    );
  const list = hinted ? of(hinted, false) : [];
  return list.length ? list : of(moe ? DEFAULT_MOE : DEFAULT_DENSE, true);
}

/**
 * The catalog model of the right family whose size is closest to `params` (by ratio): the shape
 * lent to a model known only by its size label.
 */
export function templateFor(params: number, moe: boolean, name = ''): CatalogModel {
  let best: CatalogModel | undefined;
  let bestDistance = Infinity;
  for (const m of candidates(moe, name)) {
    const distance = Math.abs(Math.log(m.params / params));
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  if (!best) throw new Error('the model catalog holds no template model');
  return best;
}

/**
 * The family models just below and just above `params`, and how far `params` lies between them
 * (0 at the lower, 1 at the upper, by log size): weights are blended between the two so that an
 * estimate never jumps when the nearest template changes. One model alone when `params` is
 * outside the family's range.
 */
export function templatesAround(
  params: number,
  moe: boolean,
  name = '',
): { lower: CatalogModel; upper: CatalogModel; t: number } {
  const list = candidates(moe, name);
  let lower: CatalogModel | undefined;
  let upper: CatalogModel | undefined;
  for (const m of list) {
    if (m.params <= params && (!lower || m.params > lower.params)) lower = m;
    if (m.params >= params && (!upper || m.params < upper.params)) upper = m;
  }
  if (!lower && !upper) throw new Error('the model catalog holds no template model');
  if (!lower || !upper || lower === upper) {
    const only = (lower ?? upper)!;
    return { lower: only, upper: only, t: 0 };
  }
  return { lower, upper, t: Math.log(params / lower.params) / Math.log(upper.params / lower.params) };
}
