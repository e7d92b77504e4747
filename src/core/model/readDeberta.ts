// DeBERTa (model_type deberta) and DeBERTa-v2/v3 (deberta-v2), counted as the backbone
// DebertaModel / DebertaV2Model holds (no masked-LM head, no pooler). Layouts from
// huggingface/transformers src/transformers/models/deberta/modeling_deberta.py and
// deberta_v2/modeling_deberta_v2.py:
// - embeddings: word table (embedding_size, default hidden_size, projected up when narrower),
//   an absolute position table only with position_biased_input, token types when
//   type_vocab_size > 0, a LayerNorm;
// - attention: v1 one fused bias-free in_proj (3 × hidden) with separate q and v biases, v2 three
//   projections with biases; relative attention adds position projections (v1 pos_proj for c2p,
//   pos_q_proj for p2c; v2 only when share_att_key is false: pos_key_proj, pos_query_proj);
// - a shared relative-position table of 2 × position_buckets rows (or 2 × max_relative_positions,
//   which defaults to max_position_embeddings), with a LayerNorm when norm_rel_ebd has layer_norm;
// - v2's optional convolution branch next to the first layer (conv_kernel_size > 0).
import type { ConfigFields } from './configFields';
import type { EncoderStack } from './encoderStack';

function attentionTypes(f: ConfigFields): string[] {
  const raw = f.value('pos_att_type');
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.toLowerCase().split('|') : [];
  return list.filter((x): x is string => typeof x === 'string').map(x => x.trim().toLowerCase());
}

export function readDeberta(f: ConfigFields): EncoderStack {
  const v2 = f.modelType === 'deberta-v2';
  const h = f.need('hidden_size');
  const layers = f.need('num_hidden_layers');
  const heads = f.need('num_attention_heads');
  const inner = f.need('intermediate_size');
  const vocab = f.need('vocab_size');
  const positions = f.num('max_position_embeddings') ?? 512;
  const embeddingSize = f.num('embedding_size') ?? h;
  const types = f.num('type_vocab_size') ?? 0;
  const biasedInput = f.bool('position_biased_input') ?? true;
  const relative = f.bool('relative_attention') ?? false;
  const att = relative ? attentionTypes(f) : [];

  const embeddings =
    vocab * embeddingSize +
    (biasedInput ? positions * embeddingSize : 0) +
    (types > 0 ? types * embeddingSize : 0) +
    (embeddingSize !== h ? embeddingSize * h : 0) +
    2 * h;
  const linear = (n: number) => h * n + n; // a hidden → n projection with its bias
  let attention: number;
  if (v2) {
    const shared = f.bool('share_att_key') ?? false;
    attention = 3 * linear(h);
    if (relative && !shared) {
      if (att.includes('c2p')) attention += linear(h);
      if (att.includes('p2c')) attention += linear(h);
    }
  } else {
    attention = 3 * h * h + 2 * h;
    if (att.includes('c2p')) attention += h * h;
    if (att.includes('p2c')) attention += linear(h);
  }
  const block = attention + linear(h) + 2 * h + linear(inner) + inner * h + h + 2 * h;
  let relTable = 0;
  if (relative) {
    const buckets = v2 ? (f.num('position_buckets') ?? -1) : -1;
    const maxRelative = f.value('max_relative_positions');
    const span = typeof maxRelative === 'number' && maxRelative >= 1 ? maxRelative : positions;
    relTable = (buckets > 0 ? 2 * buckets : 2 * span) * h;
    const normRel = f.str('norm_rel_ebd') ?? 'none';
    if (v2 && normRel.split('|').some(x => x.trim() === 'layer_norm')) relTable += 2 * h;
  }
  const kernel = v2 ? (f.num('conv_kernel_size') ?? 0) : 0;
  const groups = f.num('conv_groups') ?? 1;
  const conv = kernel > 0 ? (h * h * kernel) / groups + h + 2 * h : 0;
  const params = embeddings + layers * block + relTable + conv;
  return { params, hidden: h, layers, heads, inner, vocab, context: positions };
}
