// GGUF tensor tables for tests and the accuracy bench, named and typed as llama.cpp writes them.
import { TYPE, type TensorSpec } from './ggufWriter';

/** llama.cpp's Q4_K_M choice for attn_v / ffn_down: Q6_K on the first and last eighth and every third layer between. */
const moreBits = (i: number, n: number) => i < n / 8 || i >= (7 * n) / 8 || (i - Math.floor(n / 8)) % 3 === 2;

/** The tensor table of Llama 3.1 8B in Q4_K_M as llama.cpp names and types it. */
export function llama31Q4KM(): TensorSpec[] {
  const h = 4096,
    kv = 1024,
    ffn = 14336,
    vocab = 128256,
    n = 32;
  const t: TensorSpec[] = [
    { name: 'rope_freqs.weight', shape: [64], type: TYPE.F32 },
    { name: 'token_embd.weight', shape: [h, vocab], type: TYPE.Q4_K },
    { name: 'output_norm.weight', shape: [h], type: TYPE.F32 },
    { name: 'output.weight', shape: [h, vocab], type: TYPE.Q6_K },
  ];
  for (let i = 0; i < n; i++) {
    const more = moreBits(i, n) ? TYPE.Q6_K : TYPE.Q4_K;
    t.push(
      { name: `blk.${i}.attn_norm.weight`, shape: [h], type: TYPE.F32 },
      { name: `blk.${i}.attn_q.weight`, shape: [h, h], type: TYPE.Q4_K },
      { name: `blk.${i}.attn_k.weight`, shape: [h, kv], type: TYPE.Q4_K },
      { name: `blk.${i}.attn_v.weight`, shape: [h, kv], type: more },
      { name: `blk.${i}.attn_output.weight`, shape: [h, h], type: TYPE.Q4_K },
      { name: `blk.${i}.ffn_norm.weight`, shape: [h], type: TYPE.F32 },
      { name: `blk.${i}.ffn_gate.weight`, shape: [h, ffn], type: TYPE.Q4_K },
      { name: `blk.${i}.ffn_up.weight`, shape: [h, ffn], type: TYPE.Q4_K },
      { name: `blk.${i}.ffn_down.weight`, shape: [ffn, h], type: more },
    );
  }
  return t;
}

export const LLAMA31_METADATA = {
  'general.architecture': 'llama',
  'general.name': 'Meta Llama 3.1 8B Instruct',
  'general.file_type': 15,
  'llama.block_count': 32,
  'llama.context_length': 131072,
  'llama.embedding_length': 4096,
  'llama.feed_forward_length': 14336,
  'llama.attention.head_count': 32,
  'llama.attention.head_count_kv': 8,
  'llama.rope.freq_base': 500000.0,
  'llama.attention.layer_norm_rms_epsilon': 0.00001,
  'llama.vocab_size': 128256,
  'llama.rope.dimension_count': 128,
};
