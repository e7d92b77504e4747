// Runtime memory beyond weights and KV cache, per engine (docs/ESTIMATION.md section 5).
// Modelled figures, stated as assumptions in every result.
import type { Engine, MemoryParts } from '../types';
import type { Architecture } from './architecture';
import { LLAMA_CPP_UBATCH } from './kvCache';

const MiB = 2 ** 20;
/** CUDA context and allocator slack that no engine reports (a few hundred MiB on current drivers). */
export const CUDA_CONTEXT_BYTES = 300 * MiB;
/** Ollama's fixed per-GPU reserve: MinimumMemory() = 457 MiB (ollama/ollama ml/device.go). */
export const OLLAMA_RESERVE_BYTES = 457 * MiB;
/** vLLM's default share of the GPU (CacheConfig gpu_memory_utilization). */
export const VLLM_UTILIZATION = 0.9;
/** vLLM profiles one forward pass of this many tokens (max_num_batched_tokens) at start-up. */
const VLLM_PROFILE_TOKENS = 2048;
/** CUDA graphs and non-torch memory vLLM holds besides the profiled activations. */
const VLLM_GRAPHS_BYTES = 1024 * MiB;

/**
 * llama.cpp's compute buffer: the graph allocator reuses memory between stages, so the buffer is
 * the largest stage for one micro-batch, not their sum. Stages, in f32:
 *   output   — logits for every token of the micro-batch (n_ubatch × vocab) plus its input;
 *   feed-forward — gate and up projections (2 × ffn) plus the hidden state;
 *   attention — without flash attention the n_ubatch × n_ctx × heads score matrix dominates;
 *               with it, only the q/k/v/output activations remain.
 * Checked against ggml-org/ci logs (open_llama_7b_v2: 70.5 MiB at n_ctx 512, 164 MiB at 2048,
 * flash attention off; see test/data/published/totals.json).
 */
export function llamaCppComputeBuffer(a: Architecture, contextTokens: number, flashAttention: boolean, ubatch = LLAMA_CPP_UBATCH): number {
  const f32 = 4;
  const ffn = Math.max(a.intermediateSize, (a.expertIntermediateSize ?? 0) * (a.expertsPerToken ?? 0));
  const output = ubatch * (a.vocabSize + a.hiddenSize) * f32;
  const feedForward = ubatch * (2 * ffn + a.hiddenSize) * f32;
  const projections = ubatch * 4 * Math.max(a.hiddenSize, a.attentionHeads * a.headDim) * f32;
  const scores = flashAttention ? 0 : ubatch * Math.min(contextTokens, 1 << 24) * a.attentionHeads * f32;
  return Math.max(output, feedForward, projections + scores);
}

export interface OverheadResult { bytes: number; parts: MemoryParts; notes: string[] }

/**
 * `contextTokens` is per sequence; llama.cpp's attention spans every cell of the cache, so its
 * compute buffer sees contextTokens × batch.
 */
export function overheadBytes(a: Architecture, engine: Engine, contextTokens: number, batch: number, flashAttention: boolean): OverheadResult {
  const fa = flashAttention ? 'with flash attention' : 'without flash attention';
  const cells = contextTokens * batch;
  switch (engine) {
    case 'llama.cpp': {
      const compute = llamaCppComputeBuffer(a, cells, flashAttention);
      return {
        bytes: compute + CUDA_CONTEXT_BYTES,
        parts: { computeBufferBytes: compute, cudaContextBytes: CUDA_CONTEXT_BYTES },
        notes: [`llama.cpp compute buffer for a ${LLAMA_CPP_UBATCH}-token micro-batch ${fa}, plus about 300 MiB of CUDA context (not in llama.cpp's own log)`],
      };
    }
    case 'ollama': {
      const compute = llamaCppComputeBuffer(a, cells, flashAttention);
      return {
        bytes: compute + CUDA_CONTEXT_BYTES + OLLAMA_RESERVE_BYTES,
        parts: { computeBufferBytes: compute, cudaContextBytes: CUDA_CONTEXT_BYTES, engineReserveBytes: OLLAMA_RESERVE_BYTES },
        notes: [`Ollama: llama.cpp compute buffer ${fa}, CUDA context, and Ollama's fixed 457 MiB reserve per GPU`],
      };
    }
    case 'vllm': {
      const activation = VLLM_PROFILE_TOKENS * (2 * a.intermediateSize + 4 * a.hiddenSize + a.vocabSize) * 2;
      return {
        bytes: activation + VLLM_GRAPHS_BYTES,
        parts: { computeBufferBytes: activation, cudaContextBytes: VLLM_GRAPHS_BYTES },
        notes: ['vLLM: activation peak of its start-up profiling pass (2,048 batched tokens) plus about 1 GiB for CUDA graphs and non-torch memory'],
      };
    }
    case 'transformers': {
      // Prefill over the whole prompt: hidden states and one MLP intermediate per token, the last
      // position's logits; the score matrix too when flash attention/SDPA is off.
      const scores = flashAttention ? 0 : contextTokens * contextTokens * a.attentionHeads * 2;
      const prefill = contextTokens * (4 * a.hiddenSize + 2 * a.intermediateSize) * 2 + a.vocabSize * 4 + scores;
      return {
        bytes: prefill + CUDA_CONTEXT_BYTES,
        parts: { computeBufferBytes: prefill, cudaContextBytes: CUDA_CONTEXT_BYTES },
        notes: [`transformers: prefill activations ${flashAttention ? 'with SDPA/flash attention' : 'including the full attention matrix'}, plus about 300 MiB of CUDA context`],
      };
    }
  }
}
