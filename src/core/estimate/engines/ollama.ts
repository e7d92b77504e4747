// Ollama: llama.cpp's buffers plus Ollama's own reserve and cache sizing (docs/ESTIMATION.md section 5).
// Sources: ollama/ollama @ fb30760996871fa9460115c753afd2c60d4ab0f7 ml/device.go (MinimumMemory),
// docs/faq.mdx ("If the model will entirely fit on any single GPU, Ollama will load the model on
// that GPU … otherwise spread across all the available GPUs"); llm/memory.go at the parent of
// f560bd07 (window × parallel + batch for Gemma 3 local layers, 4,096 for gpt-oss).
import { formatInt } from '../../units';
import { llamaCppComputeBuffer, LLAMA_CPP_UBATCH } from './llamaCpp';
import { CUDA_CONTEXT_BYTES } from './runtime';
import { MiB, type EnginePolicy } from './policy';

/** Ollama's fixed per-GPU reserve: MinimumMemory() = 457 MiB (512 MiB on Metal). */
export const OLLAMA_RESERVE_BYTES = 457 * MiB;

export const ollama: EnginePolicy = {
  engine: 'ollama',
  placement: 'layers',
  mlaLatent: true,
  perRankCommBytes: 0,
  kvCells(a, contextTokens, batch, slidingLayers) {
    const fullCells = contextTokens * batch;
    if (!slidingLayers || !a.slidingWindow) return { fullCells, slidingCells: 0, notes: [] };
    const window = a.family === 'gpt-oss' ? 4096 : a.slidingWindow;
    const slidingCells = Math.min(fullCells, window * batch + LLAMA_CPP_UBATCH);
    const note =
      `${slidingLayers} sliding-window layers keep ${formatInt(slidingCells)} cells` +
      ` (Ollama: ${window} × parallel + batch)`;
    return { fullCells, slidingCells, notes: [note] };
  },
  overhead(a, contextTokens, batch, flashAttention) {
    const compute = llamaCppComputeBuffer(a, contextTokens * batch, flashAttention);
    const fa = flashAttention ? 'with flash attention' : 'without flash attention';
    return {
      bytes: compute + CUDA_CONTEXT_BYTES + OLLAMA_RESERVE_BYTES,
      parts: {
        computeBufferBytes: compute,
        cudaContextBytes: CUDA_CONTEXT_BYTES,
        engineReserveBytes: OLLAMA_RESERVE_BYTES,
      },
      notes: [`Ollama: llama.cpp compute buffer ${fa}, CUDA context, and Ollama's fixed 457 MiB reserve per GPU`],
    };
  },
};
