// Hugging Face transformers: a dynamic cache grown token by token, prefill activations over the
// whole prompt; several GPUs via device_map="auto" (whole layers per GPU, accelerate's balanced
// map) or tp_plan="auto" (sharded tensors).
import { prefillActivationBytes } from './prefillActivation';
import { CUDA_CONTEXT_BYTES, NCCL_BUFFERS_BYTES } from './runtime';
import type { EnginePolicy } from './policy';

export const transformers: EnginePolicy = {
  engine: 'transformers',
  placement: 'sharded',
  mlaLatent: false,
  perRankCommBytes: NCCL_BUFFERS_BYTES,
  kvCells(a, contextTokens, batch, slidingLayers) {
    const fullCells = contextTokens * batch;
    const slidingCells = slidingLayers && a.slidingWindow ? Math.min(contextTokens, a.slidingWindow) * batch : 0;
    return { fullCells, slidingCells, notes: [] };
  },
  overhead(a, contextTokens, _batch, flashAttention) {
    // Prefill over the whole prompt: hidden states and one MLP intermediate per token, the last
    // position's logits; the score matrix too when flash attention/SDPA is off.
    const scores = flashAttention ? 0 : contextTokens * contextTokens * a.attentionHeads * 2;
    const prefill = prefillActivationBytes(a, contextTokens, 1) + scores;
    const attention = flashAttention ? 'with SDPA/flash attention' : 'including the full attention matrix';
    return {
      bytes: prefill + CUDA_CONTEXT_BYTES,
      parts: { computeBufferBytes: prefill, cudaContextBytes: CUDA_CONTEXT_BYTES },
      notes: [`transformers: prefill activations ${attention}, plus about 300 MiB of CUDA context`],
    };
  },
};
