// How each model_type builds its blocks, where the config does not say it in a field: the norm
// kind and count per layer, gated or plain FFN, which projections carry biases, q/k norms. Read
// from each family's modeling code in huggingface/transformers (src/transformers/models/<type>/
// modeling_<type>.py) and, for remote-code models, the checkpoint's own modeling file.

export interface FamilyRule {
  /** The catalog family the estimator knows (tensor layout, engine quirks); 'other' otherwise. */
  family: string;
  norm?: 'rms' | 'layer' | 'layer-nobias';
  normsPerLayer?: number;
  gated?: boolean;
  /** Biases when the config has no flag: 'qkv' (Qwen2), 'all' (GPT-2). */
  attnBias?: 'none' | 'qkv' | 'all';
  /** Which config flag switches attention biases on, and what it covers. */
  biasFlag?: { name: string; covers: 'qkv' | 'all' };
  ffnBias?: boolean;
  qkNorm?: 'none' | 'head' | 'full';
  /** Config flag that switches the q/k norm on. */
  qkNormFlag?: string;
  /** Trainable scalars of the activation function, per layer (Apertus' xIELU: alpha_p, alpha_n). */
  activationParams?: number;
  /** A layer norm (weight and bias) right after the token embeddings (BLOOM's word_embeddings_layernorm). */
  embeddingNorm?: boolean;
  /** A sigmoid output gate on the attention, as wide as the queries (AFMoE's gate_proj). */
  gatedQuery?: boolean;
}

const llamaLike: FamilyRule = { family: 'llama', biasFlag: { name: 'attention_bias', covers: 'all' } };

export const FAMILY_RULES: Readonly<Record<string, FamilyRule>> = {
  llama: llamaLike,
  mistral: { ...llamaLike, family: 'mistral' },
  ministral: { ...llamaLike, family: 'mistral' },
  ministral3: { ...llamaLike, family: 'mistral' },
  xverse: { ...llamaLike, family: 'other' },
  internlm: { ...llamaLike, family: 'other', biasFlag: { name: 'bias', covers: 'all' } },
  mixtral: { ...llamaLike, family: 'mixtral' },
  yi: { ...llamaLike, family: 'yi' },
  granite: { ...llamaLike, family: 'granite' },
  granitemoe: { ...llamaLike, family: 'granite' },
  internlm2: { ...llamaLike, family: 'other' },
  internlm3: { ...llamaLike, family: 'other' },
  exaone: { ...llamaLike, family: 'other' },
  smollm3: { ...llamaLike, family: 'llama' },
  ernie4_5: { ...llamaLike, family: 'other', biasFlag: { name: 'use_bias', covers: 'all' } },
  ernie4_5_moe: { ...llamaLike, family: 'other', biasFlag: { name: 'use_bias', covers: 'all' } },
  arcee: { ...llamaLike, family: 'other', gated: false },
  qwen2: { family: 'qwen2', attnBias: 'qkv' },
  qwen2_moe: { family: 'qwen2', attnBias: 'qkv' },
  mimo: { family: 'qwen2', attnBias: 'qkv' },
  qwen3: { family: 'qwen3', qkNorm: 'head' },
  qwen3_moe: { family: 'qwen3-moe', qkNorm: 'head' },
  qwen3_next: { family: 'qwen3-next', qkNorm: 'head' },
  // Qwen2-VL / Qwen2.5-VL language models are Qwen2's; Qwen3-VL's are Qwen3's and Qwen3-MoE's;
  // Qwen3.5's are Qwen3-Next's hybrid (Gated DeltaNet and gated full attention every 4th layer).
  qwen2_vl: { family: 'qwen2', attnBias: 'qkv' },
  qwen2_5_vl: { family: 'qwen2', attnBias: 'qkv' },
  qwen2_5_vl_text: { family: 'qwen2', attnBias: 'qkv' },
  qwen3_vl_text: { family: 'qwen3', qkNorm: 'head' },
  qwen3_vl_moe_text: { family: 'qwen3-moe', qkNorm: 'head' },
  qwen3_5_text: { family: 'qwen3-next', qkNorm: 'head' },
  qwen3_5_moe_text: { family: 'qwen3-next', qkNorm: 'head' },
  olmo: { family: 'olmo', norm: 'layer-nobias', normsPerLayer: 2 },
  olmo2: { family: 'olmo', qkNorm: 'full' },
  olmoe: { family: 'olmo', qkNorm: 'full' },
  olmo3: { family: 'olmo', qkNorm: 'full' },
  gemma: { family: 'gemma' },
  gemma2: { family: 'gemma2', normsPerLayer: 4 },
  gemma3_text: { family: 'gemma3', normsPerLayer: 4, qkNorm: 'head' },
  gemma3n_text: { family: 'gemma3n', normsPerLayer: 4, qkNorm: 'head' },
  gemma4_text: { family: 'other', normsPerLayer: 4, qkNorm: 'head' },
  phi: { family: 'other', norm: 'layer', normsPerLayer: 1, gated: false, attnBias: 'all', ffnBias: true },
  phi3: { family: 'phi3' },
  phi3small: { family: 'other', norm: 'layer', attnBias: 'all', ffnBias: true },
  qwen: { family: 'qwen2', attnBias: 'qkv' },
  phimoe: { family: 'phi3', norm: 'layer', attnBias: 'all' },
  falcon: { family: 'falcon', norm: 'layer', gated: false },
  gpt2: { family: 'other', norm: 'layer', gated: false, attnBias: 'all', ffnBias: true },
  // bigscience BLOOM: ALiBi (no position table), fused qkv with biases, a 4h GELU MLP with biases, and
  // a layer norm after the embeddings (transformers models/bloom/modeling_bloom.py).
  bloom: { family: 'other', norm: 'layer', gated: false, attnBias: 'all', ffnBias: true, embeddingNorm: true },
  // GPT-1 (huggingface/transformers models/openai/modeling_openai.py): GPT-2's blocks with
  // post-norms and no final norm.
  'openai-gpt': { family: 'other', norm: 'layer', gated: false, attnBias: 'all', ffnBias: true },
  gpt_bigcode: { family: 'other', norm: 'layer', gated: false, attnBias: 'all', ffnBias: true },
  gpt_neox: {
    family: 'other',
    norm: 'layer',
    gated: false,
    biasFlag: { name: 'attention_bias', covers: 'all' },
    ffnBias: true,
  },
  gptj: { family: 'other', norm: 'layer', normsPerLayer: 1, gated: false, attnBias: 'none', ffnBias: true },
  codegen: { family: 'other', norm: 'layer', normsPerLayer: 1, gated: false, attnBias: 'none', ffnBias: true },
  starcoder2: {
    family: 'other',
    norm: 'layer',
    gated: false,
    biasFlag: { name: 'use_bias', covers: 'all' },
    ffnBias: true,
  },
  cohere: { family: 'command-r', norm: 'layer-nobias', normsPerLayer: 1, qkNormFlag: 'use_qk_norm' },
  cohere2: { family: 'command-r', norm: 'layer-nobias', normsPerLayer: 1 },
  glm: { family: 'other', attnBias: 'qkv' },
  chatglm: { family: 'other' },
  mllama_text_model: { ...llamaLike, family: 'other' },
  phi3_v: { family: 'phi3' },
  minicpm: { ...llamaLike, family: 'other' },
  minicpm3: { ...llamaLike, family: 'other' },
  // EuroBERT (models/eurobert/modular_eurobert.py @1d24d635): Llama's blocks without the causal
  // mask; EuroBertForMaskedLM adds an untied lm_head (biased with mlp_bias).
  eurobert: { ...llamaLike, family: 'other' },
  deepseek: { ...llamaLike, family: 'other' },
  glm4: { family: 'other', attnBias: 'qkv', normsPerLayer: 4 },
  glm4_moe: { family: 'other', biasFlag: { name: 'attention_bias', covers: 'qkv' }, qkNormFlag: 'use_qk_norm' },
  exaone4: { family: 'other', qkNorm: 'head' },
  hunyuan_v1_dense: { family: 'other', qkNormFlag: 'use_qk_norm', biasFlag: { name: 'attention_bias', covers: 'all' } },
  hunyuan_v1_moe: { family: 'other', qkNormFlag: 'use_qk_norm', biasFlag: { name: 'attention_bias', covers: 'all' } },
  hunyuan: { family: 'other', qkNormFlag: 'use_qk_norm', biasFlag: { name: 'attention_bias', covers: 'all' } },
  // Apertus: a plain two-matrix FFN with the trainable xIELU activation, q/k norms per head.
  apertus: { ...llamaLike, family: 'other', gated: false, qkNormFlag: 'qk_norm', activationParams: 2 },
  // dots.llm1: Qwen3's attention (q/k norms per head) over DeepSeek-V3's MoE.
  dots1: { ...llamaLike, family: 'other', qkNorm: 'head' },
  // GLM-5: DeepSeek V3.2's MLA and lightning indexer; Mistral Small 4: DeepSeek V3's MLA and MoE.
  glm_moe_dsa: { family: 'deepseek3' },
  // Arcee's AFMoE (Trinity; huggingface/transformers models/afmoe/modular_afmoe.py @06ee2866): gated
  // attention with q/k norms, four norms per layer, dense first layers, sigmoid-routed experts with a
  // per-expert bias and shared experts.
  // LFM2 (huggingface/transformers models/lfm2/modeling_lfm2.py, lfm2_moe/modular_lfm2_moe.py
  // @0c67e26d): short-convolution and attention layers (q/k norms per head), two norms per layer.
  lfm2: { family: 'other', qkNorm: 'head' },
  lfm2_moe: { family: 'other', qkNorm: 'head' },
  // Solar Open (models/solar_open/modular_solar_open.py @02e8340b): Llama attention over GLM-4.5's
  // MoE (biased sigmoid router, shared expert), every layer MoE. Hy3 (models/hy_v3/modular_hy_v3.py
  // @008e5743): Apertus attention (q/k norms), a dense first layer, then MoE with a biased router.
  mimo_v2_flash: { family: 'other', biasFlag: { name: 'attention_bias', covers: 'qkv' } },
  solar_open: { family: 'other', biasFlag: { name: 'attention_bias', covers: 'all' } },
  hy_v3: { family: 'other', qkNormFlag: 'qk_norm', biasFlag: { name: 'attention_bias', covers: 'all' } },
  afmoe: { family: 'other', normsPerLayer: 4, qkNorm: 'head', gatedQuery: true },
  mistral4: { family: 'deepseek3' },
  deepseek_v2: { family: 'deepseek2' },
  deepseek_v3: { family: 'deepseek3' },
  deepseek_v32: { family: 'deepseek3' },
  kimi_k2: { family: 'deepseek3' },
  gpt_oss: { family: 'gpt-oss', attnBias: 'all' },
  minimax_m2: { family: 'other', qkNorm: 'full' },
  llama4_text: { family: 'llama4' },
  nemotron: { family: 'other', norm: 'layer', gated: false },
  nemotron_h: { family: 'other', normsPerLayer: 1, gated: false },
  'nemotron-nas': { family: 'other' },
  mamba2: { family: 'other', normsPerLayer: 1 },
  bamba: { family: 'other', biasFlag: { name: 'attention_bias', covers: 'all' } },
  granitemoehybrid: { family: 'other', biasFlag: { name: 'attention_bias', covers: 'all' } },
  minimax: { family: 'other' },
  minimax_m1: { family: 'other' },
  opt: {
    family: 'other',
    norm: 'layer',
    gated: false,
    biasFlag: { name: 'enable_bias', covers: 'all' },
    ffnBias: true,
  },
  stablelm: { family: 'other', norm: 'layer', biasFlag: { name: 'use_qkv_bias', covers: 'qkv' } },
  baichuan: { family: 'other' },
  dbrx: { family: 'other', norm: 'layer-nobias' },
  // MosaicML MPT: LayerNorm, a plain GELU FFN; widths, KV heads, biases and tying in readMpt.ts.
  mpt: { family: 'other', norm: 'layer-nobias', gated: false },
};

/** Families whose FFN is not gated unless said otherwise (all others: SwiGLU/GeGLU). */
export function ruleFor(modelType: string): FamilyRule {
  return FAMILY_RULES[modelType] ?? { family: 'other', biasFlag: { name: 'attention_bias', covers: 'all' } };
}
