// The runtime overhead of an engine that captures CUDA graphs (SGLang, TGI): its prefill
// activations, the graphs' memory and the CUDA context, with the graphs counted with the context.
import type { OverheadResult } from './policy';
import { CUDA_CONTEXT_BYTES } from './runtime';

export function graphedOverhead(activationBytes: number, graphsBytes: number, note: string): OverheadResult {
  return {
    bytes: activationBytes + graphsBytes + CUDA_CONTEXT_BYTES,
    parts: { computeBufferBytes: activationBytes, cudaContextBytes: CUDA_CONTEXT_BYTES + graphsBytes },
    notes: [note],
  };
}
