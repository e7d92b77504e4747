// The shape of one entry of src/core/data/models.json: the config.json facts the estimator needs.
// Field names follow Hugging Face config.json meaning; every entry says where its numbers came from.

export interface CatalogModel {
  /** Canonical Hugging Face repo id of the base/original weights, e.g. "meta-llama/Llama-3.1-70B". */
  id: string;
  /** Human name, e.g. "Llama 3.1 70B". */
  name: string;
  /** Architecture family, used to pick tensor layout and fit label templates. */
  family:
    | 'llama'
    | 'mistral'
    | 'mixtral'
    | 'qwen2'
    | 'qwen3'
    | 'qwen3-moe'
    | 'qwen3-next'
    | 'gemma'
    | 'gemma2'
    | 'gemma3'
    | 'gemma3n'
    | 'phi3'
    | 'phi4'
    | 'deepseek2'
    | 'deepseek3'
    | 'gpt-oss'
    | 'command-r'
    | 'granite'
    | 'olmo'
    | 'falcon'
    | 'yi'
    | 'llama4'
    | 'other';
  /** Other repo ids and names that mean the same weights (Instruct/-it/-Chat variants, distills' names). */
  aliases?: string[];
  /** Ollama tags that pull these weights (["llama3.1:70b"]); the bare default tag ("llama3.1") when it is this size. */
  ollamaTags?: string[];
  /** Exact total parameter count (safetensors metadata / model card), with a vision tower shipped in the checkpoint. */
  params: number;
  /** MoE only: parameters active per token (model card figure). */
  activeParams?: number;
  /** config.json essentials */
  layers: number; // num_hidden_layers
  hiddenSize: number; // hidden_size
  intermediateSize: number; // intermediate_size (dense FFN width; for MoE the dense layers' width)
  attentionHeads: number; // num_attention_heads
  kvHeads: number; // num_key_value_heads (== attentionHeads for MHA)
  headDim: number; // head_dim if set, else hidden_size / num_attention_heads
  vocabSize: number; // vocab_size
  tiedEmbeddings: boolean; // tie_word_embeddings
  contextLength: number; // max_position_embeddings (or the documented native context)
  nativeDtype: 'BF16' | 'F16' | 'F32' | 'FP8' | 'MXFP4'; // torch_dtype / published format
  /** Attention bias / qkv bias present (Qwen2 has q/k/v bias). */
  attentionBias?: boolean;
  /** MoE */
  experts?: number; // num_local_experts / num_experts / n_routed_experts
  expertsPerToken?: number; // num_experts_per_tok
  expertIntermediateSize?: number; // moe_intermediate_size (per expert FFN width)
  sharedExperts?: number; // n_shared_experts (DeepSeek, Llama 4, Qwen3-Next)
  sharedExpertIntermediateSize?: number;
  /** Latent MoE (Nemotron 3): routed experts work in this narrower width, projected in and out. */
  expertLatentSize?: number;
  denseLayers?: number; // first_k_dense_replace (DeepSeek) / layers that are dense in a MoE stack
  moeLayerStep?: number; // interleave_moe_layer_step (Llama 4 Maverick: every 2nd layer is MoE)
  /** Full-attention layers whose KV heads or head width differ from the sliding ones' (Gemma 4). */
  fullAttentionKvHeads?: number;
  fullAttentionHeadDim?: number;
  /** Sliding-window attention */
  slidingWindow?: number; // window size in tokens
  /** How many layers use the sliding window; the others are full attention. */
  slidingLayers?: number;
  /** MLA (DeepSeek V2/V3) */
  kvLoraRank?: number; // kv_lora_rank
  qLoraRank?: number; // q_lora_rank (absent for V2-Lite)
  qkRopeHeadDim?: number; // qk_rope_head_dim
  qkNopeHeadDim?: number; // qk_nope_head_dim
  vHeadDim?: number; // v_head_dim
  /** Gemma 3n: parameters of the per-layer embedding table (PLE), part of params. */
  perLayerEmbeddings?: number;
  /** Layers that keep their own KV cache when others reuse it (Gemma 3n: the first 20). */
  kvLayers?: number;
  /** Linear attention / recurrent layers (Qwen3-Next Gated DeltaNet): number of layers that are NOT full attention. */
  linearAttentionLayers?: number;
  /** Per-sequence fixed recurrent state bytes for all linear layers together, if derivable (f32). */
  recurrentStateBytes?: number;
  /**
   * Hybrids whose layers differ in kind (Nemotron-H, Bamba, LFM2): two characters per layer, its
   * token mixer (A attention with a KV cache, L linear/recurrent/convolution, N none) and its
   * feed-forward (D dense, E mixture of experts, N none). Absent: every layer has attention (or
   * the linear layers' regular pattern) and an FFN.
   */
  layerBlocks?: string;
  /** Parameters of a vision tower / projector shipped in the same checkpoint (counted inside params). */
  visionParams?: number;
  /** The format the official release ships in when it is not the native dtype (gpt-oss: "MXFP4" experts). */
  releasedQuant?: string;
  /**
   * A bidirectional encoder (BERT, RoBERTa, DeBERTa, ModernBERT, EuroBERT, Nomic BERT, the
   * embedding models built on them): run once per input, it keeps no KV cache (docs/encoders.md).
   */
  encoderOnly?: boolean;
  /**
   * An encoder-decoder (T5, BART, Marian, Whisper): `layers` and the attention fields are the
   * decoder's, whose KV cache holds its own tokens and the encoder's output for cross-attention.
   */
  encoderDecoder?: boolean;
  /** An encoder-decoder whose encoder reads a fixed number of positions (Whisper: 1,500 frames). */
  encoderTokens?: number;
  /** Ollama's default quant for this model's tags, when known ("Q4_K_M", "Q4_0", "MXFP4"). */
  ollamaDefaultQuant?: string;
  /** Closed model or unofficial figure: sizes are estimates. */
  estimated?: boolean;
  /** False for a plain two-matrix FFN (GPT-2, Falcon, StarCoder2, Nemotron-H); from the config. */
  gatedFfn?: boolean;
  /**
   * The real config.json the architecture fields were read from (test/data/configs/<file>, by
   * modelFromConfig at build time: test/catalog/catalogBuilder.ts). Absent: typed from the model
   * card and checked by hand.
   */
  config?: string;
  /** False: added from a config, not one of the curated models whose shapes size-only labels borrow. */
  template?: boolean;
  /** Where every number came from: config.json URL(s) and the parameter count's source. */
  source: string;
  /** Anything a reader should know (e.g. "params exclude the MTP module"). */
  note?: string;
}
