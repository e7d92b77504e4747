// MosaicML MPT (huggingface/transformers models/mpt/configuration_mpt.py and modeling_mpt.py; the
// checkpoints' own configuration_mpt.py / modeling_mpt.py from llm-foundry): d_model wide, an FFN
// of expansion_ratio × d_model with two matrices and GELU (ffn_type "mptglu" adds a gate), ALiBi
// instead of a position table, the output layer tied to the token embeddings (MPTForCausalLM
// reads its logits through transformer.wte), and no biases anywhere while no_bias is set, layer
// norms included. The attention settings sit in attn_config: attn_type "multiquery_attention"
// keeps one KV head, "grouped_query_attention" kv_n_heads of them, anything else one per head.
import type { ArchSpec } from './archSpec';
import type { ConfigFields } from './configFields';

export function readMpt(f: ConfigFields, spec: ArchSpec): void {
  const ratio = f.num('expansion_ratio') ?? 4;
  const width = f.num('ffn_hidden_size') ?? ratio * spec.hidden;
  if (!Number.isInteger(width) || width < 1) {
    throw new TypeError(`MPT config gives expansion_ratio ${ratio} for d_model ${spec.hidden}: no whole FFN width`);
  }
  spec.intermediate = width;
  for (const l of spec.layers) l.ffnWidth = width;
  spec.gated = f.str('ffn_type') === 'mptglu';

  const attnType = f.str('attn_type') ?? 'multihead_attention';
  const kvHeads =
    attnType === 'multiquery_attention'
      ? 1
      : attnType === 'grouped_query_attention'
        ? f.need('kv_n_heads')
        : spec.heads;
  spec.kvHeads = kvHeads;
  for (const l of spec.layers) l.kvHeads = kvHeads;

  const noBias = f.bool('no_bias') ?? false;
  spec.attnBias = noBias ? 'none' : 'all';
  spec.ffnBias = !noBias;
  spec.norm = noBias ? 'layer-nobias' : 'layer';
  spec.normsPerLayer = 2;

  // The lm_head is the embedding matrix read backwards: no tie flag in MPT configs.
  spec.tied = f.bool('tie_word_embeddings') ?? true;
  spec.notes = spec.notes.filter(n => !n.startsWith('tie_word_embeddings not stated'));
  // A max_seq_len × d_model position table (wpe) exists only without ALiBi (and, in later
  // llm-foundry code, with learned_pos_emb left on); ALiBi is off unless attn_config says so.
  if (f.bool('alibi') !== true && f.bool('learned_pos_emb') !== false) spec.positionRows = spec.context;
  spec.notes.push(`MPT: FFN ${ratio} × d_model, ${kvHeads} KV heads (${attnType}), output tied to embeddings`);
}
