// MLX (mlx-lm on Apple silicon): one unified memory for CPU and GPU. mlx-lm wires up to Metal's
// max_recommended_working_set_size while generating and warns above 90% of it. Sources:
// ml-explore/mlx-lm @ d78bf58e217c904ec282ed8da9b947491f78c022 mlx_lm/generate.py (wired_limit,
// prefill_step_size 2048), mlx_lm/models/cache.py (KVCache and RotatingKVCache grow in steps of
// 256 tokens; a rotating cache holds at most the window), mlx_lm/models/deepseek_v3.py (caches
// the MLA latent). Metal's recommended working set: src/core/fit/metalWorkingSet.ts.
import { formatInt } from '../../units';
import { padTo, type EnginePolicy } from './policy';
import { prefillActivationBytes } from './prefillActivation';

const MLX_STEP = 256;
const MLX_PREFILL_TOKENS = 2048;

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
