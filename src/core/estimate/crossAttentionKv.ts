// The cross-attention half of an encoder-decoder's KV cache (T5, BART, Marian, Whisper). Each
// decoder layer keeps, besides the keys and values of the tokens it generated, the keys and
// values of every encoder output position, computed once per input: Hugging Face transformers
// holds both in its EncoderDecoderCache (a self-attention cache and a cross-attention cache,
// src/transformers/cache_utils.py), and vLLM's encoder-decoder support (Whisper) allocates
// cross-attention KV blocks for the encoder's positions of each request. llama.cpp (and Ollama,
// which runs it) caches no cross-attention K and V: its T5 decoder recomputes them in every step
// from the encoder output it keeps, one F32 vector of the model width per encoder position
// (src/models/t5-dec.cpp, wk_cross / wv_cross applied to embd_enc; read in the copy vendored by
// ollama/ollama llama/llama.cpp/src/models/t5-dec.cpp @2aa4c99a2825). How many positions:
// Whisper's encoder always reads max_source_positions frames (1,500, 30 s of audio); for text
// models the input's length is not in the request, so it is assumed as long as the context.
import type { Engine } from '../types';
import type { Architecture } from './architecture';

export interface CrossAttentionKv {
  /** Encoder positions held per sequence. */
  tokens: number;
  /** true: K and V per decoder layer and position (cached); false: only the encoder output (F32). */
  cached: boolean;
  note: string;
}

const RECOMPUTES: ReadonlySet<Engine> = new Set<Engine>(['llama.cpp', 'ollama']);

export function crossAttentionKv(a: Architecture, contextTokens: number, engine: Engine): CrossAttentionKv | undefined {
  if (!a.encoderDecoder) return undefined;
  const fixed = a.encoderTokens;
  const tokens = fixed ?? contextTokens;
  const count = tokens.toLocaleString('en-US');
  const whose = fixed
    ? `the encoder's ${count} output positions (fixed by the model)`
    : `an encoder input of ${count} tokens (assumed as long as the context)`;
  if (RECOMPUTES.has(engine)) {
    return {
      tokens,
      cached: false,
      note:
        `encoder-decoder: ${engine} keeps the encoder output of ${whose} in F32 ` +
        'and recomputes cross-attention K and V from it',
    };
  }
  return {
    tokens,
    cached: true,
    note: `encoder-decoder: each of the ${a.layers} decoder layers also caches K and V of ${whose} for cross-attention`,
  };
}
