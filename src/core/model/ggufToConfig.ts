// A GGUF header's metadata restated as the config.json fields modelFromConfig reads, so that a
// GGUF file and a config go through one reader. Keys are llama.cpp's (gguf-py/gguf/constants.py
// Keys.LLM / Keys.Attention / Keys.SSM: "<arch>.block_count", "<arch>.attention.head_count_kv", …);
// values may be per-layer arrays (head counts of Nemotron NAS "deci", OpenELM) and 64-bit
// integers arrive as bigint.
import type { Json } from './configFields';

/** llama.cpp architecture name → Transformers model_type. */
const ARCH_TO_TYPE: Record<string, string> = {
  llama: 'llama',
  mistral3: 'mistral',
  qwen2: 'qwen2',
  qwen2moe: 'qwen2_moe',
  qwen3: 'qwen3',
  qwen3moe: 'qwen3_moe',
  qwen3next: 'qwen3_next',
  gemma: 'gemma',
  gemma2: 'gemma2',
  gemma3: 'gemma3_text',
  gemma3n: 'gemma3n_text',
  phi2: 'phi',
  phi3: 'phi3',
  phimoe: 'phimoe',
  deepseek2: 'deepseek_v3',
  'gpt-oss': 'gpt_oss',
  'command-r': 'cohere',
  cohere2: 'cohere2',
  falcon: 'falcon',
  gpt2: 'gpt2',
  gptneox: 'gpt_neox',
  starcoder: 'gpt_bigcode',
  starcoder2: 'starcoder2',
  bert: 'bert',
  'nomic-bert': 'bert',
  chatglm: 'chatglm',
  glm4: 'glm4',
  glm4moe: 'glm4_moe',
  exaone: 'exaone',
  exaone4: 'exaone4',
  granite: 'granite',
  granitemoe: 'granitemoe',
  olmo: 'olmo',
  olmo2: 'olmo2',
  olmoe: 'olmoe',
  nemotron: 'nemotron',
  nemotron_h: 'nemotron_h',
  deci: 'nemotron-nas',
  'hunyuan-moe': 'hunyuan_v1_moe',
  'hunyuan-dense': 'hunyuan_v1_dense',
  mamba2: 'mamba2',
  t5: 't5',
  llama4: 'llama4_text',
  minimax_m2: 'minimax_m2',
  smollm3: 'smollm3',
};

function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

export interface GgufTensorShape {
  name: string;
  elements: number;
  shape: number[];
}
export interface GgufConfig {
  config: Json;
  arch: string;
}

export function ggufToConfig(metadata: Record<string, unknown>, tensors: GgufTensorShape[]): GgufConfig {
  const arch = String(metadata['general.architecture'] ?? '');
  if (!arch) throw new TypeError('GGUF metadata has no general.architecture');
  const m = (key: string): unknown => plain(metadata[`${arch}.${key}`]);
  const max = (v: unknown) => (Array.isArray(v) ? Math.max(...(v as number[])) : v);
  const config: Json = { model_type: ARCH_TO_TYPE[arch] ?? arch };
  const set = (field: string, v: unknown) => {
    if (v !== undefined && v !== null) config[field] = v;
  };
  set('num_hidden_layers', m('block_count'));
  set('hidden_size', m('embedding_length'));
  set('num_attention_heads', max(m('attention.head_count')));
  const kv = m('attention.head_count_kv');
  set('num_key_value_heads', Array.isArray(kv) && kv.every(x => x === kv[0]) ? kv[0] : kv);
  set('max_position_embeddings', m('context_length'));
  const ffn = m('feed_forward_length');
  set('intermediate_size', max(ffn));
  if (Array.isArray(ffn)) set('per_layer_ffn', ffn);
  const keyLength = m('attention.key_length_mla') ?? m('attention.key_length');
  const valueLength = m('attention.value_length_mla') ?? m('attention.value_length');
  if (keyLength !== undefined) set('head_dim', keyLength);
  const tokens = metadata['tokenizer.ggml.tokens'];
  const embd = tensors.find(t => t.name === 'token_embd.weight');
  set('vocab_size', m('vocab_size') ?? (Array.isArray(tokens) ? tokens.length : undefined) ?? embd?.shape[1]);
  if (tensors.length) config.tie_word_embeddings = !tensors.some(t => t.name === 'output.weight');
  // Mixture of experts.
  set('num_local_experts', m('expert_count'));
  set('num_experts_per_tok', m('expert_used_count'));
  set('moe_intermediate_size', m('expert_feed_forward_length'));
  const shared = m('expert_shared_count');
  const sharedWidth = m('expert_shared_feed_forward_length');
  if (sharedWidth !== undefined) set('shared_expert_intermediate_size', sharedWidth);
  else set('n_shared_experts', shared);
  set('first_k_dense_replace', m('leading_dense_block_count'));
  set('interleave_moe_layer_step', m('interleave_moe_layer_step'));
  // Attention windows.
  const window = m('attention.sliding_window');
  set('sliding_window', window);
  const pattern = m('attention.sliding_window_pattern');
  const layers = Number(config.num_hidden_layers);
  if (Array.isArray(pattern) && pattern.length === layers) {
    config.layer_types = pattern.map(s => (s ? 'sliding_attention' : 'full_attention'));
  } else if (typeof pattern === 'number') set('sliding_window_pattern', pattern);
  // MLA.
  const kvLora = m('attention.kv_lora_rank');
  if (kvLora !== undefined) {
    const rope = Number(m('rope.dimension_count') ?? 64);
    Object.assign(config, {
      kv_lora_rank: kvLora,
      q_lora_rank: m('attention.q_lora_rank') ?? null,
      qk_rope_head_dim: rope,
      qk_nope_head_dim: Number(keyLength) - rope,
      v_head_dim: valueLength,
    });
  }
  readSsm(m, config, kv, ffn, layers);
  return { config, arch };
}

/** Mamba-2 and Gated DeltaNet layers: llama.cpp's ssm.* keys. */
function readSsm(m: (k: string) => unknown, config: Json, kv: unknown, ffn: unknown, layers: number): void {
  const state = m('ssm.state_size');
  if (state === undefined) return;
  const inner = Number(m('ssm.inner_size'));
  const heads = Number(m('ssm.time_step_rank'));
  const groups = Number(m('ssm.group_count') ?? 1);
  const conv = m('ssm.conv_kernel');
  if (config.model_type === 'qwen3_next') {
    Object.assign(config, {
      linear_num_key_heads: groups,
      linear_num_value_heads: heads,
      linear_key_head_dim: state,
      linear_value_head_dim: inner / heads,
      linear_conv_kernel_dim: conv,
      full_attention_interval: m('full_attention_interval') ?? 4,
    });
    return;
  }
  Object.assign(config, {
    mamba_num_heads: heads,
    mamba_head_dim: inner / heads,
    ssm_state_size: state,
    n_groups: groups,
    conv_kernel: conv,
  });
  // Which layers hold attention, an MLP or a Mamba mixer: llama.cpp marks them by zero head
  // counts and zero FFN widths.
  if (Array.isArray(kv) && kv.length === layers) {
    config.hybrid_override_pattern = kv.map((n, i) => (n ? '*' : Array.isArray(ffn) && ffn[i] ? '-' : 'M')).join('');
  }
}
