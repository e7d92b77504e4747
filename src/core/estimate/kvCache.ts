// KV cache size under each engine's allocation policy (docs/ESTIMATION.md section 4).
// Per attention layer and cached token: K width + V width = 2 × KV heads × head_dim elements,
// never hidden / heads. Sliding-window layers, MLA latents and linear-attention layers differ; how
// many cells each layer gets is the engine's policy (engines/).
import type { Engine } from '../types';
import type { Architecture } from './architecture';
import type { KvCacheFormat } from './validateInput';
import { policyFor } from './engines';
import { crossAttentionKv } from './crossAttentionKv';

export { LLAMA_CPP_UBATCH } from './engines/llamaCpp';

/** Bytes per cached element: ggml's q8_0 and q4_0 blocks carry an fp16 scale per 32 values. */
export const KV_ELEMENT_BYTES: Record<KvCacheFormat, number> = {
  F16: 2,
  BF16: 2,
  FP8: 1,
  Q8_0: 34 / 32,
  Q4_0: 18 / 32,
};

export interface KvCacheResult {
  bytes: number;
  notes: string[];
  /** Bytes that shard with the KV heads under tensor parallelism (all but recurrent state). */
  attentionBytes: number;
  /** Elements per token per layer split over KV heads (1 head's share = perToken / kvHeadsShared). */
  kvHeadsShared: number;
}

export function kvCacheBytes(
  a: Architecture & { family?: string },
  engine: Engine,
  contextTokens: number,
  batch: number,
  format: KvCacheFormat,
): KvCacheResult {
  const policy = policyFor(engine);
  const notes: string[] = [];
  const element = KV_ELEMENT_BYTES[format];
  // Layers that hold a cache of their own: not linear-attention ones, not ones reusing another's.
  const attentionLayers = a.kvLayers ?? a.layers - (a.linearAttentionLayers ?? 0);
  const slidingShare = a.slidingWindow ? (a.slidingLayers ?? a.layers) / a.layers : 0;
  const slidingLayers = Math.round(attentionLayers * slidingShare);
  if (a.kvLayers !== undefined) {
    notes.push(`only ${a.kvLayers} of ${a.layers} layers keep a KV cache of their own; the others reuse it`);
  }
  const fullLayers = attentionLayers - slidingLayers;

  // Elements cached per token per layer, and over how many heads they divide.
  let perToken: number;
  let kvHeadsShared = a.kvHeads;
  if (a.kvLoraRank !== undefined && a.qkRopeHeadDim !== undefined && policy.mlaLatent) {
    perToken = a.kvLoraRank + a.qkRopeHeadDim; // one compressed latent shared by all heads
    kvHeadsShared = 1;
    notes.push(`MLA: one latent of ${perToken} values per layer and token (kv_lora_rank + rope dims)`);
  } else if (a.kvLoraRank !== undefined) {
    perToken = a.attentionHeads * ((a.qkNopeHeadDim ?? 128) + (a.qkRopeHeadDim ?? 64) + (a.vHeadDim ?? 128));
    kvHeadsShared = a.attentionHeads;
    notes.push('MLA decompressed: transformers caches full per-head K and V');
  } else {
    // Values may be narrower than keys (MiMo-V2: v_head_dim 128 under 192-wide keys).
    perToken = a.kvHeads * (a.headDim + (a.vHeadDim ?? a.headDim));
  }

  const cells = policy.kvCells(a, contextTokens, batch, slidingLayers);
  notes.push(...cells.notes);
  // Gemma 4, MiMo-V2: the full-attention layers cache their own KV heads and head width.
  const fullHeadDim = a.fullAttentionHeadDim ?? a.headDim;
  const fullPerToken =
    a.fullAttentionKvHeads !== undefined || a.fullAttentionHeadDim !== undefined
      ? (a.fullAttentionKvHeads ?? a.kvHeads) * (fullHeadDim + (a.vHeadDim ?? fullHeadDim))
      : perToken;
  let attentionBytes =
    (fullLayers * cells.fullCells * fullPerToken + slidingLayers * cells.slidingCells * perToken) * element;
  const cross = crossAttentionKv(a, contextTokens, engine);
  if (cross?.cached) attentionBytes += a.layers * batch * cross.tokens * perToken * element;
  if (cross) notes.push(cross.note);
  let bytes = attentionBytes;
  if (cross && !cross.cached) bytes += batch * cross.tokens * a.hiddenSize * 4;
  if (a.linearAttentionLayers && a.recurrentStateBytes) {
    bytes += a.recurrentStateBytes * batch;
    notes.push(`${a.linearAttentionLayers} linear-attention layers hold a fixed state per sequence`);
  }
  return { bytes, notes, attentionBytes, kvHeadsShared };
}
