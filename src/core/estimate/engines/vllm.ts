// vLLM: paged KV blocks, start-up profiling and the gpu_memory_utilization reservation
// (docs/ESTIMATION.md sections 4.2 and 5). Sources: vllm/config/cache.py (docs.vllm.ai: gpu_memory_utilization,
// DEFAULT_BLOCK_SIZE = 16); vllm-project/vllm PR #10511 per-rank profiling logs (Llama-3-8B on
// H100: "model weights take 14.96GiB" at TP 1, 7.48GiB at TP 2, the same 1.26GiB activation peak
// at both: the profiled peak does not shrink with tensor parallelism).
import { padTo, MiB, type EnginePolicy } from './policy';
import { CUDA_CONTEXT_BYTES, NCCL_BUFFERS_BYTES } from './runtime';

/** vLLM's default share of each GPU (CacheConfig gpu_memory_utilization). */
export const VLLM_UTILIZATION = 0.9;
/** vLLM profiles one forward pass of this many tokens (max_num_batched_tokens) at start-up. */
const VLLM_PROFILE_TOKENS = 2048;
/** CUDA graphs and non-torch memory (context, allocator) vLLM holds besides the profiled peak. */
const VLLM_GRAPHS_BYTES = 1024 * MiB;
/** vLLM allocates the cache in blocks of 16 tokens (DEFAULT_BLOCK_SIZE). */
const VLLM_BLOCK = 16;

export const vllm: EnginePolicy = {
  engine: 'vllm',
  placement: 'sharded',
  mlaLatent: true,
  perRankCommBytes: NCCL_BUFFERS_BYTES,
  reservation: {
    defaultShare: () => VLLM_UTILIZATION,
    holds: 'all',
    flag: 'gpu_memory_utilization',
    // The KV pool is what the share leaves after the weights, the profiled peak and non-torch
    // memory; CUDA graphs are captured after it is sized (vLLM PR #21489).
    measuredRuntime: o => (o.parts.computeBufferBytes ?? 0) + CUDA_CONTEXT_BYTES,
  },
  kvCells(_a, contextTokens, batch, slidingLayers) {
    const fullCells = padTo(contextTokens, VLLM_BLOCK) * batch;
    return {
      fullCells,
      slidingCells: slidingLayers ? fullCells : 0,
      notes: slidingLayers ? ['vLLM charges sliding-window layers at full size in its capacity accounting'] : [],
    };
  },
  overhead(a) {
    const activation = VLLM_PROFILE_TOKENS * (2 * a.intermediateSize + 4 * a.hiddenSize + a.vocabSize) * 2;
    return {
      bytes: activation + VLLM_GRAPHS_BYTES,
      parts: { computeBufferBytes: activation, cudaContextBytes: VLLM_GRAPHS_BYTES },
      notes: [
        'vLLM: activation peak of its start-up profiling pass (2,048 batched tokens) plus about 1 GiB' +
          ' for CUDA graphs and non-torch memory',
      ],
    };
  },
};
