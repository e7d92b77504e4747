// The normalized description of a model that the config readers produce and the parameter
// counter and ModelInfo builder consume: one entry per layer, so that hybrids (sliding and full
// attention, linear attention, Mamba, no-op blocks, dense and MoE feed-forwards) need no special
// cases downstream.

/** What mixes tokens in a layer. */
export type Mixer = 'full' | 'sliding' | 'linear' | 'lightning' | 'mamba' | 'conv' | 'none' | 'linear-replacement';
/** What follows it. */
export type FeedForward = 'dense' | 'moe' | 'none' | 'linear-replacement';

export interface LayerSpec {
  mixer: Mixer;
  ffn: FeedForward;
  /** Width of this layer's dense FFN (NAS models vary it per layer). */
  ffnWidth: number;
  /** Key/value heads of this layer's attention. */
  kvHeads: number;
  /** GLM-5 "shared" layers: no lightning indexer of their own (they reuse the previous one's top-k). */
  sharedIndexer?: boolean;
  /** This layer's attention head width when it differs from the model's (Gemma 4's global layers). */
  headDim?: number;
  /** Reuses an earlier layer's keys and values: no k/v projections or norms (Gemma 3n/4 KV sharing). */
  kvShared?: boolean;
  /** Values are the keys (Gemma 4's attention_k_eq_v on global layers): no v projection. */
  valueIsKey?: boolean;
}

export interface MoeSpec {
  experts: number;
  perToken: number;
  /** FFN width of one routed expert. */
  width: number;
  /** Shared experts' total FFN width (0 when none). */
  sharedWidth: number;
  sharedCount: number;
  /** A learned bias per expert in the router (gpt-oss) or DeepSeek's e_score_correction_bias. */
  routerBias: boolean;
  /** Qwen2-MoE / Qwen3-Next: a sigmoid gate on the shared expert (hidden → 1). */
  sharedGate: boolean;
  /** gpt-oss: biases inside every expert. */
  expertBias: boolean;
  /** Latent MoE (Nemotron 3): routed experts work in this narrower width, projected in and out. */
  latent?: number;
}

export interface MlaSpec {
  qLoraRank?: number;
  kvLoraRank: number;
  nope: number;
  rope: number;
  v: number;
}

/** Qwen3-Next's Gated DeltaNet layers. */
export interface GatedDeltaNetSpec {
  keyHeads: number;
  valueHeads: number;
  keyDim: number;
  valueDim: number;
  conv: number;
}

/** Mamba-2 mixer. */
export interface MambaSpec {
  heads: number;
  headDim: number;
  state: number;
  groups: number;
  conv: number;
  projBias: boolean;
  convBias: boolean;
}

/** LFM2's short gated convolution (in_proj to three widths, depthwise conv, out_proj). */
export interface ShortConvSpec {
  kernel: number;
  bias: boolean;
}

/** DeepSeek V3.2's lightning indexer (sparse attention). */
export interface IndexerSpec {
  heads: number;
  headDim: number;
}

export interface ArchSpec {
  modelType: string;
  family: string;
  layers: LayerSpec[];
  hidden: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  /** Value head width when it differs from headDim. */
  vHeadDim: number;
  vocab: number;
  tied: boolean;
  context: number;
  /** The dense FFN width (for MoE: the dense layers'). */
  intermediate: number;
  gated: boolean;
  ffnBias: boolean;
  attnBias: 'none' | 'qkv' | 'all';
  norm: 'rms' | 'layer' | 'layer-nobias';
  normsPerLayer: number;
  /** q/k normalisation: per head (head_dim weights each) or over the whole projection. */
  qkNorm: 'none' | 'head' | 'full';
  /** Qwen3-Next: the query projection also yields an output gate (twice the width). */
  gatedQuery: boolean;
  /** gpt-oss: one learned attention sink per head per layer. */
  sinks: boolean;
  /** Learned absolute position embeddings (GPT-2, BERT): rows × hidden. */
  positionRows: number;
  /** Parameters outside the repeated blocks that the family adds (token types, poolers, …). */
  extraParams: number;
  /** Phi-2: the output layer has a bias. */
  outputBias: boolean;
  /** GPT-1 has no norm after its last block. */
  noFinalNorm?: boolean;
  moe?: MoeSpec;
  mla?: MlaSpec;
  gdn?: GatedDeltaNetSpec;
  mamba?: MambaSpec;
  shortConv?: ShortConvSpec;
  indexer?: IndexerSpec;
  /** Multi-token-prediction layers shipped in the checkpoint (DeepSeek V3, GLM-4.5, …). */
  mtpLayers: number;
  slidingWindow?: number;
  /** Gemma 3n: per-layer embedding table parameters. */
  perLayerEmbeddings?: number;
  /** Gemma 3n: layers that keep a KV cache of their own. */
  kvLayers?: number;
  /** Parameters the reader counted as a whole rather than per layer (encoders, Gemma 3n extras). */
  fixedParams?: number;
  /** What the reader assumed or could not read. */
  notes: string[];
}
