// llama.cpp: KV cells, compute buffer and runtime (docs/ESTIMATION.md sections 4 and 5).
// Sources: llama.cpp as vendored in ollama/ollama @ f63eea3d273816ffc27fbeb0662ab44d236abc45
// (llama.cpp ec98e2002): src/llama-kv-cache-iswa.cpp (cells), src/llama-model.cpp (placement).
import type { Architecture } from '../architecture';
import { formatInt } from '../../units';
import { CUDA_CONTEXT_BYTES } from './runtime';
import { padTo, type EnginePolicy, type KvCells, type PolicyArchitecture } from './policy';

/** llama.cpp's default micro-batch (n_ubatch) and KV cell padding (llama-kv-cache-iswa.cpp). */
export const LLAMA_CPP_UBATCH = 512;
const LLAMA_CPP_PAD = 256;

/** The stages of llama.cpp's compute graph for one micro-batch, in bytes (f32 activations). */
export interface ComputeStages {
  output: number;
  feedForward: number;
  attention: number;
}

export function llamaCppStages(
  a: Architecture,
  contextTokens: number,
  flashAttention: boolean,
  ubatch = LLAMA_CPP_UBATCH,
): ComputeStages {
  const f32 = 4;
  const ffn = Math.max(a.intermediateSize, (a.expertIntermediateSize ?? 0) * (a.expertsPerToken ?? 0));
  const projections = ubatch * 4 * Math.max(a.hiddenSize, a.attentionHeads * a.headDim) * f32;
  const scores = flashAttention ? 0 : ubatch * Math.min(contextTokens, 1 << 24) * a.attentionHeads * f32;
  return {
    output: ubatch * (a.vocabSize + a.hiddenSize) * f32,
    feedForward: ubatch * (2 * ffn + a.hiddenSize) * f32,
    attention: projections + scores,
  };
}

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
export function llamaCppComputeBuffer(
  a: Architecture,
  contextTokens: number,
  flashAttention: boolean,
  ubatch = LLAMA_CPP_UBATCH,
): number {
  const s = llamaCppStages(a, contextTokens, flashAttention, ubatch);
  return Math.max(s.output, s.feedForward, s.attention);
}

/** Cells: the whole context padded to 256; sliding-window layers keep window × sequences + ubatch. */
export function llamaCppKvCells(
  a: PolicyArchitecture,
  contextTokens: number,
  batch: number,
  slidingLayers: number,
): KvCells {
  const fullCells = padTo(contextTokens * batch, LLAMA_CPP_PAD);
  if (!slidingLayers || !a.slidingWindow) return { fullCells, slidingCells: 0, notes: [] };
  const slidingCells = Math.min(fullCells, padTo(a.slidingWindow * batch + LLAMA_CPP_UBATCH, LLAMA_CPP_PAD));
  return {
    fullCells,
    slidingCells,
    notes: [
      `${slidingLayers} sliding-window layers keep ${formatInt(slidingCells)} cells (window ${a.slidingWindow}` +
        " × sequences + micro-batch; llama-server's default, not --swa-full)",
    ],
  };
}

export const llamaCpp: EnginePolicy = {
  engine: 'llama.cpp',
  placement: 'layers',
  mlaLatent: true,
  perRankCommBytes: 0,
  kvCells: llamaCppKvCells,
  /** `contextTokens` is per sequence; the attention spans every cell, so the buffer sees context × batch. */
  overhead(a, contextTokens, batch, flashAttention) {
    const compute = llamaCppComputeBuffer(a, contextTokens * batch, flashAttention);
    const fa = flashAttention ? 'with flash attention' : 'without flash attention';
    return {
      bytes: compute + CUDA_CONTEXT_BYTES,
      parts: { computeBufferBytes: compute, cudaContextBytes: CUDA_CONTEXT_BYTES },
      notes: [
        `llama.cpp compute buffer for a ${LLAMA_CPP_UBATCH}-token micro-batch ${fa}, plus about 300 MiB` +
          " of CUDA context (not in llama.cpp's own log)",
      ],
    };
  },
};
