// Nomic's BERT (model_type nomic_bert: nomic-bert-2048, nomic-embed-text v1/v1.5/v2-moe), from
// huggingface/transformers src/transformers/models/nomic_bert (and nomic-ai/contrastors, which
// trained it): rotary positions (no position table), token-type embeddings and their LayerNorm,
// a fused Wqkv and out_proj (biases with qkv_proj_bias), post-norm blocks with two norms, and an
// MLP that is SwiGLU (fc11, fc12, fc2) when activation_function is swiglu, else fc1/fc2. With
// num_experts > 1 every moe_every_n_layers-th layer (layers 1, 3, … for 2) holds that many plain
// fc1/fc2 experts and a bias-free router, of which moe_top_k run per token.
import type { ConfigFields } from './configFields';
import type { EncoderStack } from './encoderStack';

export interface NomicCount extends EncoderStack {
  active: number;
  gated: boolean;
  qkvBias: boolean;
}

export function readNomicBert(f: ConfigFields): NomicCount {
  const h = f.need('n_embd', 'hidden_size');
  const layers = f.need('n_layer', 'num_hidden_layers');
  const heads = f.need('n_head', 'num_attention_heads');
  const inner = f.num('n_inner', 'intermediate_size') ?? 4 * h;
  const multiple = f.num('pad_vocab_size_multiple') ?? 1;
  const vocab = Math.ceil(f.need('vocab_size') / multiple) * multiple;
  const types = f.num('type_vocab_size') ?? 0;
  const rms = f.bool('use_rms_norm') === true;
  const norm = rms ? h : 2 * h;
  const qkvBias = f.bool('qkv_proj_bias') ?? true;
  const fc1Bias = f.bool('mlp_fc1_bias') ?? true;
  const fc2Bias = f.bool('mlp_fc2_bias') ?? true;
  const gated = /glu$/.test(f.str('activation_function') ?? 'gelu');
  const attention = 4 * h * h + (qkvBias ? 4 * h : 0);
  const dense = (gated ? 2 : 1) * (h * inner + (fc1Bias ? inner : 0)) + inner * h + (fc2Bias ? h : 0);
  const experts = f.num('num_experts') ?? 0;
  const every = f.num('moe_every_n_layers') ?? 0;
  const topK = f.num('moe_top_k') ?? 1;
  const isMoe = (i: number) => experts > 1 && every > 0 && i % every === 1;
  const expert = 2 * h * inner;
  let params = vocab * h + types * h + norm;
  let active = params;
  for (let i = 0; i < layers; i++) {
    const shared = attention + 2 * norm;
    if (isMoe(i)) {
      params += shared + h * experts + experts * expert;
      active += shared + h * experts + Math.min(topK, experts) * expert;
    } else {
      params += shared + dense;
      active += shared + dense;
    }
  }
  const context = f.num('n_positions', 'max_position_embeddings') ?? 2048;
  return { params, active, gated, qkvBias, hidden: h, layers, heads, inner, vocab, context };
}
