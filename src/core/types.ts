// The public types of the core API (docs/ARCHITECTURE.md section 5: this is a contract).
// All sizes are bytes; all parameter counts are plain numbers (7e9, not "7B").

/** What a size label says. `start`/`end` are offsets into the text that was scanned. */
export interface Label {
  start: number;
  end: number;
  text: string;
  kind: 'params' | 'quant' | 'model';
  /** Total parameters implied (70B → 7e10; a known model → its real count). */
  params?: number;
  /** Mixture of experts: parameters active per token (30B-A3B → 3e9). */
  activeParams?: number;
  /** Canonical weights format: 'Q4_K_M', 'IQ2_XXS', 'F16', 'BF16', 'FP8', 'INT4', 'AWQ', … */
  quant?: string;
  /** Bits per weight of the quant type itself (Q4_K → 4.5, Q8_0 → 8.5). */
  bitsPerWeight?: number;
  /** Catalog id when the label names a known model. */
  model?: string;
  /** Extra facts the recognizer read from the label (never needed to use the API). */
  detail?: LabelDetail;
}

export interface LabelDetail {
  /** 8x7B: number of experts and the size class of one expert model. */
  experts?: number;
  expertSize?: number;
  /** Gemma 3n E2B/E4B: "effective" parameters, not the raw count. */
  effective?: boolean;
  /** True when the label was ambiguous on its own and the recognizer decided from context. */
  guessed?: boolean;
  /** Why it was taken as a size label when ambiguous (shown in the hover). */
  reason?: string;
  /** GGUF shard: part `shard` of `shards`. */
  shard?: number;
  shards?: number;
  /** Where the text came from: a Hugging Face id, a GGUF file name, an Ollama tag. */
  source?: 'hf' | 'gguf' | 'ollama' | 'plain';
  /** The family/name part of a model id, as written (e.g. "Llama-3.1"). */
  name?: string;
  /** Uploader recipe or variant note (UD-, _L, _XL): storage not derivable from the name alone. */
  recipe?: string;
  /** A precision written as a dtype ("torch.float16", "bf16", "load_in_8bit"): a brief hover. */
  dtype?: boolean;
}

/** Facts about one model, from its config.json and published parameter count. */
export interface ModelInfo {
  id: string;
  params: number;
  activeParams?: number;
  layers: number;
  hiddenSize: number;
  attentionHeads: number;
  kvHeads: number;
  headDim: number;
  vocabSize: number;
  contextLength: number;
  source: string;
  /** How the model was found: a catalog entry, a config.json, a GGUF header, a derivative of a
   *  catalog model, the Hub, or a size label alone. */
  resolvedAs?: 'catalog' | 'config' | 'gguf' | 'derivative' | 'hub' | 'size';
  /** For a derivative: the id whose architecture it keeps. */
  baseModel?: string;
  /** How a written name was resolved, in words ("served by Groq as Llama 3.1 8B", "fine-tune of …"). */
  resolution?: string;
  /** The format the name's source downloads when the name names none (an Ollama tag's). */
  shippedFormat?: string;
  /** Everything else the catalog holds (FFN sizes, experts, sliding window, MLA ranks, …). */
  [extra: string]: unknown;
}

// Engines and modes are listed once, in options.ts.
import type { Engine, Mode } from './options';
export type { Engine, Mode };
/** Every engine a run file can name (the estimator prices some of them with the nearest policy). */
export type RunEngine =
  'llama.cpp' | 'ollama' | 'vllm' | 'sglang' | 'tgi' | 'transformers' | 'mlx' | 'mlc-llm' | 'exllamav3';

/** Run settings written around a label (shared DESIGN.md): only what the text states or implies. */
export interface RunSettings {
  engine?: RunEngine;
  contextTokens?: number;
  batch?: number;
  tensorParallel?: number;
  pipelineParallel?: number;
  /** Layers on the GPU; -1 = all. */
  gpuLayers?: number;
  kvCacheQuant?: string;
  kvCacheQuantV?: string;
  quant?: string;
  gpuMemoryUtilization?: number;
  /** llama.cpp `--tensor-split 3,1`: each GPU's share of the layers. */
  tensorSplit?: number[];
  /** llama.cpp `--n-cpu-moe N` (N), `--cpu-moe` or `-ot exps=CPU` (-1 = every layer): experts kept in system RAM. */
  cpuMoeLayers?: number;
  flashAttention?: boolean;
  mmproj?: string;
  draft?: string;
  mode?: Mode;
  trainBatch?: number;
  seqLen?: number;
  gradientCheckpointing?: boolean;
  loraRank?: number;
  optimizer?: string;
  /** Where each value came from: offsets into the text given. */
  read: Array<{ field: string; start: number; end: number; text: string }>;
}

export interface EstimateInput {
  /** A model: HF id, GGUF file name, Ollama tag or plain name; or a ModelInfo (modelFromConfig,
   *  modelFromGguf, lookupModel). */
  model?: string | ModelInfo;
  /** Or a bare size. */
  params?: number;
  activeParams?: number;
  /** Weights format as a user writes it ('Q4_K_M', 'AWQ', 'GPTQ-Int4', 'fp8', …). */
  quant?: string;
  contextTokens?: number;
  batch?: number;
  kvCacheQuant?: string;
  engine?: Engine;
  mode?: Mode;
  /** Flash attention (llama.cpp, Ollama, transformers); default true, as current engines do on GPUs. */
  flashAttention?: boolean;
  /** Fine-tuning: gradient checkpointing; default true. */
  gradientCheckpointing?: boolean;
  /** Fine-tuning (RunSettings names): micro-batch per GPU and tokens per sequence; default batch, contextTokens. */
  trainBatch?: number;
  seqLen?: number;
  /** LoRA rank (default 16) and target modules (default every attention and MLP projection). */
  loraRank?: number;
  loraTargets?: string | string[];
  /** 'adamw' (default), 'adamw_8bit', 'paged_adamw_8bit', 'paged_adamw_32bit', 'sgd', 'adafactor', … */
  optimizer?: string;
  /** Attention kernel while training: 'sdpa' (default), 'flash' or 'eager' (keeps the score matrix). */
  attention?: 'eager' | 'sdpa' | 'flash';
  /** 'mixed' (default: fp32 master weights and states) or 'bf16' (everything in bf16). */
  trainPrecision?: 'mixed' | 'bf16';
  /** Micro-batches per optimizer step; 1 lets gradients and activations share the peak. Default: several. */
  gradientAccumulation?: number;
  /** Dtype the loss is computed in: 'fp32' (default: transformers, autocast) or 'bf16'. */
  lossPrecision?: 'fp32' | 'bf16';
  /** Training across GPUs: data-parallel GPUs and ZeRO stage (0 = DDP replicas, default; FSDP full shard = 3). */
  dataParallel?: number;
  zeroStage?: 0 | 1 | 2 | 3;
  /** Memory of the GPU(s) the model is meant for; lets vLLM's reservation be stated. */
  gpuMemoryBytes?: number;
  /** GPUs each tensor is sharded over (vLLM/SGLang/TGI --tensor-parallel-size / --tp / --num-shard). */
  tensorParallel?: number;
  /** Pipeline stages, each holding a share of the layers (--pipeline-parallel-size). */
  pipelineParallel?: number;
  /** llama.cpp/Ollama: layers on the GPU (-ngl, num_gpu); -1 = all. */
  gpuLayers?: number;
  /** vLLM/SGLang/TGI: share of each GPU the engine pre-allocates (0–1). */
  gpuMemoryUtilization?: number;
  /** Memory of each GPU, bytes (one entry per GPU; a Mac's unified memory for MLX). */
  gpus?: number[];
  /** llama.cpp --tensor-split: the share of the layers each GPU takes (any positive scale). */
  tensorSplit?: number[];
  /**
   * llama.cpp --n-cpu-moe N: the routed experts of layers 0 … N−1 stay in system RAM (-1 = every
   * layer: --cpu-moe, `-ot exps=CPU`); attention, norms and the KV cache stay on the GPU.
   */
  cpuMoeLayers?: number;
  /** A vision projector used with the model (--mmproj file name, or its ModelInfo). */
  mmproj?: string | ModelInfo;
  /** A draft model for speculative decoding (-md, --speculative-model), by name or ModelInfo. */
  draft?: string | ModelInfo;
}

/** One GPU's share of an estimate (all bytes). */
export interface DeviceShare {
  label: string;
  weightsBytes: number;
  kvCacheBytes: number;
  overheadBytes: number;
  totalBytes: number;
  /** The GPU's memory, when the input names it. */
  capacityBytes?: number;
  /** Whether totalBytes fits the GPU (for pre-allocating engines: within the reserved share). */
  fits?: boolean;
}

export interface MemoryEstimate {
  weightsBytes: number;
  kvCacheBytes: number;
  overheadBytes: number;
  trainingBytes?: number;
  totalBytes: number;
  basis: 'exact' | 'config' | 'label';
  assumptions: string[];
  /** The same figures in finer parts (all bytes), for breakdowns and charts. */
  parts?: MemoryParts;
  /** vLLM: what it will occupy (gpu_memory_utilization × GPU memory), when gpuMemoryBytes is given. */
  reservedBytes?: number;
  /** The weights' average bits per parameter in the chosen format. */
  bitsPerWeight?: number;
  /** Inference: each GPU's share (tensor/pipeline parallel, layer split, partial offload). */
  devices?: DeviceShare[];
  /** System RAM for what stays on the CPU (partial offload; llama.cpp's input embeddings). */
  hostBytes?: number;
  /** Pre-allocating engines with known GPUs: tokens of KV cache the reservation leaves. */
  kvCapacityTokens?: number;
  /** llama.cpp/Ollama with known GPUs: the most layers (of layers + output) that fit them. */
  maxGpuLayers?: number;
}

export interface MemoryParts {
  computeBufferBytes?: number;
  cudaContextBytes?: number;
  engineReserveBytes?: number;
  gradientsBytes?: number;
  optimizerBytes?: number;
  activationsBytes?: number;
  /** Fine-tuning: LoRA adapter weights, and the logits with the loss buffers. */
  adaptersBytes?: number;
  logitsBytes?: number;
}

export interface GlossaryEntry {
  /** Stable slug used in links: 'parameters', 'kv-cache', 'q4-k-m'. */
  id: string;
  term: string;
  aliases?: string[];
  /** One sentence, shown in hovers. */
  summary: string;
  /** Markdown, the full entry, in the project's own words. */
  body: string;
  /** Ids of other entries. */
  related: string[];
}
