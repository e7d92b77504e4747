// A ModelInfo handed to estimateMemory (from lookupModel, modelFromConfig, modelFromGguf or the
// caller's own) becomes the facts an estimate stands on: its own architecture, keyed for the
// memos by its fields, and for a GGUF header its tensors' exact bytes.
import type { ModelInfo } from '../types';
import type { CatalogModel } from '../catalog/catalogModel';
import type { ResolvedModel } from '../estimate/resolveModel';
import { modelFingerprint } from './fingerprint';
import { tensorInventory, type InventoryShape } from '../estimate/tensorInventory';

/** Why a model its config shows to be an encoder (modelFromConfig's encoderOnly) keeps no KV cache. */
const ENCODER_ONLY = 'a bidirectional encoder (its config.json): one pass per input, no KV cache is kept';

export function resolveModelInfo(info: ModelInfo, params?: number, activeParams?: number): ResolvedModel {
  // Fields a minimal ModelInfo may leave out get neutral values: no FFN width means the tensors
  // past attention and embeddings are priced as one block of linear weights.
  const model = {
    family: 'other',
    intermediateSize: 0,
    tiedEmbeddings: false,
    nativeDtype: 'BF16',
    name: info.id,
    ...info,
  } as unknown as CatalogModel;
  // Models whose layers are not alike (Mamba hybrids, NAS stacks with no-op blocks) have fewer
  // tensors than the estimator's per-layer layout lists: keep its mix of kinds, scaled to the
  // model's real count, so that the weights add up to the parameters.
  const listed = tensorInventory(model as unknown as InventoryShape).reduce((sum, t) => sum + t.elements, 0);
  if (listed > model.params * 1.001) (model as unknown as InventoryShape).elementScale = model.params / listed;
  const gguf = info.resolvedAs === 'gguf' && typeof info.ggufTensorBytes === 'number' && info.ggufTensorBytes > 0;
  return {
    params: params ?? info.params,
    activeParams: activeParams ?? info.activeParams,
    arch: model,
    key: modelFingerprint(info),
    basis: gguf ? 'exact' : 'config',
    catalog: model,
    origin:
      info.resolvedAs === 'gguf'
        ? 'its GGUF header'
        : info.resolvedAs === 'config' || info.resolvedAs === 'catalog'
          ? 'its config.json'
          : 'the model facts given',
    ...(gguf ? { fileWeightsBytes: info.ggufTensorBytes as number } : {}),
    ...(info.encoderOnly === true ? { noKvCache: ENCODER_ONLY } : {}),
  };
}
