// SGLang: a static pool (weights + KV token pool) of mem_fraction_static × each GPU; activations
// and CUDA graphs live in the rest. Sources: sgl-project/sglang python/sglang/srt/server_args.py
// (mem_fraction_static default: (gpu_mem − reserved_mem) / gpu_mem, reserved_mem =
// 2.8 GiB + (tp × pp) / 10 GiB on GPUs under 35 GiB, 9.5 GiB + (tp × pp) / 2 GiB under 90 GiB,
// 12 GiB + (tp × pp) / 2 GiB under 160 GiB, 32 GiB above; chunked_prefill_size 4,096 when the GPU
// is unknown) and model_runner.py profile_max_num_token (KV pool = free memory after the weights
// − (1 − mem_fraction_static) × GPU memory; one token per cell, page size 1).
import { GiB, MiB, type EnginePolicy } from './policy';
import { graphedOverhead } from './graphedOverhead';
import { prefillActivationBytes } from './prefillActivation';
import { NCCL_BUFFERS_BYTES } from './runtime';

const SGLANG_CHUNKED_PREFILL = 4096;
/** CUDA graphs SGLang captures (cuda_graph_max_bs 8–160 batch sizes): about 1 GiB, as vLLM's. */
const SGLANG_GRAPHS_BYTES = 1024 * MiB;

/** The static share SGLang takes by default for a GPU of `gpuBytes` in a group of `ranks`. */
export function sglangStaticShare(gpuBytes: number, ranks: number): number {
  const gpu = gpuBytes / GiB;
  const reserved = gpu < 35 ? 2.8 + ranks / 10 : gpu < 90 ? 9.5 + ranks / 2 : gpu < 160 ? 12 + ranks / 2 : 32;
  return Math.max(0.05, Math.round(((gpu - reserved) / gpu) * 1000) / 1000);
}

export const sglang: EnginePolicy = {
  engine: 'sglang',
  placement: 'sharded',
  mlaLatent: true,
  perRankCommBytes: NCCL_BUFFERS_BYTES,
  reservation: { defaultShare: sglangStaticShare, holds: 'static', flag: 'mem_fraction_static' },
  kvCells(_a, contextTokens, batch, slidingLayers) {
    const fullCells = contextTokens * batch;
    return {
      fullCells,
      slidingCells: slidingLayers ? fullCells : 0,
      notes: slidingLayers
        ? ['SGLang: sliding-window layers counted at full size (its token pool is shared by all layers)']
        : [],
    };
  },
  overhead(a) {
    const activation = prefillActivationBytes(a, SGLANG_CHUNKED_PREFILL, 160);
    return graphedOverhead(
      activation,
      SGLANG_GRAPHS_BYTES,
      'SGLang: activations of a 4,096-token prefill chunk, logits for 160 running requests, about 1 GiB' +
        ' of CUDA graphs and 300 MiB of CUDA context, outside its static pool',
    );
  },
};
