// The per-layer block list of a hybrid (CatalogModel.layerBlocks): two characters per layer, its
// token mixer (A attention, L linear/recurrent/convolution, N none) and its feed-forward (D dense,
// E MoE, N none). Written only for stacks the other fields cannot describe: layers without an FFN,
// or Mamba/convolution mixers. Nemotron NAS keeps its mean FFN width instead (its "linear"
// replacement blocks are matrices the estimator lays out as FFN tensors).
import type { ArchSpec, LayerSpec } from './archSpec';

function mixerChar(l: LayerSpec): string {
  if (l.mixer === 'full' || l.mixer === 'sliding') return 'A';
  return l.mixer === 'none' ? 'N' : 'L';
}

function ffnChar(l: LayerSpec): string {
  return l.ffn === 'moe' ? 'E' : l.ffn === 'none' ? 'N' : 'D';
}

export function layerBlocks(spec: ArchSpec): string | undefined {
  if (spec.modelType === 'nemotron-nas') return undefined;
  const irregular = spec.layers.some(l => l.ffn === 'none' || l.mixer === 'mamba' || l.mixer === 'conv');
  if (!irregular) return undefined;
  return spec.layers.map(l => mixerChar(l) + ffnChar(l)).join('');
}
