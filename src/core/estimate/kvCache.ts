// KV cache size under each engine's allocation policy (docs/ESTIMATION.md section 4).
// Per attention layer and cached token: K width + V width = 2 × KV heads × head_dim elements,
// never hidden / heads. Sliding-window layers, MLA latents and linear-attention layers differ.
import type { Engine } from '../types';
import type { Architecture } from './architecture';
import type { KvCacheFormat } from './validateInput';
import { formatInt } from '../units';

/** Bytes per cached element: ggml's q8_0 and q4_0 blocks carry an fp16 scale per 32 values. */
export const KV_ELEMENT_BYTES: Record<KvCacheFormat, number> = { F16: 2, BF16: 2, FP8: 1, Q8_0: 34 / 32, Q4_0: 18 / 32 };

/** llama.cpp's default micro-batch (n_ubatch) and KV cell padding (llama-kv-cache-iswa.cpp). */
export const LLAMA_CPP_UBATCH = 512;
const LLAMA_CPP_PAD = 256;
/** vLLM allocates the cache in blocks of 16 tokens (DEFAULT_BLOCK_SIZE). */
const VLLM_BLOCK = 16;

const padTo = (n: number, step: number) => Math.ceil(n / step) * step;

export interface KvCacheResult { bytes: number; notes: string[] }

export function kvCacheBytes(a: Architecture & { family?: string }, engine: Engine, contextTokens: number, batch: number, format: KvCacheFormat): KvCacheResult {
  const notes: string[] = [];
  const element = KV_ELEMENT_BYTES[format];
  // Layers that hold a cache of their own: not linear-attention ones, not ones reusing another's.
  const attentionLayers = a.kvLayers ?? a.layers - (a.linearAttentionLayers ?? 0);
  const slidingShare = a.slidingWindow ? (a.slidingLayers ?? a.layers) / a.layers : 0;
  const slidingLayers = Math.round(attentionLayers * slidingShare);
  if (a.kvLayers !== undefined) notes.push(`only ${a.kvLayers} of ${a.layers} layers keep a KV cache of their own; the others reuse it`);
  const fullLayers = attentionLayers - slidingLayers;

  // Elements cached per token per layer.
  let perToken: number;
  if (a.kvLoraRank !== undefined && a.qkRopeHeadDim !== undefined && engine !== 'transformers') {
    perToken = a.kvLoraRank + a.qkRopeHeadDim;        // one compressed latent shared by all heads
    notes.push(`MLA: one latent of ${perToken} values per layer and token (kv_lora_rank + rope dims)`);
  } else if (a.kvLoraRank !== undefined) {
    perToken = a.attentionHeads * ((a.qkNopeHeadDim ?? 128) + (a.qkRopeHeadDim ?? 64) + (a.vHeadDim ?? 128));
    notes.push('MLA decompressed: transformers caches full per-head K and V');
  } else {
    perToken = 2 * a.kvHeads * a.headDim;
  }

  // Cells per layer.
  let fullCells: number;
  let slidingCells = 0;
  const total = contextTokens * batch;
  switch (engine) {
    case 'llama.cpp':
      fullCells = padTo(total, LLAMA_CPP_PAD);
      if (slidingLayers) {
        slidingCells = Math.min(fullCells, padTo(a.slidingWindow! * batch + LLAMA_CPP_UBATCH, LLAMA_CPP_PAD));
        notes.push(`${slidingLayers} sliding-window layers keep ${formatInt(slidingCells)} cells (window ${a.slidingWindow} × sequences + micro-batch; llama-server's default, not --swa-full)`);
      }
      break;
    case 'ollama': {
      fullCells = total;
      if (slidingLayers) {
        // Ollama's own engine: window × parallel + batch; gpt-oss keeps 4,096 tokens on its local layers.
        const window = a.family === 'gpt-oss' ? 4096 : a.slidingWindow!;
        slidingCells = Math.min(fullCells, window * batch + LLAMA_CPP_UBATCH);
        notes.push(`${slidingLayers} sliding-window layers keep ${formatInt(slidingCells)} cells (Ollama: ${window} × parallel + batch)`);
      }
      break;
    }
    case 'vllm':
      fullCells = padTo(contextTokens, VLLM_BLOCK) * batch;
      slidingCells = slidingLayers ? fullCells : 0;
      if (slidingLayers) notes.push('vLLM charges sliding-window layers at full size in its capacity accounting');
      break;
    case 'transformers':
      fullCells = total;
      slidingCells = slidingLayers ? Math.min(contextTokens, a.slidingWindow!) * batch : 0;
      break;
  }
  let bytes = (fullLayers * fullCells + slidingLayers * slidingCells) * perToken * element;
  if (a.linearAttentionLayers && a.recurrentStateBytes) {
    bytes += a.recurrentStateBytes * batch;
    notes.push(`${a.linearAttentionLayers} linear-attention layers hold a fixed state per sequence`);
  }
  return { bytes, notes };
}
