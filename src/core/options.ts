// The choices and limits every part of Param Lens shares, in one place: engines, purposes (modes),
// KV cache formats, the weight formats offered per engine, input limits and defaults. The core
// validates against these; the settings schema (src/config/settingsSchema.ts, from which
// package.json and package.nls.json are generated), the commands and both webviews offer them.
// Adding an engine is one line in ENGINE_TABLE (its memory policy is then the estimator's job).
// No vscode import: this file is bundled into the core, the extension and the webviews.

/**
 * What an engine loads: GGUF files (llama.cpp and its wrappers), the published checkpoints, or
 * MLX's own conversions (mlx-lm).
 */
export type EngineWeights = 'gguf' | 'published' | 'mlx';

export interface EngineInfo {
  weights: EngineWeights;
  /** One line for the engine setting's drop-down (package.nls.json). */
  description: string;
}

export const ENGINE_TABLE = {
  'llama.cpp': {
    weights: 'gguf',
    description:
      'llama.cpp (and LM Studio, koboldcpp): GGUF files, KV cache padded to 256 cells, ' +
      'sliding-window layers kept short.',
  },
  ollama: { weights: 'gguf', description: 'Ollama: llama.cpp plus a fixed 457 MiB reserve per GPU.' },
  vllm: { weights: 'published', description: 'vLLM: loads the published weights and reserves 90% of the GPU.' },
  sglang: {
    weights: 'published',
    description: 'SGLang: published weights; a static share of each GPU holds the weights and its token pool.',
  },
  tgi: {
    weights: 'published',
    description:
      'Text Generation Inference: published weights; KV blocks fill the GPU after a warm-up,' + ' 10% kept free.',
  },
  transformers: { weights: 'published', description: 'Hugging Face transformers: published weights, dynamic cache.' },
  mlx: {
    weights: 'mlx',
    description: 'MLX on Apple silicon: unified memory, up to the working set Metal lets the GPU wire.',
  },
} as const satisfies Record<string, EngineInfo>;

export type Engine = keyof typeof ENGINE_TABLE;
/** The engines, in the order the settings and the pickers list them. */
export const ENGINES = Object.keys(ENGINE_TABLE) as Engine[];

/**
 * Values of the engine setting that are not engines themselves, with their drop-down line (an
 * "auto" choice goes here: `auto: 'The engine the file names, else …'`). Their meaning is the
 * settings reader's to resolve.
 */
export const ENGINE_SETTING_EXTRAS = {
  auto:
    "The engine the file names, else the one that runs the label's format (GGUF: llama.cpp; AWQ, GPTQ, FP8: " +
    'vLLM; NF4: transformers).',
} as const satisfies Record<string, string>;
export type EngineSetting = Engine | keyof typeof ENGINE_SETTING_EXTRAS;
export const ENGINE_SETTINGS = [...Object.keys(ENGINE_SETTING_EXTRAS), ...ENGINES] as EngineSetting[];

export function engineSettingDescription(value: EngineSetting): string {
  const extras: Record<string, string> = ENGINE_SETTING_EXTRAS;
  return extras[value] ?? ENGINE_TABLE[value as Engine].description;
}

export function isEngine(value: unknown): value is Engine {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ENGINE_TABLE, value);
}

/** What a memory estimate is for: running the model, or one of the fine-tuning methods. */
export const MODES = ['inference', 'lora', 'qlora', 'full'] as const;
export type Mode = (typeof MODES)[number];

/** KV cache formats the estimator prices (llama.cpp -ctk/-ctv types, vLLM --kv-cache-dtype fp8). */
export const KV_CACHE_FORMATS = ['F16', 'BF16', 'Q8_0', 'Q4_0', 'FP8'] as const;
export type KvCacheFormat = (typeof KV_CACHE_FORMATS)[number];

export const MEMORY_UNITS = ['GiB', 'GB'] as const;

/**
 * The weight formats Param Lens offers (estimate panel, quick pick, format comparison), grouped by
 * the kind of weights they are: common GGUF types from 16-bit down to 2-bit, the formats
 * checkpoints are published or loaded in (bitsandbytes NF4 and INT8 included), MLX conversions.
 * Which of them an engine loads is decided by data/engineFormats.ts (estimate/offeredFormats.ts).
 */
export const WEIGHT_FORMAT_CHOICES: Readonly<Record<EngineWeights, readonly string[]>> = {
  gguf: ['F16', 'Q8_0', 'Q6_K', 'Q5_K_M', 'Q4_K_M', 'IQ4_XS', 'Q3_K_M', 'IQ2_XXS'],
  published: ['BF16', 'FP8', 'AWQ', 'GPTQ', 'NF4', 'INT8', 'MXFP4'],
  /** mlx-lm's own conversions (mlx_lm.convert -q, 4 and 8 bits). */
  mlx: ['BF16', 'MLX-8bit', 'MLX-4bit'],
};

/** The formats the hover's weights table compares: 16-bit, 8-bit and the common 4-bit GGUF. */
export const COMPARISON_FORMATS = ['F16', 'Q8_0', 'Q4_K_M'] as const;

/**
 * The GGUF a GGUF engine is assumed to load when nothing names a format: Q4_K_M, the type of
 * Ollama's default library tags and of the usual llama.cpp downloads.
 */
export const DEFAULT_GGUF_FORMAT = 'Q4_K_M';

/** Limits that keep every figure finite and meaningful. */
export const LIMITS = {
  minParams: 1e6,
  maxParams: 2e13,
  minContext: 1,
  maxContext: 16_777_216, // 16M tokens: far above any released context window
  maxBatch: 4096,
  /** gpuMemoryBytes: 256 MiB to 1 PiB. */
  minGpuBytes: 2 ** 28,
  maxGpuBytes: 2 ** 50,
  /** The GPU memory setting: GB per GPU, and how many GPUs. */
  minGpuGB: 1,
  maxGpuGB: 4096,
  maxGpus: 64,
  /** Ranks of one tensor- or pipeline-parallel group, and GPUs listed in an estimate: 64 (8 nodes of 8). */
  maxRanks: 64,
  /** llama.cpp -ngl / Ollama num_gpu. */
  maxGpuLayers: 100_000,
  /** Longest model name and weights format name accepted from outside (commands, webviews). */
  maxModelName: 300,
  maxQuantName: 24,
} as const;

/** What an estimate assumes for anything its input leaves out. */
export const DEFAULTS = {
  contextTokens: 8192,
  batch: 1,
  engine: 'llama.cpp',
  mode: 'inference',
  kvCacheQuant: 'F16',
  units: 'GiB',
} as const satisfies {
  contextTokens: number;
  batch: number;
  engine: Engine;
  mode: Mode;
  kvCacheQuant: KvCacheFormat;
  units: (typeof MEMORY_UNITS)[number];
};
