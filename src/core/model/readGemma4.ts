// Gemma 4's text model (huggingface/transformers models/gemma4/modular_gemma4.py @033b1a82):
// Gemma 3's blocks (four norms, q/k norms per head; the v norm has no weight) with
// - global (full-attention) layers of their own width: global_head_dim, and
//   num_global_key_value_heads when set; with attention_k_eq_v their values are their keys (no
//   v projection);
// - the last num_kv_shared_layers reusing earlier layers' keys and values (no k/v projections or
//   norms), their MLP twice as wide with use_double_wide_mlp;
// - with enable_moe_block, a routed-expert block beside every layer's MLP (the MLP works as an
//   always-on shared expert): a router (projection, scale per hidden unit and per expert) and
//   three more norms;
// - per-layer embeddings as Gemma 3n's (hidden_size_per_layer_input), without AltUp or LAuReL;
// - a one-element layer_scalar buffer per layer, saved in the checkpoint.
import type { ArchSpec } from './archSpec';
import type { ConfigFields } from './configFields';

export function readGemma4(f: ConfigFields, spec: ArchSpec): void {
  const h = spec.hidden;
  const n = spec.layers.length;
  const globalHeadDim = f.num('global_head_dim') || spec.headDim;
  const globalKv = f.num('num_global_key_value_heads') || spec.kvHeads;
  const kEqV = f.bool('attention_k_eq_v') === true;
  const shared = f.num('num_kv_shared_layers') ?? 0;
  const firstShared = n - shared;
  const doubleWide = f.bool('use_double_wide_mlp') === true;
  spec.layers.forEach((l, i) => {
    if (l.mixer === 'full') {
      l.headDim = globalHeadDim;
      l.kvHeads = globalKv;
      if (kEqV) l.valueIsKey = true;
    }
    if (shared > 0 && i >= firstShared) {
      l.kvShared = true;
      if (doubleWide) l.ffnWidth = 2 * spec.intermediate;
    }
  });
  if (shared > 0) spec.kvLayers = firstShared;
  let extra = n; // layer_scalar
  if (spec.moe) {
    // The dense MLP runs beside the experts on every MoE layer: counted as one shared expert.
    spec.moe.sharedWidth = spec.intermediate;
    spec.moe.sharedCount = 1;
    const moeLayers = spec.layers.filter(l => l.ffn === 'moe').length;
    extra += moeLayers * (h + spec.moe.experts + 3 * h);
  }
  const perLayer = f.num('hidden_size_per_layer_input') ?? 0;
  if (perLayer > 0) {
    const perLayerVocab = f.need('vocab_size_per_layer_input');
    spec.perLayerEmbeddings = perLayerVocab * n * perLayer;
    // Per layer: input gate, projection and norm; once: the model projection and its norm.
    extra += n * (2 * h * perLayer + h) + h * n * perLayer + perLayer;
  }
  spec.fixedParams = (spec.fixedParams ?? 0) + extra;
  if (globalHeadDim !== spec.headDim || globalKv !== spec.kvHeads) {
    spec.notes.push(`global layers: ${globalKv} KV heads of ${globalHeadDim}${kEqV ? ', values = keys' : ''}`);
  }
}
