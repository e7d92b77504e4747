// Runtime memory beyond weights and KV cache, per engine (ESTIMATION.md sections 5 and 8.4).
// These are modelled figures, stated as assumptions in every result.
import type { Engine } from '../types';
import type { Architecture } from './architecture';
import { LLAMA_CPP_UBATCH } from './kvCache';

const MiB = 2 ** 20;
/** CUDA context and allocator slack that no engine reports (a few hundred MiB on current drivers). */
export const CUDA_CONTEXT_BYTES = 300 * MiB;
/** Ollama's fixed per-GPU reserve: MinimumMemory() = 457 MiB (ollama/ollama ml/device.go). */
export const OLLAMA_RESERVE_BYTES = 457 * MiB;

export interface OverheadResult { bytes: number; notes: string[] }

export function overheadBytes(a: Architecture, engine: Engine, contextTokens: number): OverheadResult {
  // llama.cpp's compute graph for one micro-batch: dominated by the f32 logits of n_ubatch tokens
  // and the hidden-state scratch (flash attention on, its default on GPUs).
  const llamaCompute = LLAMA_CPP_UBATCH * (a.vocabSize + 12 * a.hiddenSize) * 4;
  switch (engine) {
    case 'llama.cpp':
      return {
        bytes: llamaCompute + CUDA_CONTEXT_BYTES,
        notes: [`llama.cpp compute buffer for a ${LLAMA_CPP_UBATCH}-token micro-batch with flash attention, plus about 300 MiB of CUDA context`],
      };
    case 'ollama':
      return {
        bytes: llamaCompute + CUDA_CONTEXT_BYTES + OLLAMA_RESERVE_BYTES,
        notes: ['Ollama: llama.cpp compute buffer, CUDA context, and its fixed 457 MiB reserve per GPU'],
      };
    case 'vllm': {
      // Profiling forward pass at max_num_batched_tokens (2048 assumed) plus CUDA graphs and
      // non-torch memory.
      const activation = 2048 * (2 * a.intermediateSize + 4 * a.hiddenSize + a.vocabSize) * 2;
      return {
        bytes: activation + 1024 * MiB,
        notes: ['vLLM: activation peak of its profiling pass (2,048 batched tokens) plus about 1 GiB for CUDA graphs and non-torch memory; vLLM itself reserves gpu_memory_utilization (0.9) of the GPU and fills the rest with KV cache'],
      };
    }
    case 'transformers': {
      // Prefill over the whole prompt: hidden states, one MLP intermediate and the logits of the
      // last position, with SDPA/flash attention (no materialised attention matrix).
      const prefill = contextTokens * (4 * a.hiddenSize + 2 * a.intermediateSize) * 2 + a.vocabSize * 4;
      return {
        bytes: prefill + CUDA_CONTEXT_BYTES,
        notes: ['transformers: prefill activations with SDPA attention plus about 300 MiB of CUDA context'],
      };
    }
  }
}
