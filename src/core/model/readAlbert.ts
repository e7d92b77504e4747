// ALBERT (model_type albert), as AlbertModel lays it out (huggingface/transformers
// src/transformers/models/albert/modeling_albert.py): word, position and token-type tables in the
// narrow embedding_size with their LayerNorm, one projection up to hidden_size, then
// num_hidden_groups groups of inner_group_num layers whose weights every layer of the group
// reuses (num_hidden_layers passes over the same few layers), and the pooler. Each layer: q, k, v
// and the output projection with biases and a LayerNorm, the FFN (ffn, ffn_output) and its norm.
import type { ConfigFields } from './configFields';
import type { EncoderStack } from './encoderStack';

export function readAlbert(f: ConfigFields): EncoderStack {
  const h = f.need('hidden_size');
  const layers = f.need('num_hidden_layers');
  const heads = f.need('num_attention_heads');
  const inner = f.need('intermediate_size');
  const vocab = f.need('vocab_size');
  const e = f.num('embedding_size') ?? 128;
  const positions = f.num('max_position_embeddings') ?? 512;
  const types = f.num('type_vocab_size') ?? 2;
  const groups = f.num('num_hidden_groups') ?? 1;
  const perGroup = f.num('inner_group_num') ?? 1;
  const embeddings = (vocab + positions + types) * e + 2 * e + e * h + h;
  const layer = 4 * (h * h + h) + 2 * h + h * inner + inner + inner * h + h + 2 * h;
  const params = embeddings + groups * perGroup * layer + h * h + h;
  return { params, hidden: h, layers, heads, inner, vocab, context: positions };
}
