// Which weights formats each engine loads, which engine runs a format when nothing else says,
// and which of the estimator's memory policies is nearest for engines it does not model yet.
// DATA; sources:
// - llama.cpp and Ollama load GGUF files only (F16/BF16/F32 are GGUF tensor types too):
//   ggml-org/llama.cpp tools/server/README.md @ 00dc8057ab28c9cb4c79a6dd6dfce07fe779f63b (`-m` a GGUF path).
// - vLLM `--quantization` choices (awq, gptq, fp8, bitsandbytes, compressed-tensors, mxfp4, …):
//   https://docs.vllm.ai/en/v0.10.2/configuration/engine_args.html
// - SGLang `--quantization` (awq, gptq, fp8, w8a8_int8, mxfp4, …):
//   https://docs.sglang.io/advanced_features/server_arguments.html
// - TGI `--quantize` awq|eetq|exl2|gptq|marlin|bitsandbytes(-nf4|-fp4)|fp8:
//   huggingface/text-generation-inference docs/source/reference/launcher.md @ db931fcf42da018a3657580c64bf2720f167f9ab
// - transformers quantization backends (bitsandbytes 4/8-bit, GPTQ, AWQ, FP8, MXFP4):
//   https://huggingface.co/docs/transformers/main/en/quantization/overview
// - MLX loads its own quantized safetensors and plain float weights (mlx-lm).
// - MLC LLM and WebLLM run only weights converted to their own formats (q4f16_1, q0f16, …): mlc-ai/mlc-llm
//   python/mlc_llm/quantization/quantization.py @ 79d603f085f50500e9509fa01785ffa7ecfaaa93; web-llm's model
//   list (mlc-ai/web-llm src/config.ts @ c51c9c0b1b4a2e01432362606f79fda42380dc7b) names only those builds.
// - ExLlamaV3 loads EXL3 models and unquantized linear layers (exllamav3/modules/quant/fp16.py LinearFP16);
//   TabbyAPI is its server: turboderp-org/exllamav3 README.md @ 4f8ad0121f483ba66a5336244a4c3b6d7210385e.
import type { QuantFamily } from './quantFormats';
import type { Engine, RunEngine } from '../types';

export const ENGINE_LOADS: Record<RunEngine, readonly QuantFamily[]> = {
  'llama.cpp': ['gguf', 'float'],
  ollama: ['gguf', 'float'],
  vllm: ['float', 'awq', 'gptq', 'fp8', 'int', 'bnb', 'fp4'],
  sglang: ['float', 'awq', 'gptq', 'fp8', 'int', 'fp4'],
  tgi: ['float', 'awq', 'gptq', 'fp8', 'bnb', 'exl2', 'int'],
  transformers: ['float', 'bnb', 'gptq', 'awq', 'fp8', 'fp4', 'int'],
  mlx: ['float', 'mlx'],
  'mlc-llm': ['mlc'],
  exllamav3: ['exl3', 'float'],
};

/** The engine that typically runs a format, when neither the file nor the user names one. */
export const ENGINE_FOR_FAMILY: Partial<Record<QuantFamily, RunEngine>> = {
  gguf: 'llama.cpp',
  awq: 'vllm',
  gptq: 'vllm',
  fp8: 'vllm',
  int: 'vllm',
  fp4: 'vllm',
  bnb: 'transformers',
  mlx: 'mlx',
  exl2: 'tgi',
  exl3: 'exllamav3',
  mlc: 'mlc-llm',
};

/**
 * The estimator's policy for each engine a file can name. Every one has its own policy now
 * (core/options.ts ENGINE_TABLE); an engine added to RunEngine before the estimator models it
 * maps to the nearest one here, and the hover says so.
 */
export const NEAREST_POLICY: Record<RunEngine, Engine> = {
  'llama.cpp': 'llama.cpp',
  ollama: 'ollama',
  vllm: 'vllm',
  transformers: 'transformers',
  sglang: 'sglang',
  tgi: 'tgi',
  mlx: 'mlx',
  // Not modelled yet; the nearest policies, which the hover names (chooseEngine):
  // - MLC LLM / WebLLM allocate the KV cache for the whole context window at load and keep a
  //   prefill buffer bounded by prefill_chunk_size, as llama.cpp does with n_ctx and n_ubatch
  //   (mlc-ai/web-llm src/config.ts: vram_required_MB grows with context_window_size by exactly the
  //   KV cache, e.g. Llama-3.1-8B q4f16_1: 4,598.34 MB at 1,024 tokens, 5,001.0 at 4,096).
  // - ExLlamaV3 also allocates its cache whole at load, splits layers over GPUs and keeps the input
  //   embeddings in system RAM (exllamav3/modules/embedding.py "prefer_cpu"), as llama.cpp does.
  'mlc-llm': 'llama.cpp',
  exllamav3: 'llama.cpp',
};

export const ENGINE_NAMES: Record<RunEngine, string> = {
  'llama.cpp': 'llama.cpp',
  ollama: 'Ollama',
  vllm: 'vLLM',
  sglang: 'SGLang',
  tgi: 'TGI',
  transformers: 'transformers',
  mlx: 'MLX',
  'mlc-llm': 'MLC LLM / WebLLM',
  exllamav3: 'ExLlamaV3 (TabbyAPI)',
};
