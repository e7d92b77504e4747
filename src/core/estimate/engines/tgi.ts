// Text Generation Inference: shards (--num-shard) hold a slice of every tensor; after a warm-up
// prefill of --max-batch-prefill-tokens, the free memory minus 10% becomes KV blocks, which sets
// --max-batch-total-tokens. Sources: huggingface/text-generation-inference
// @ db931fcf42da018a3657580c64bf2720f167f9ab: server/text_generation_server/models/globals.py
// (TGI_WIGGLE_ROOM 0.90; BLOCK_SIZE 1 with flashinfer, the launcher's default attention),
// utils/import_utils.py get_cuda_free_memory (free − (1 − fraction) × total), utils/dist.py
// (CUDA_MEMORY_FRACTION 1.0), models/flash_causal_lm.py warmup, launcher/src/main.rs
// (max_batch_prefill_tokens default 4,096).
import { MiB, type EnginePolicy } from './policy';
import { graphedOverhead } from './graphedOverhead';
import { prefillActivationBytes } from './prefillActivation';
import { CUDA_CONTEXT_BYTES, NCCL_BUFFERS_BYTES } from './runtime';

/** cuda_memory_fraction (1.0) × TGI_WIGGLE_ROOM (0.90). */
export const TGI_SHARE = 1.0 * 0.9;
const TGI_PREFILL_TOKENS = 4096;
/**
 * CUDA graphs for the launcher's default batch sizes 1, 2, 4, 8, 16, 32 (launcher/src/main.rs
 * --cuda-graphs). TGI does not log their size; modelled at half of vLLM's 1 GiB budget, which
 * covers far more batch sizes. They are captured after the KV blocks, inside the 10% wiggle room.
 */
const TGI_GRAPHS_BYTES = 512 * MiB;

export const tgi: EnginePolicy = {
  engine: 'tgi',
  placement: 'sharded',
  mlaLatent: true,
  perRankCommBytes: NCCL_BUFFERS_BYTES,
  reservation: {
    defaultShare: () => TGI_SHARE,
    holds: 'all',
    flag: 'cuda_memory_fraction × TGI_WIGGLE_ROOM',
    // Free memory is read after the warm-up prefill; CUDA graphs are captured after the KV blocks.
    measuredRuntime: o => (o.parts.computeBufferBytes ?? 0) + CUDA_CONTEXT_BYTES,
  },
  kvCells(_a, contextTokens, batch, slidingLayers) {
    const fullCells = contextTokens * batch;
    return { fullCells, slidingCells: slidingLayers ? fullCells : 0, notes: [] };
  },
  overhead(a) {
    const activation = prefillActivationBytes(a, TGI_PREFILL_TOKENS, 32);
    return graphedOverhead(
      activation,
      TGI_GRAPHS_BYTES,
      'TGI: activations of its 4,096-token warm-up prefill, CUDA graphs for batch sizes up to 32' +
        ' and 300 MiB of CUDA context',
    );
  },
};
