// The option names each engine and training tool reads, and what each one sets: DATA, one table.
// A name is written normalized: leading dashes dropped, camelCase and kebab-case folded to
// snake_case, lower case (`--max-model-len`, `max_model_len` and `maxModelLen` are all
// `max_model_len`; env `LLAMA_ARG_CTX_SIZE` is `llama_arg_ctx_size`). A short single-dash flag keeps
// its dash (`-c`, `-ngl`) and counts only inside its own engine's command.
//
// Sources (names, aliases and value syntax), read at these versions:
// - vLLM engine arguments: https://docs.vllm.ai/en/v0.10.2/configuration/engine_args.html (the CLI
//   flags are the `LLM(...)`/`EngineArgs` keyword names with `-` for `_`); `--kv-cache-dtype
//   {auto,fp8,fp8_e5m2,fp8_e4m3}`, `--dtype {auto,half,float16,bfloat16,float,float32}`.
// - vLLM production-stack Helm chart `vllmConfig` keys (camelCase of the same names):
//   vllm-project/production-stack helm/values.yaml @ a6c01db05f65f556235413ba8dbcfb0c01132fff.
// - SGLang server arguments: https://docs.sglang.io/advanced_features/server_arguments.html
//   (`--tp`/`--tp-size`/`--tensor-parallel-size`, `--context-length`, `--mem-fraction-static`,
//   `--max-running-requests`, `--kv-cache-dtype`, `--quantization`, `--speculative-draft-model-path`).
// - TGI launcher: huggingface/text-generation-inference docs/source/reference/launcher.md
//   @ db931fcf42da018a3657580c64bf2720f167f9ab (`--max-total-tokens`, `--num-shard`, `--quantize`
//   awq|eetq|exl2|gptq|marlin|bitsandbytes|bitsandbytes-nf4|bitsandbytes-fp4|fp8,
//   `--max-batch-size`, `--dtype`, `--kv-cache-dtype`; each with its env twin).
// - llama.cpp server/CLI: ggml-org/llama.cpp tools/server/README.md
//   @ 00dc8057ab28c9cb4c79a6dd6dfce07fe779f63b (`-c, --ctx-size` env LLAMA_ARG_CTX_SIZE;
//   `-ngl, --gpu-layers, --n-gpu-layers` (number, 'auto' or 'all'); `-fa, --flash-attn
//   [on|off|auto]`; `-ctk/--cache-type-k`, `-ctv/--cache-type-v`; `-np, --parallel`;
//   `--mmproj`; `-md, --model-draft`); ggml-org/llama.cpp common/arg.cpp
//   @ 0017d6fb63f9590e791a7562b276148f7bd5b7fc: `-ts, --tensor-split N0,N1,N2,...` (env
//   LLAMA_ARG_TENSOR_SPLIT; proportions per GPU, split at `,` or `/`), `-cmoe, --cpu-moe`,
//   `-ncmoe, --n-cpu-moe N`, `-ot, --override-tensor <pattern>=<buffer type>,...`.
// - llama-cpp-python `Llama(...)`: abetlen/llama-cpp-python llama_cpp/llama.py
//   @ 3691546f1c9e0c1bf93323dff02230bd959cf562 (`n_ctx`, `n_gpu_layers` (-1 = all), `flash_attn`,
//   `type_k`/`type_v`); a LLaVA chat handler's `clip_model_path` is the projector (README).
// - Ollama: ollama/ollama docs/modelfile.mdx and docs/faq.mdx @ fb30760996871fa9460115c753afd2c60d4ab0f7
//   (`num_ctx`, `num_gpu` = layers on the GPU, `OLLAMA_CONTEXT_LENGTH`, `OLLAMA_NUM_PARALLEL`,
//   `OLLAMA_KV_CACHE_TYPE` f16|q8_0|q4_0, `OLLAMA_FLASH_ATTENTION`).
// - transformers `from_pretrained(torch_dtype|dtype, load_in_4bit, load_in_8bit,
//   attn_implementation, quantization_config=BitsAndBytesConfig(bnb_4bit_quant_type))`.
// - TRL `ModelConfig`/CLI: huggingface/trl trl/trainer/model_config.py
//   @ f2cd57710ae345ea6428ae95363267fcf38a3dc8 (`use_peft`, `lora_r`, `load_in_4bit`, default
//   `bnb_4bit_quant_type` nf4); `SFTConfig` (`per_device_train_batch_size`, `max_length`,
//   `max_seq_length`, `gradient_checkpointing`, `optim`).
// - LLaMA-Factory: hiyouga/LLaMA-Factory src/llamafactory/hparams/model_args.py
//   @ ff6d4d12eeb035d6ce06805a5733dd7b29f2ac30 (`quantization_bit`, `quantization_method` default
//   bnb, `quantization_type` default nf4; `finetuning_type`, `lora_rank`, `cutoff_len`,
//   `infer_backend`).
// - axolotl: axolotl-ai-cloud/axolotl src/axolotl/utils/schemas/{config,peft,training}.py
//   @ 067b021c8b87a9e5e380b9173c704cf7340e30f5 (`adapter` lora|qlora, `lora_r`, `load_in_4bit`,
//   `micro_batch_size`, `sequence_len`, `optimizer`, `gradient_checkpointing`, `flash_attention`).
// - Unsloth `FastLanguageModel.from_pretrained(max_seq_length, load_in_4bit)` (4-bit is nf4:
//   unslothai/unsloth unsloth/models/llama.py @ 015bdef0d94a241bcd94eec7a405b1700632180d) and
//   `get_peft_model(r, use_gradient_checkpointing)`.
// - TensorRT-LLM (a runtime with no engine of its own here: runtimes.ts): `trtllm-serve`
//   https://nvidia.github.io/TensorRT-LLM/0.18.2/commands/trtllm-serve.html (`--max_batch_size`
//   = most requests the engine schedules, `--max_seq_len` = longest request, prompt and output
//   together, `--tp_size`, `--pp_size`); `trtllm-build`
//   https://nvidia.github.io/TensorRT-LLM/commands/trtllm-build.html (same `--max_batch_size`,
//   `--max_seq_len`; `--max_input_len` and `--max_num_tokens` are not a context or a sequence count);
//   `convert_checkpoint.py`: NVIDIA/TensorRT-LLM examples/models/core/llama/convert_checkpoint.py
//   @ fd96a08bdc489f41f139b295935b10ed43652fa1 (`--tp_size`, `--pp_size`, `--dtype`; weight-only
//   formats in tensorrtLlmFormat.ts).
import type { RunEngine } from '../types';
import { isRuntime, type Runtime } from './runtimes';

export type SettingField =
  | 'contextTokens'
  | 'batch'
  | 'tensorParallel'
  | 'pipelineParallel'
  | 'gpuLayers'
  | 'kvCacheQuant'
  | 'kvCacheQuantV'
  | 'quant'
  | 'gpuMemoryUtilization'
  | 'tensorSplit'
  | 'cpuMoeLayers'
  | 'flashAttention'
  | 'mmproj'
  | 'draft'
  | 'trainBatch'
  | 'seqLen'
  | 'gradientCheckpointing'
  | 'loraRank'
  | 'optimizer';

/** How a value is read: see readValue.ts. */
export type ValueKind =
  | 'int'
  | 'layers'
  | 'fraction'
  | 'flag'
  | 'kvType'
  | 'weightsFormat'
  | 'dtype'
  | 'path'
  | 'name'
  | 'anyFormat'
  | 'shares'
  | 'allLayers'
  | 'tensorOverrides';

export interface OptionSpec {
  /** Normalized names (see the header). */
  names: string[];
  field: SettingField;
  kind: ValueKind;
  /**
   * Engines whose command or call reads the name; 'training' = a fine-tuning config or call;
   * 'any' = whatever runs it (a format written as `"quantization": "AWQ"` beside a model name).
   */
  engines: Array<RunEngine | Runtime | 'training' | 'any'>;
  /** Value words mapped to a canonical value; a word not listed is not read. */
  values?: Record<string, string>;
}

const VLLM_QUANT: Record<string, string> = {
  awq: 'AWQ',
  awq_marlin: 'AWQ',
  gptq: 'GPTQ',
  gptq_marlin: 'GPTQ',
  fp8: 'FP8',
  mxfp4: 'MXFP4',
};
const TGI_QUANT: Record<string, string> = {
  awq: 'AWQ',
  gptq: 'GPTQ',
  exl2: 'EXL2',
  eetq: 'INT8',
  bitsandbytes: 'INT8',
  'bitsandbytes-nf4': 'NF4',
  fp8: 'FP8',
};
const KV_TYPES: Record<string, string> = {
  fp8: 'FP8',
  fp8_e4m3: 'FP8',
  fp8_e5m2: 'FP8',
  fp8_e4m3fn: 'FP8',
  f16: 'F16',
  fp16: 'F16',
  bf16: 'BF16',
  f32: 'F32',
  q8_0: 'Q8_0',
  q4_0: 'Q4_0',
  q4_1: 'Q4_1',
  q5_0: 'Q5_0',
  q5_1: 'Q5_1',
  iq4_nl: 'IQ4_NL',
};

export const OPTIONS: OptionSpec[] = [
  // vLLM (CLI, LLM(...)/EngineArgs keywords, production-stack camelCase keys)
  // `max_model_length`: lighteval's vLLM model config (huggingface/lighteval src/lighteval/models/
  // vllm/vllm_model.py, VLLMModelConfig)
  { names: ['max_model_len', 'max_model_length'], field: 'contextTokens', kind: 'int', engines: ['vllm'] },
  { names: ['-tp'], field: 'tensorParallel', kind: 'int', engines: ['vllm', 'sglang'] },
  { names: ['-pp'], field: 'pipelineParallel', kind: 'int', engines: ['vllm', 'sglang'] },
  // The long names mean the same in vLLM, TensorRT-LLM's LLM API and serving configs, lighteval and
  // DeepSpeed-MII: read wherever they are written, naming no engine.
  { names: ['tensor_parallel_size'], field: 'tensorParallel', kind: 'int', engines: ['any'] },
  { names: ['pipeline_parallel_size'], field: 'pipelineParallel', kind: 'int', engines: ['any'] },
  { names: ['max_num_seqs'], field: 'batch', kind: 'int', engines: ['vllm'] },
  // the British spelling is lighteval's older key (same file, gpu_memory_utilisation)
  {
    names: ['gpu_memory_utilization', 'gpu_memory_utilisation'],
    field: 'gpuMemoryUtilization',
    kind: 'fraction',
    engines: ['vllm'],
  },
  {
    names: ['kv_cache_dtype'],
    field: 'kvCacheQuant',
    kind: 'kvType',
    engines: ['vllm', 'sglang', 'tgi'],
    values: KV_TYPES,
  },
  { names: ['quantization'], field: 'quant', kind: 'weightsFormat', engines: ['vllm', 'sglang'], values: VLLM_QUANT },
  // `dtype` (vLLM, SGLang, TGI, transformers, and the model blocks of evaluation and serving configs
  // such as lighteval's `model_parameters`): the weights' precision wherever it sits beside a model.
  { names: ['dtype'], field: 'quant', kind: 'dtype', engines: ['any'] },
  { names: ['speculative_model'], field: 'draft', kind: 'path', engines: ['vllm'] },
  // SGLang
  { names: ['context_length'], field: 'contextTokens', kind: 'int', engines: ['sglang'] },
  // `tp` is SGLang's flag, and the key BentoML, LMDeploy and most deployment configs use for the same
  // thing: it sets tensor parallelism wherever it is written and names no engine.
  { names: ['tp', 'tp_size'], field: 'tensorParallel', kind: 'int', engines: ['any'] },
  { names: ['pp_size'], field: 'pipelineParallel', kind: 'int', engines: ['sglang'] },
  { names: ['mem_fraction_static'], field: 'gpuMemoryUtilization', kind: 'fraction', engines: ['sglang'] },
  { names: ['max_running_requests'], field: 'batch', kind: 'int', engines: ['sglang'] },
  { names: ['speculative_draft_model_path'], field: 'draft', kind: 'path', engines: ['sglang'] },
  // TGI (flags and their env twins)
  { names: ['max_total_tokens'], field: 'contextTokens', kind: 'int', engines: ['tgi'] },
  { names: ['num_shard'], field: 'tensorParallel', kind: 'int', engines: ['tgi'] },
  { names: ['quantize'], field: 'quant', kind: 'weightsFormat', engines: ['tgi'], values: TGI_QUANT },
  { names: ['max_batch_size'], field: 'batch', kind: 'int', engines: ['tgi'] },
  // TensorRT-LLM: trtllm-serve, trtllm-build, convert_checkpoint.py (`--tp_size` is `tp_size` above)
  { names: ['max_seq_len'], field: 'contextTokens', kind: 'int', engines: ['tensorrt-llm'] },
  { names: ['max_batch_size'], field: 'batch', kind: 'int', engines: ['tensorrt-llm'] },
  { names: ['pp_size'], field: 'pipelineParallel', kind: 'int', engines: ['tensorrt-llm'] },
  // llama.cpp server/CLI, its LLAMA_ARG_* env, llama-cpp-python keywords
  {
    names: ['-c', 'ctx_size', 'llama_arg_ctx_size', 'n_ctx'],
    field: 'contextTokens',
    kind: 'int',
    engines: ['llama.cpp'],
  },
  {
    names: ['-ngl', 'gpu_layers', 'n_gpu_layers', 'llama_arg_n_gpu_layers'],
    field: 'gpuLayers',
    kind: 'layers',
    engines: ['llama.cpp'],
  },
  { names: ['-np', 'parallel', 'llama_arg_n_parallel'], field: 'batch', kind: 'int', engines: ['llama.cpp'] },
  {
    names: ['-ts', 'tensor_split', 'llama_arg_tensor_split'],
    field: 'tensorSplit',
    kind: 'shares',
    engines: ['llama.cpp'],
  },
  // experts in system RAM (settings/cpuExperts.ts); `-ncmoe` is normalized to `ncmoe` (five letters)
  { names: ['ncmoe', 'n_cpu_moe', 'llama_arg_n_cpu_moe'], field: 'cpuMoeLayers', kind: 'int', engines: ['llama.cpp'] },
  {
    names: ['-cmoe', 'cpu_moe', 'llama_arg_cpu_moe'],
    field: 'cpuMoeLayers',
    kind: 'allLayers',
    engines: ['llama.cpp'],
  },
  {
    names: ['-ot', 'override_tensor', 'llama_arg_override_tensor'],
    field: 'cpuMoeLayers',
    kind: 'tensorOverrides',
    engines: ['llama.cpp'],
  },
  {
    names: ['-ctk', 'cache_type_k', 'llama_arg_cache_type_k'],
    field: 'kvCacheQuant',
    kind: 'kvType',
    engines: ['llama.cpp'],
    values: KV_TYPES,
  },
  {
    names: ['-ctv', 'cache_type_v', 'llama_arg_cache_type_v'],
    field: 'kvCacheQuantV',
    kind: 'kvType',
    engines: ['llama.cpp'],
    values: KV_TYPES,
  },
  {
    names: ['-fa', 'flash_attn', 'llama_arg_flash_attn'],
    field: 'flashAttention',
    kind: 'flag',
    engines: ['llama.cpp'],
  },
  { names: ['mmproj', '-mm', 'clip_model_path'], field: 'mmproj', kind: 'path', engines: ['llama.cpp'] },
  { names: ['-md', 'model_draft'], field: 'draft', kind: 'path', engines: ['llama.cpp'] },
  // Ollama (Modelfile PARAMETER, API options, server env)
  { names: ['num_ctx', 'ollama_context_length'], field: 'contextTokens', kind: 'int', engines: ['ollama'] },
  { names: ['num_gpu'], field: 'gpuLayers', kind: 'int', engines: ['ollama'] },
  { names: ['ollama_num_parallel'], field: 'batch', kind: 'int', engines: ['ollama'] },
  { names: ['ollama_kv_cache_type'], field: 'kvCacheQuant', kind: 'kvType', engines: ['ollama'], values: KV_TYPES },
  { names: ['ollama_flash_attention'], field: 'flashAttention', kind: 'flag', engines: ['ollama'] },
  // transformers loading options (the 4-bit/8-bit ones are read by loadingFormat.ts)
  { names: ['torch_dtype'], field: 'quant', kind: 'dtype', engines: ['transformers', 'training'] },
  // DeepSpeed's parameter dtype as OpenRLHF names it (`--ds.param_dtype bf16`, same file as max_len)
  { names: ['param_dtype'], field: 'quant', kind: 'dtype', engines: ['training'] },
  {
    // `attn_impl flash_attn`: ms-swift's name and value (swift/llm/argument/base_args/model_args.py)
    names: ['attn_implementation', 'attn_impl'],
    field: 'flashAttention',
    kind: 'name',
    engines: ['transformers', 'training'],
    values: { flash_attention_2: 'true', flash_attention_3: 'true', flash_attn: 'true', eager: 'false' },
  },
  // Fine-tuning (TRL, PEFT, axolotl, LLaMA-Factory, Unsloth)
  {
    names: ['per_device_train_batch_size', 'micro_batch_size'],
    field: 'trainBatch',
    kind: 'int',
    engines: ['training'],
  },
  {
    // `max_len`: OpenRLHF's `--data.max_len` (OpenRLHF/OpenRLHF @ 3c3be623 openrlhf/cli/train_sft.py)
    names: ['max_seq_length', 'sequence_len', 'cutoff_len', 'max_length', 'max_len'],
    field: 'seqLen',
    kind: 'int',
    engines: ['training'],
  },
  {
    names: ['gradient_checkpointing', 'use_gradient_checkpointing', 'gradient_checkpointing_enable'],
    field: 'gradientCheckpointing',
    kind: 'flag',
    engines: ['training'],
  },
  { names: ['r', 'lora_r', 'lora_rank'], field: 'loraRank', kind: 'int', engines: ['training'] },
  { names: ['optim', 'optimizer'], field: 'optimizer', kind: 'name', engines: ['training'] },
  { names: ['flash_attention'], field: 'flashAttention', kind: 'flag', engines: ['training'] },
  // A format named as such in any object or config: parsed as the recognizer parses labels
  {
    names: ['quantization', 'quant', 'quant_method', 'quantization_format'],
    field: 'quant',
    kind: 'anyFormat',
    engines: ['any'],
  },
];

/** Words in a command, call or entry that say which engine runs it, first match wins per position. */
export const ENGINE_MARKERS: Array<{ engine: RunEngine; re: RegExp }> = [
  { engine: 'sglang', re: /\bsglang\b/i },
  { engine: 'tgi', re: /\btext-generation-(?:launcher|inference)\b|\btgi-gaudi\b/i },
  // `vllm`, and vLLM's own environment variables (`VLLM_ADDITIONAL_ARGS`, `VLLM_USE_V1`)
  { engine: 'vllm', re: /\bvllm\b|\bVLLM_[A-Z0-9_]+\b/i },
  {
    engine: 'llama.cpp',
    re: /\bllama-(?:server|cli)\b|\bllama\.cpp\b|\bllama_cpp\b|\bLlama\(|\bllama_arg_|\bLLAMA_ARG_/,
  },
  { engine: 'ollama', re: /\bollama\b/i },
  // mlx-vlm (Blaizzy/mlx-vlm: `python -m mlx_vlm.generate`, `mlx_vlm.server`) runs on MLX too.
  { engine: 'mlx', re: /\bmlx[_-](?:lm|vlm)\b/ },
  {
    engine: 'transformers',
    re: /\bAutoModel\w*\.from_pretrained\b|\b\w+For(?:CausalLM|ConditionalGeneration)\.from_pretrained\b/,
  },
];

/** Keys that make a config or call a fine-tuning one. */
export const TRAINING_MARKERS = new Set([
  'per_device_train_batch_size',
  'micro_batch_size',
  'gradient_accumulation_steps',
  'num_train_epochs',
  'num_epochs',
  'finetuning_type',
  'train_type',
  'tuner_type',
  'adapter',
  'use_peft',
  'lora_r',
  'lora_rank',
  'learning_rate',
  'do_train',
]);

/** A stated backend key: LLaMA-Factory `infer_backend`, kubeai `engine`. */
export const BACKEND_KEYS: Record<string, Record<string, RunEngine>> = {
  infer_backend: { huggingface: 'transformers', vllm: 'vllm', sglang: 'sglang' },
  engine: { vllm: 'vllm', ollama: 'ollama', vllm_engine: 'vllm' },
};

/** The engine a long option name belongs to when no other engine or tool reads that name. */
export function engineOnlyFor(key: string): RunEngine | undefined {
  if (key.startsWith('-')) return undefined;
  const engines = new Set(
    OPTIONS.filter(o => o.names.includes(key))
      .flatMap(o => o.engines)
      .filter(e => !isRuntime(e)),
  );
  const [only] = engines;
  return engines.size === 1 && only !== 'training' && only !== 'any' && !isRuntime(only) ? only : undefined;
}
