// The cross-attention half of an encoder-decoder's KV cache (T5, BART, Marian, Whisper). Each
// decoder layer keeps, besides the keys and values of the tokens it generated, the keys and
// values of every encoder output position, computed once per input: Hugging Face transformers
// holds both in its EncoderDecoderCache (a self-attention cache and a cross-attention cache,
// src/transformers/cache_utils.py), and vLLM's encoder-decoder support (Whisper) allocates
// cross-attention KV blocks for the encoder's positions of each request. How many positions:
// Whisper's encoder always reads max_source_positions frames (1,500, 30 s of audio); for text
// models the input's length is not in the request, so it is assumed as long as the context.
import type { Architecture } from './architecture';

export interface CrossAttentionKv {
  /** Encoder positions cached per sequence. */
  tokens: number;
  note: string;
}

export function crossAttentionKv(a: Architecture, contextTokens: number): CrossAttentionKv | undefined {
  if (!a.encoderDecoder) return undefined;
  const fixed = a.encoderTokens;
  const tokens = fixed ?? contextTokens;
  const count = tokens.toLocaleString('en-US');
  const whose = fixed
    ? `the encoder's ${count} output positions (fixed by the model)`
    : `an encoder input of ${count} tokens (assumed as long as the context)`;
  return {
    tokens,
    note: `encoder-decoder: each of the ${a.layers} decoder layers also caches K and V of ${whose} for cross-attention`,
  };
}
