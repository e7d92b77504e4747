// ZeRO / FSDP: how much of the model states one GPU holds when data-parallel training shards them
// (Rajbhandari et al., ZeRO, arXiv:1910.02054 §5: stage 1 partitions optimizer states, stage 2
// also gradients, stage 3 also parameters; PyTorch FSDP FULL_SHARD = stage 3, SHARD_GRAD_OP = 2).

export interface ShardedStates {
  weights: number;
  gradients: number;
  optimizer: number;
}

export function perGpuStates(s: ShardedStates, stage: 0 | 1 | 2 | 3, gpus: number): ShardedStates {
  if (gpus <= 1 || stage === 0) return s;
  return {
    weights: stage >= 3 ? s.weights / gpus : s.weights,
    gradients: stage >= 2 ? s.gradients / gpus : s.gradients,
    optimizer: s.optimizer / gpus,
  };
}

/**
 * Stage 3 gathers one layer's full parameters at a time for the forward and backward pass (and
 * prefetches the next): about two layers' weights, as stored, are whole on every GPU.
 */
export function gatheredLayerBytes(layerBytes: number, stage: 0 | 1 | 2 | 3, gpus: number): number {
  return stage >= 3 && gpus > 1 ? 2 * layerBytes : 0;
}
