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
  | 'denseLayers' | 'moeLayerStep' | 'qLoraRank' | 'visionParams' | 'kvLayers' | 'perLayerEmbeddings'>;

/** Parameters in the token embedding and output matrices (counted once when tied). */
export function embeddingParams(a: Architecture): number {
  return a.vocabSize * a.hiddenSize * (a.tiedEmbeddings ? 1 : 2);
}

// Families a name can point to ("open_llama_7b" → llama, "qwen-7b-sft" → qwen2). Without a hint,
// dense labels take the shape of a Llama model and MoE labels that of a Mixtral/Qwen3-MoE model:
// the family templates of ESTIMATION.md 8.1.
const FAMILY_HINTS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/qwen3/i, ['qwen3', 'qwen3-moe']], [/qwen|qwq/i, ['qwen2']], [/gemma/i, ['gemma3', 'gemma2', 'gemma']],
  [/mixtral/i, ['mixtral']], [/mistral|codestral/i, ['mistral']], [/phi/i, ['phi3', 'phi4']],
  [/deepseek/i, ['deepseek2', 'deepseek3']], [/llama/i, ['llama']], [/falcon/i, ['falcon']],
  [/granite/i, ['granite']], [/olmo/i, ['olmo']], [/yi[-_]/i, ['yi']], [/command/i, ['command-r']],
];
const DEFAULT_DENSE = ['llama'];
const DEFAULT_MOE = ['mixtral', 'qwen3-moe'];

/**
 * The catalog model of the right family whose size is closest to `params` (by ratio): the shape
 * lent to a model known only by its size label.
 */
export function templateFor(params: number, moe: boolean, name = ''): CatalogModel {
  const hinted = FAMILY_HINTS.find(([re]) => re.test(name))?.[1];
  const pick = (families: readonly string[]) => {
    let best: CatalogModel | undefined;
    let bestDistance = Infinity;
    for (const m of catalogModels()) {
      if (!families.includes(m.family) || (m.experts !== undefined) !== moe || m.visionParams !== undefined) continue;
      const distance = Math.abs(Math.log(m.params / params));
      if (distance < bestDistance) { best = m; bestDistance = distance; }
    }
    return best;
  };
  const template = (hinted && pick(hinted)) ?? pick(moe ? DEFAULT_MOE : DEFAULT_DENSE);
  if (!template) throw new Error('the model catalog holds no template model');
  return template;
}
