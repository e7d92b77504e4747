// Values a config.json may leave out because the Transformers config class supplies them: the
// defaults of each class's __init__ (huggingface/transformers
// src/transformers/models/<model_type>/configuration_<model_type>.py). Only the fields the model
// reader needs, and only where checkpoints are known to omit them (Gemma 3's text_config names
// neither its vocabulary nor its window; GPT-2 style configs leave out the FFN width).
// `tie_word_embeddings` is listed for every type: PretrainedConfig defaults it to true, and most
// causal-LM classes override it to false.

export type ConfigDefaults = Readonly<Record<string, number | boolean | string | null>>;

export const CONFIG_DEFAULTS: Readonly<Record<string, ConfigDefaults>> = {
  llama: {
    vocab_size: 32000, max_position_embeddings: 2048, tie_word_embeddings: false, attention_bias: false,
    hidden_size: 4096, intermediate_size: 11008, num_hidden_layers: 32, num_attention_heads: 32,
  },
  mistral: {
    vocab_size: 32000, max_position_embeddings: 131072, tie_word_embeddings: false, hidden_size: 4096,
    intermediate_size: 14336, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 8,
  },
  opt: { tie_word_embeddings: true, enable_bias: true },
  mixtral: { vocab_size: 32000, tie_word_embeddings: false, num_local_experts: 8, num_experts_per_tok: 2 },
  qwen2: {
    tie_word_embeddings: false, use_sliding_window: false, vocab_size: 151936, hidden_size: 4096,
    intermediate_size: 22016, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 32,
  },
  qwen2_moe: { tie_word_embeddings: false, use_sliding_window: false, decoder_sparse_step: 1 },
  qwen3: { tie_word_embeddings: false, use_sliding_window: false },
  qwen3_moe: { tie_word_embeddings: false, use_sliding_window: false, decoder_sparse_step: 1 },
  qwen3_next: { tie_word_embeddings: false, full_attention_interval: 4, linear_conv_kernel_dim: 4 },
  deepseek_v2: { tie_word_embeddings: false, first_k_dense_replace: 0, moe_layer_freq: 1, num_nextn_predict_layers: 0 },
  deepseek_v3: { tie_word_embeddings: false, first_k_dense_replace: 3, moe_layer_freq: 1 },
  deepseek_v32: { tie_word_embeddings: false, first_k_dense_replace: 3, moe_layer_freq: 1 },
  kimi_k2: { tie_word_embeddings: false, moe_layer_freq: 1 },
  glm4_moe: { tie_word_embeddings: false, attention_bias: false, use_qk_norm: false, first_k_dense_replace: 1 },
  glm4: { tie_word_embeddings: false, attention_bias: true },
  gpt_oss: { tie_word_embeddings: false, sliding_window: 128, head_dim: 64, attention_bias: true },
  gemma: { vocab_size: 256000, head_dim: 256, tie_word_embeddings: true, max_position_embeddings: 8192 },
  gemma2: { vocab_size: 256000, head_dim: 256, tie_word_embeddings: true, sliding_window: 4096 },
  gemma3_text: {
    vocab_size: 262208, head_dim: 256, tie_word_embeddings: true, sliding_window: 4096, sliding_window_pattern: 6,
    max_position_embeddings: 131072, num_key_value_heads: 4, num_attention_heads: 8, hidden_size: 2304,
    intermediate_size: 9216, num_hidden_layers: 26,
  },
  gemma3n_text: {
    vocab_size: 262400, vocab_size_per_layer_input: 262144, hidden_size_per_layer_input: 256, head_dim: 256,
    tie_word_embeddings: true, sliding_window: 512, laurel_rank: 64, altup_num_inputs: 4, num_kv_shared_layers: 15,
  },
  phi: { vocab_size: 51200, tie_word_embeddings: false, partial_rotary_factor: 0.5 },
  minicpm: { tie_word_embeddings: true },
  phi3: { vocab_size: 32064, tie_word_embeddings: false },
  phi3small: { tie_word_embeddings: true },
  phimoe: { vocab_size: 32064, tie_word_embeddings: false },
  falcon: {
    vocab_size: 65024, hidden_size: 4544, num_hidden_layers: 32, num_attention_heads: 71, multi_query: true,
    parallel_attn: true, bias: false, new_decoder_architecture: false, tie_word_embeddings: true,
    max_position_embeddings: 2048,
  },
  gpt2: {
    vocab_size: 50257, n_positions: 1024, n_embd: 768, n_layer: 12, n_head: 12, n_inner: null,
    tie_word_embeddings: true,
  },
  gpt_bigcode: {
    vocab_size: 50257, n_positions: 1024, n_embd: 768, n_layer: 12, n_head: 12, multi_query: true,
    tie_word_embeddings: true,
  },
  gpt_neox: { tie_word_embeddings: false, attention_bias: true },
  starcoder2: { tie_word_embeddings: true, use_bias: true },
  cohere: { vocab_size: 256000, tie_word_embeddings: true, use_qk_norm: false },
  cohere2: { vocab_size: 256000, tie_word_embeddings: true, sliding_window_pattern: 4 },
  chatglm: { tie_word_embeddings: false, add_bias_linear: false, add_qkv_bias: false, multi_query_attention: false },
  exaone: { tie_word_embeddings: false },
  exaone4: { tie_word_embeddings: false, sliding_window_pattern: 4 },
  granite: { tie_word_embeddings: false },
  granitemoe: { tie_word_embeddings: false },
  olmo2: { tie_word_embeddings: false },
  nemotron_h: { tie_word_embeddings: false, n_groups: 8, conv_kernel: 4, use_conv_bias: true, mamba_proj_bias: false },
  'nemotron-nas': { tie_word_embeddings: false },
  llama4_text: { tie_word_embeddings: false, interleave_moe_layer_step: 1 },
  mistral3: {},
  dbrx: { tie_word_embeddings: false },
  pixtral: {
    hidden_size: 1024, intermediate_size: 4096, num_hidden_layers: 24, num_attention_heads: 16, patch_size: 16,
    image_size: 1024, num_channels: 3,
  },
  siglip_vision_model: {
    hidden_size: 768, intermediate_size: 3072, num_hidden_layers: 12, num_attention_heads: 12, patch_size: 16,
    image_size: 224, num_channels: 3,
  },
  bert: {
    vocab_size: 30522, hidden_size: 768, num_hidden_layers: 12, num_attention_heads: 12, intermediate_size: 3072,
    max_position_embeddings: 512, type_vocab_size: 2,
  },
  t5: {
    vocab_size: 32128, d_model: 512, d_kv: 64, d_ff: 2048, num_layers: 6, num_heads: 8,
    relative_attention_num_buckets: 32, feed_forward_proj: 'relu', tie_word_embeddings: true,
  },
  whisper: {
    vocab_size: 51865, num_mel_bins: 80, encoder_layers: 4, decoder_layers: 4, d_model: 384, encoder_attention_heads: 6,
    decoder_attention_heads: 6, encoder_ffn_dim: 1536, decoder_ffn_dim: 1536, max_source_positions: 1500,
    max_target_positions: 448,
  },
};
