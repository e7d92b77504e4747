// Runtime memory beyond weights and KV cache, per engine (docs/ESTIMATION.md section 5): the
// figures come from each engine's policy in engines/. Modelled figures, stated as assumptions in
// every result.
import type { Engine } from '../types';
import type { Architecture } from './architecture';
import { policyFor } from './engines';
import type { OverheadResult } from './engines/policy';

export type { OverheadResult } from './engines/policy';
export { llamaCppComputeBuffer } from './engines/llamaCpp';
export { CUDA_CONTEXT_BYTES } from './engines/runtime';
export { OLLAMA_RESERVE_BYTES } from './engines/ollama';
export { VLLM_UTILIZATION } from './engines/vllm';

/**
 * Runtime memory of `engine` on a GPU running the whole model. `contextTokens` is per sequence;
 * llama.cpp's attention spans every cell of the cache, so its compute buffer sees
 * contextTokens × batch.
 */
export function overheadBytes(
  a: Architecture,
  engine: Engine,
  contextTokens: number,
  batch: number,
  flashAttention: boolean,
): OverheadResult {
  return policyFor(engine).overhead(a, contextTokens, batch, flashAttention);
}
