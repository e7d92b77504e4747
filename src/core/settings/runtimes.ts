// Runtimes whose run settings are read onto the common fields (parallelism, context, batch,
// weights format) but that are not an engine of the public contract (shared DESIGN.md lists the
// engines; TensorRT-LLM is not one, and no memory policy models it). A file run on one of them
// states no engine: its estimate falls back to the user's setting or the format's engine, while
// the settings it writes still apply. Not read: `--kv_cache_free_gpu_memory_fraction` (KvCacheConfig
// free_gpu_memory_fraction, default 0.9: the share of the memory left free after the weights and
// buffers that the KV cache takes, https://nvidia.github.io/TensorRT-LLM/examples/kvcacheconfig.html),
// which is not the share of the whole GPU that `gpuMemoryUtilization` is; pricing it needs a policy
// of its own.
export type Runtime = 'tensorrt-llm';

/**
 * What names a runtime in a command or entry: its own commands, its Python package, its container
 * image (`nvcr.io/nvidia/tensorrt-llm/release`).
 */
export const RUNTIME_MARKERS: Array<{ runtime: Runtime; re: RegExp }> = [
  { runtime: 'tensorrt-llm', re: /\btrtllm-(?:serve|build|bench)\b|\btensorrt_llm\b|\/tensorrt-llm\// },
];

export function isRuntime(tag: string): tag is Runtime {
  return RUNTIME_MARKERS.some(m => m.runtime === tag);
}
