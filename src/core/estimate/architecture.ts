// The architecture facts the estimator works from. A catalog model provides them from its
// config.json; a bare size label borrows them from the catalog model closest in size (a template
// fitted to the catalog), which is why label-only estimates carry wider uncertainty.
import type { CatalogModel } from '../catalog/catalogModel';
import { catalogModels } from '../catalog/lookupModel';

export type Architecture = Pick<CatalogModel,
  | 'layers' | 'hiddenSize' | 'intermediateSize' | 'attentionHeads' | 'kvHeads' | 'headDim' | 'vocabSize'
  | 'tiedEmbeddings' | 'contextLength' | 'slidingWindow' | 'slidingLayers' | 'kvLoraRank' | 'qkRopeHeadDim'
  | 'qkNopeHeadDim' | 'vHeadDim' | 'linearAttentionLayers' | 'recurrentStateBytes' | 'experts'
  | 'expertsPerToken' | 'expertIntermediateSize' | 'sharedExperts' | 'sharedExpertIntermediateSize'
  | 'denseLayers' | 'moeLayerStep' | 'qLoraRank' | 'visionParams'>;

/** Parameters in the token embedding and output matrices (counted once when tied). */
export function embeddingParams(a: Architecture): number {
  return a.vocabSize * a.hiddenSize * (a.tiedEmbeddings ? 1 : 2);
}

/**
 * The catalog model whose size is closest to `params` (by ratio), among MoE models when the label
 * says MoE and dense models otherwise. Used as the shape of an unknown model.
 */
export function templateFor(params: number, moe: boolean): CatalogModel {
  let best: CatalogModel | undefined;
  let bestDistance = Infinity;
  for (const m of catalogModels()) {
    if ((m.experts !== undefined) !== moe || m.kvLoraRank !== undefined || m.linearAttentionLayers !== undefined) continue;
    const distance = Math.abs(Math.log(m.params / params));
    if (distance < bestDistance) { best = m; bestDistance = distance; }
  }
  if (!best) throw new Error('the model catalog holds no template model');
  return best;
}
