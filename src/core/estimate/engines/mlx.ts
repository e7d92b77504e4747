// MLX (mlx-lm on Apple silicon): one unified memory for CPU and GPU. mlx-lm wires up to Metal's
// max_recommended_working_set_size while generating and warns above 90% of it. Sources:
// ml-explore/mlx-lm @ d78bf58e217c904ec282ed8da9b947491f78c022 mlx_lm/generate.py (wired_limit,
// prefill_step_size 2048), mlx_lm/models/cache.py (KVCache and RotatingKVCache grow in steps of
// 256 tokens; a rotating cache holds at most the window), mlx_lm/models/deepseek_v3.py (caches
// the MLA latent). Metal's recommended working set as logged by llama.cpp: 10922.67 MB on a 16 GB
// Mac (abetlen/llama-cpp-python#687), 21845.34 MB on 32 GB (ollama/ollama#434): two thirds;
// about 49 GB on 64 GB (ggml-org/llama.cpp#1870): three quarters.
import { formatInt } from '../../units';
import { padTo, GiB, type EnginePolicy } from './policy';
import { prefillActivationBytes } from './prefillActivation';

const MLX_STEP = 256;
const MLX_PREFILL_TOKENS = 2048;

/** The share of unified memory Metal recommends for the GPU working set. */
export function metalWorkingSetShare(memoryBytes: number): number {
  return memoryBytes >= 64 * GiB ? 0.75 : 2 / 3;
}

export const mlx: EnginePolicy = {
  engine: 'mlx',
  placement: 'unified',
  mlaLatent: true,
  perRankCommBytes: 0,
  kvCells(a, contextTokens, batch, slidingLayers) {
    const fullCells = padTo(contextTokens, MLX_STEP) * batch;
    if (!slidingLayers || !a.slidingWindow) return { fullCells, slidingCells: 0, notes: [] };
    const slidingCells = Math.min(padTo(contextTokens, MLX_STEP), a.slidingWindow) * batch;
    const note = `${slidingLayers} sliding-window layers keep a rotating cache of ${formatInt(slidingCells)} cells`;
    return { fullCells, slidingCells, notes: [note] };
  },
  overhead(a, contextTokens) {
    const tokens = Math.min(contextTokens, MLX_PREFILL_TOKENS);
    const prefill = prefillActivationBytes(a, tokens, 1);
    return {
      bytes: prefill,
      parts: { computeBufferBytes: prefill },
      notes: ['MLX: activations of a 2,048-token prefill step; unified memory, no CUDA context'],
    };
  },
};
