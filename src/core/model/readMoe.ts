// The mixture-of-experts part of a config: how many experts, how wide, how many per token, shared
// experts, and which layers are MoE (DeepSeek's first_k_dense_replace and moe_layer_freq,
// Qwen's decoder_sparse_step and mlp_only_layers, Llama 4's interleave_moe_layer_step, ERNIE's
// start/end/interval).
import type { ConfigFields } from './configFields';
import type { MoeSpec } from './archSpec';

export interface MoeRead {
  spec: MoeSpec;
  isMoeLayer: (layer: number, layers: number) => boolean;
}

export function readMoe(f: ConfigFields, intermediate: number): MoeRead | undefined {
  const experts = f.num('num_local_experts', 'n_routed_experts', 'num_experts', 'moe_num_experts');
  if (!experts || experts < 2) return undefined;
  const perToken =
    f.num(
      'num_experts_per_tok',
      'experts_per_token',
      'moe_topk',
      'moe_k',
      'moe_top_k',
      'num_selected_experts',
      'top_k_experts',
    ) ?? 1;
  const t = f.modelType;
  const width =
    t === 'llama4_text' ? intermediate : (f.num('moe_intermediate_size', 'expert_intermediate_size') ?? intermediate);
  let sharedWidth = 0;
  let sharedCount = 0;
  const sharedTotal = f.num(
    'shared_expert_intermediate_size',
    'moe_shared_expert_intermediate_size',
    'shared_intermediate_size',
  );
  const nShared = f.num('n_shared_experts', 'num_shared_expert', 'moe_num_shared_experts', 'num_shared_experts');
  if (sharedTotal) {
    sharedWidth = sharedTotal;
    sharedCount = 1;
  } else if (t === 'llama4_text') {
    sharedWidth = intermediate;
    sharedCount = 1;
  } else if (nShared) {
    sharedCount = nShared;
    // Hunyuan's shared MLP is intermediate_size wide per shared expert; the others' moe_intermediate_size.
    sharedWidth = (t.startsWith('hunyuan') ? intermediate : width) * nShared;
  }
  const scoring = f.str('topk_method', 'scoring_func');
  const routerBias =
    t === 'gpt_oss' ||
    scoring === 'noaux_tc' ||
    f.bool('use_routing_bias') === true ||
    f.bool('use_expert_bias') === true ||
    t === 'afmoe' ||
    t === 'glm4_moe' ||
    t === 'solar_open' ||
    f.bool('moe_router_enable_expert_bias') === true ||
    (t === 'ernie4_5_moe' && f.bool('moe_use_aux_free') === true);
  const spec: MoeSpec = {
    experts,
    perToken,
    width,
    sharedWidth,
    sharedCount,
    routerBias,
    sharedGate: sharedTotal !== undefined && ['qwen2_moe', 'qwen3_next', 'qwen3_5_moe_text'].includes(t),
    expertBias: t === 'gpt_oss',
  };
  const latent = f.num('moe_latent_size');
  if (latent) spec.latent = latent;
  const dense = f.num('first_k_dense_replace', 'num_dense_layers') ?? 0;
  // moe_layer_freq: a step (DeepSeek), or one 0/1 flag per layer (MiniMax, MiMo).
  const flags = f.list('moe_layer_freq');
  const freq = flags && flags.length > 1 ? 1 : (f.num('moe_layer_freq') ?? 1);
  const sparseStep = f.num('decoder_sparse_step') ?? 1;
  const mlpOnly = new Set(f.list('mlp_only_layers') ?? []);
  const llamaStep = f.num('interleave_moe_layer_step') ?? 1;
  const moeLayers = f.list('moe_layers');
  const start = f.num('moe_layer_start_index') ?? 0;
  const end = f.num('moe_layer_end_index');
  const interval = f.num('moe_layer_interval') ?? 1;
  // GLM-5's mlp_layer_types: "dense" or "sparse" for each layer.
  const mlpTypes = f.value('mlp_layer_types');
  const isMoeLayer = (i: number, layers: number): boolean => {
    if (Array.isArray(mlpTypes) && mlpTypes.length === layers) return mlpTypes[i] === 'sparse';
    if (moeLayers && t === 'llama4_text') return moeLayers.includes(i);
    if (flags && flags.length > 1) return flags[i] === 1;
    if (i < dense || mlpOnly.has(i)) return false;
    if (freq > 1 && i % freq !== 0) return false;
    if ((i + 1) % sparseStep !== 0 || (i + 1) % llamaStep !== 0) return false;
    if (t.startsWith('ernie')) return i >= start && i <= (end ?? layers - 1) && (i - start) % interval === 0;
    return true;
  };
  return { spec, isMoeLayer };
}
